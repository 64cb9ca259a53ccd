package org.vigia.study.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.vigia.platform.api.JacksonJson;
import java.util.List;
import org.vigia.account.AccessGuard;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.AgentSummary;
import org.vigia.study.definition.StudyDefinition;

/** The studies: {@code GET /api/v1/studies} and the loaded definition of one. */
@Path("studies")
@Produces(MediaType.APPLICATION_JSON)
public class StudyResource {

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    public record StudyJson(String registryId, String title, String shortTitle, String phase, String status,
                            Integer targetEnrolment, String allocation) {
        static StudyJson of(Study s) {
            return new StudyJson(s.getRegistryId(), s.getTitle(), s.getShortTitle(), s.getPhase(), s.getStatus(),
                    s.getTargetEnrolment(), s.getAllocationMethod());
        }
    }

    public record StudyDetailJson(String registryId, String title, String shortTitle, String phase, String status,
                                  String definitionVersion, String effectiveFrom, Integer targetEnrolment,
                                  List<AgentSummary> agents, StudyDefinition definition) {
    }

    @GET
    public List<StudyJson> list() {
        return studies.listVisible().stream().map(StudyJson::of).toList();
    }

    @GET
    @Path("{registryId}")
    public Response get(@PathParam("registryId") String registryId) {
        Study s = studies.getByRegistryId(registryId);
        access.requireStudy(s.getId(), "study " + registryId);
        StudyDefinition d = studies.currentDefinition(s.getId());
        return JacksonJson.ok(new StudyDetailJson(s.getRegistryId(), s.getTitle(), s.getShortTitle(), s.getPhase(), s.getStatus(),
                d.definitionVersion(), String.valueOf(d.effectiveFrom()), d.targetEnrolment(), d.agentSummaries(), d));
    }
}
