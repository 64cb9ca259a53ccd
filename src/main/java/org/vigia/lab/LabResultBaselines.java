package org.vigia.lab;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import org.vigia.subject.BaselineLabs;
import org.vigia.subject.SubjectService;
import org.vigia.terminology.LabTest;

/**
 * The subject feature's view of baseline lab results ({@link BaselineLabs}), read through
 * {@link LabResultService#baseline}; serializable, as the view-scoped baseline screen holds it.
 */
@Dependent
public class LabResultBaselines implements BaselineLabs, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LabResultService labs;

    @Inject
    private SubjectService subjects;

    @Override
    public Optional<BaselineValue> baseline(Long subjectId, LabTest test) {
        subjects.get(subjectId);
        return labs.baseline(subjectId, test).map(r -> new BaselineValue(r.getCanonicalValue(), r.getCollectedOn()));
    }
}
