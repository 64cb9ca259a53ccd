package org.vigia.dmc;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Study exit and deaths for the DMC report (owned by the follow-up feature). Until it is plugged in,
 * {@link NotRecorded} supplies nothing: nobody has left the study or died, and the cover says so.
 *
 * <p>To plug in the real one, implement this interface in a CDI bean annotated
 * {@code @ApplicationScoped @Alternative @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)}
 * (or delete {@link NotRecorded}).
 */
public interface DmcOutcomeSource {

    /** False only for the stand-in. */
    default boolean available() {
        return true;
    }

    /** One row per subject of {@code scope} who left the study or died on or before the cut-off. */
    List<DmcSubjectOutcome> outcomes(DmcSourceScope scope);

    /** Stand-in while follow-up is not recorded. */
    @ApplicationScoped
    class NotRecorded implements DmcOutcomeSource {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public List<DmcSubjectOutcome> outcomes(DmcSourceScope scope) {
            return List.of();
        }
    }
}
