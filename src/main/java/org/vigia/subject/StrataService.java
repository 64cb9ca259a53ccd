package org.vigia.subject;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.StrataDerivation;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StratificationFactor;
import org.vigia.study.definition.StudyDefinition;

/**
 * A subject's randomisation strata derived from the recorded baseline forms ({@link StrataDerivation} over the
 * {@code FORM.item} values of {@link BaselineFormService}): shown before randomising for confirmation, and used by
 * {@link EnrolmentService}, which refuses a typed stratum that contradicts the data and a stratum whose data are
 * missing.
 * <pre>{@code
 * StrataDerivation.Result r = strata.derive(subjectId);   // r.levels(), r.missing()
 * Map<String, String> toUse = strata.confirmed(subject, definition, typedOrNull);  // or InvalidInput
 * }</pre>
 */
@Stateless
public class StrataService {

    @Inject
    private BaselineFormService baseline;

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    /** The strata the subject's recorded baseline data give (access checked as for reading the subject). */
    public StrataDerivation.Result derive(Long subjectId) {
        Subject s = subjects.get(subjectId);
        return StrataDerivation.derive(studies.definition(s.getStudyId(), s.getDefinitionVersion()), recorded(subjectId));
    }

    /** Every baseline item as {@code FORM.item} → value (for the derivation and the consistency report). */
    public Map<String, Object> recorded(Long subjectId) {
        Map<String, Object> m = new LinkedHashMap<>();
        baseline.all(subjectId).forEach((type, view) -> view.data().forEach((k, v) -> m.put(type.name() + "." + k, v)));
        return m;
    }

    /**
     * The strata to randomise with: the derived level of every derived factor, the typed level of the others.
     * Refused (field {@code strata}) when a typed level contradicts the derived one (naming the factor, the typed
     * level and the recorded values), when data a derived factor needs are missing (naming them), or when no level
     * fits the recorded values.
     */
    public Map<String, String> confirmed(Subject subject, StudyDefinition def, Map<String, String> typed) {
        StrataDerivation.Result derived = StrataDerivation.derive(def, recorded(subject.getId()));
        return confirmed(derived, def, typed);
    }

    static Map<String, String> confirmed(StrataDerivation.Result derived, StudyDefinition def, Map<String, String> typed) {
        Map<String, String> given = typed == null ? Map.of() : typed;
        List<Text> problems = new ArrayList<>();
        Map<String, String> out = new LinkedHashMap<>(given);
        for (StrataDerivation.FactorResult f : derived.factors()) {
            String id = f.factor().id();
            String typedLevel = given.get(id);
            Text factor = StrataTexts.factor(f.factor());
            if (!f.derived()) {
                problems.add(f.missing().isEmpty()
                        ? Text.of(Bundle.SUBJECT, "strata.refused.noLevel", factor, StrataTexts.recorded(f.recorded()))
                        : Text.of(Bundle.SUBJECT, "strata.refused.missing", factor, StrataTexts.items(f.missing())));
            } else if (typedLevel != null && !typedLevel.isBlank() && !typedLevel.equals(f.level())) {
                problems.add(Text.of(Bundle.SUBJECT, "strata.refused.contradicts", factor,
                        StrataTexts.level(f.factor(), typedLevel), StrataTexts.level(f.factor(), f.level()),
                        StrataTexts.recorded(f.recorded())));
            } else {
                out.put(id, f.level());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("strata", problems.size() == 1 ? problems.get(0)
                    : Text.of(Bundle.SUBJECT, "strata.refused.several", problems));
        }
        for (StratificationFactor f : def.allocation().stratificationFactors()) {
            if (!f.derived() && (out.get(f.id()) == null || out.get(f.id()).isBlank())) {
                out.remove(f.id());
            }
        }
        return out;
    }
}
