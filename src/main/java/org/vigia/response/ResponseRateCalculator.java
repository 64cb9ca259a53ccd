package org.vigia.response;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Study-level response counts from subjects' best overall responses (RECIST 1.1 section 4.4):
 * objective response (CR + PR) and disease control (CR + PR + SD + NON_CR_NON_PD). Pure counting: the
 * caller chooses the analysis population (for example one cohort, one irradiation group, or best
 * responses up to a fixed study day from {@link BestOverallResponseCalculator#evaluateUpTo}).
 */
public final class ResponseRateCalculator {

    /** Objective response: best overall response CR or PR. */
    public ResponseRate objectiveResponse(Collection<RecistResponse> bestOverallResponses) {
        return count(bestOverallResponses, RecistResponse::isObjectiveResponse);
    }

    /** Disease control: best overall response CR, PR, SD or NON_CR_NON_PD. */
    public ResponseRate diseaseControl(Collection<RecistResponse> bestOverallResponses) {
        return count(bestOverallResponses, RecistResponse::isDiseaseControl);
    }

    /** Number of subjects per best overall response category (every category present, 0 when none). */
    public Map<RecistResponse, Integer> countByResponse(Collection<RecistResponse> bestOverallResponses) {
        Map<RecistResponse, Integer> counts = new EnumMap<>(RecistResponse.class);
        for (RecistResponse response : RecistResponse.values()) {
            counts.put(response, 0);
        }
        for (RecistResponse response : bestOverallResponses) {
            counts.merge(Objects.requireNonNull(response, "a best overall response is null; use NE"), 1, Integer::sum);
        }
        return counts;
    }

    private static ResponseRate count(Collection<RecistResponse> responses, Predicate<RecistResponse> counts) {
        int responders = 0;
        int evaluable = 0;
        for (RecistResponse response : responses) {
            Objects.requireNonNull(response, "a best overall response is null; use NE");
            if (response != RecistResponse.NE) {
                evaluable++;
            }
            if (counts.test(response)) {
                responders++;
            }
        }
        return new ResponseRate(responders, evaluable, responses.size());
    }
}
