package org.vigia.dmc;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigia.study.definition.StudyDefinition;

/**
 * What a DMC data source is asked for: one study, the data cut-off and the subjects the report covers.
 * Sources return only data dated on or before {@link #cutOff()} (a death after the cut-off is "alive",
 * a dose after it was not given) and only for subjects in {@link #subjectNumbers()}; the DMC data source
 * drops anything else.
 *
 * <pre>{@code
 * scope.subjectNumber(row.subjectId()).ifPresent(number -> rows.add(new DmcDataset.Response(number, bor)));
 * }</pre>
 *
 * @param studyId        database id of the study
 * @param registryId     registry identifier, e.g. {@code NCT07041788}
 * @param cutOff         data cut-off date (inclusive)
 * @param definition     the study definition in force at the cut-off (endpoints, agents, arms)
 * @param subjectNumbers database id → subject number of every subject enrolled on or before the cut-off
 * @param enrolmentDates database id → enrolment date of the same subjects
 */
public record DmcSourceScope(long studyId, String registryId, LocalDate cutOff, StudyDefinition definition,
                             Map<Long, String> subjectNumbers, Map<Long, LocalDate> enrolmentDates) {

    public DmcSourceScope {
        Objects.requireNonNull(registryId, "registryId");
        Objects.requireNonNull(cutOff, "cutOff");
        subjectNumbers = Map.copyOf(subjectNumbers);
        enrolmentDates = Map.copyOf(enrolmentDates);
    }

    /** The subject number of an enrolled subject of the report, empty for anyone else. */
    public Optional<String> subjectNumber(long subjectId) {
        return Optional.ofNullable(subjectNumbers.get(subjectId));
    }

    /** True when {@code date} is on or before the cut-off. */
    public boolean upToCutOff(LocalDate date) {
        return date != null && !date.isAfter(cutOff);
    }
}
