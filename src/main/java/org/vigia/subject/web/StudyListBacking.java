package org.vigia.subject.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.subject.SubjectCounts;

/** Backs {@code study/index.xhtml}: the studies the user can see, their arms and target vs enrolled counts. */
@Named
@ViewScoped
public class StudyListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudyService studies;

    @Inject
    private SubjectCounts counts;

    public record StudyRow(String registryId, String title, String phase, String allocation, List<String> arms,
                           Integer target, long enrolled, long screening) implements Serializable {
    }

    private List<StudyRow> rows;

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        Map<Long, long[]> byStudy = counts.byStudy();
        for (Study s : studies.listVisible()) {
            StudyDefinition def = studies.currentDefinition(s.getId());
            long[] c = byStudy.getOrDefault(s.getId(), new long[] {0, 0});
            rows.add(new StudyRow(s.getRegistryId(), s.getTitle(), s.getPhase(), s.getAllocationMethod(),
                    def.arms().stream().map(Arm::name).toList(), s.getTargetEnrolment(), c[0], c[1]));
        }
    }

    public List<StudyRow> getRows() {
        return rows;
    }
}
