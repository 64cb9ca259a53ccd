package org.vigia.lab;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.vigia.subject.ScreeningLabs;
import org.vigia.terminology.LabTest;

/** The subject feature's view of screening lab results ({@link ScreeningLabs}), read through {@link LabResultService}. */
@Dependent
public class LabResultScreeningLabs implements ScreeningLabs, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LabResultService labs;

    @Override
    public List<ScreeningResult> results(Long subjectId, LabTest test, LocalDate from, LocalDate to) {
        return labs.forSubject(subjectId).stream()
                .filter(r -> r.getTest() == test && !r.getCollectedOn().isBefore(from) && !r.getCollectedOn().isAfter(to))
                .sorted(Comparator.comparing(LabResult::getCollectedOn).thenComparing(LabResult::getId))
                .map(r -> new ScreeningResult(r.getId(), r.getTest(), r.getCollectedOn(), r.getValue(), r.getUnit(),
                        r.getCanonicalValue(), r.getUln() == null ? null : test.toCanonical(r.getUln(), r.getUnit())))
                .toList();
    }
}
