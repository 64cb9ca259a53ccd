package org.vigia.response;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The target lesion measurements of one follow-up time point, by lesion id. A lesion missing from the
 * map, or mapped to {@code null}, was not assessed; 0 = disappeared, 5 = too small to measure
 * (RECIST 1.1 section 4.3.1).
 *
 * @param studyDay           study day (Day 1 = first day of treatment)
 * @param currentMmByLesionId current diameter per target lesion id
 */
public record TargetLesionFollowUp(int studyDay, Map<String, BigDecimal> currentMmByLesionId) {

    public TargetLesionFollowUp {
        if (studyDay < 1) {
            throw new IllegalArgumentException("studyDay must be 1 or later, was " + studyDay);
        }
        currentMmByLesionId = currentMmByLesionId == null
                ? Map.of() : Collections.unmodifiableMap(new HashMap<>(currentMmByLesionId));
    }
}
