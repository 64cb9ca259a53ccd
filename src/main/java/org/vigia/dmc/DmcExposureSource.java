package org.vigia.dmc;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Study drug administration for the DMC report (owned by the dosing feature). The DMC data source injects
 * one implementation; until dosing is recorded in Vigia, {@link NotRecorded} supplies nothing and the report
 * takes enrolled subjects as treated from their enrolment date, saying so on its cover.
 *
 * <p>To plug in the real one, implement this interface in a CDI bean annotated
 * {@code @ApplicationScoped @Alternative @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)}
 * (or delete {@link NotRecorded}).
 */
public interface DmcExposureSource {

    /** False only for the stand-in: nothing is recorded, so treatment start falls back to enrolment. */
    default boolean available() {
        return true;
    }

    /** One course per treated subject of {@code scope} (at least one dose on or before the cut-off). */
    List<DmcTreatmentCourse> treatmentCourses(DmcSourceScope scope);

    /** One row per treated subject and agent, doses up to the cut-off. */
    List<DmcDataset.Exposure> exposures(DmcSourceScope scope);

    /** Stand-in while dosing is not recorded: no courses, no exposure. */
    @ApplicationScoped
    class NotRecorded implements DmcExposureSource {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public List<DmcTreatmentCourse> treatmentCourses(DmcSourceScope scope) {
            return List.of();
        }

        @Override
        public List<DmcDataset.Exposure> exposures(DmcSourceScope scope) {
            return List.of();
        }
    }
}
