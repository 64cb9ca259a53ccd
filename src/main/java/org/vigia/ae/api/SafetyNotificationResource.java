package org.vigia.ae.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vigia.ae.SafetyNotifier;
import org.vigia.study.StudyService;

/** Notifications sent to the study's safety contacts, newest first. */
@Path("studies/{registryId}/safety-notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SafetyNotificationResource {

    @Inject
    private SafetyNotifier notifications;

    @Inject
    private StudyService studies;

    @GET
    public List<SafetyJson.NotificationJson> list(@PathParam("registryId") String registryId) {
        return notifications.forStudy(studies.getByRegistryId(registryId).getId(), 200).stream()
                .map(SafetyJson.NotificationJson::of).toList();
    }
}
