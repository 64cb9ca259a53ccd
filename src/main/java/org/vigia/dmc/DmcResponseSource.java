package org.vigia.dmc;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * RECIST 1.1 best overall response and the times to event (OS, PFS, EFS as the study defines them, from
 * enrolment, censored at the cut-off at the latest) for the DMC efficacy snapshot (owned by the response and
 * follow-up features). Until it is plugged in, {@link NotRecorded} supplies nothing and the cover says so.
 *
 * <p>To plug in the real one, implement this interface in a CDI bean annotated
 * {@code @ApplicationScoped @Alternative @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)}
 * (or delete {@link NotRecorded}).
 */
public interface DmcResponseSource {

    /** False only for the stand-in. */
    default boolean available() {
        return true;
    }

    /** Best overall response per subject of {@code scope}, from assessments up to the cut-off. */
    List<DmcDataset.Response> responses(DmcSourceScope scope);

    /** One row per subject of {@code scope} and endpoint, events and censoring up to the cut-off. */
    List<DmcDataset.TimeToEvent> timesToEvent(DmcSourceScope scope);

    /** Stand-in while responses are not recorded. */
    @ApplicationScoped
    class NotRecorded implements DmcResponseSource {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public List<DmcDataset.Response> responses(DmcSourceScope scope) {
            return List.of();
        }

        @Override
        public List<DmcDataset.TimeToEvent> timesToEvent(DmcSourceScope scope) {
            return List.of();
        }
    }
}
