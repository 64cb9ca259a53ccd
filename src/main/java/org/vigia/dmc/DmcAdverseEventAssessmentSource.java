package org.vigia.dmc;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Causality, action taken, seriousness criteria and grade history of adverse events for the DMC report
 * (owned by the AE workflow). Until it is plugged in, {@link NotRecorded} supplies nothing: no AE counts as
 * treatment-related or as leading to discontinuation, and the cover says so.
 *
 * <p>To plug in the real one, implement this interface in a CDI bean annotated
 * {@code @ApplicationScoped @Alternative @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)}
 * (or delete {@link NotRecorded}).
 */
public interface DmcAdverseEventAssessmentSource {

    /** False only for the stand-in. */
    default boolean available() {
        return true;
    }

    /** Assessments of the adverse events of the subjects of {@code scope}, as they stood at the cut-off. */
    List<DmcAdverseEventAssessment> assessments(DmcSourceScope scope);

    /** Stand-in while causality is not recorded. */
    @ApplicationScoped
    class NotRecorded implements DmcAdverseEventAssessmentSource {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public List<DmcAdverseEventAssessment> assessments(DmcSourceScope scope) {
            return List.of();
        }
    }
}
