package org.vigia.response.assessment;

import java.math.BigDecimal;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;

/**
 * One lesion's finding at a follow-up as entered.
 *
 * @param lesion     the baseline lesion code (T1, NT1...)
 * @param finding    target lesion: MEASURED, TOO_SMALL (5 mm), DISAPPEARED (0 mm) or NOT_ASSESSED; non-target
 *                   lesion: PRESENT, ABSENT, NOT_EVALUATED or UNEQUIVOCAL_PROGRESSION
 * @param diameterMm MEASURED: the diameter (short axis of a node); a non-target node: its short axis, optional
 */
public record FindingEntry(
        @MaxLength(TextLimits.LESION_CODE) String lesion,
        @MaxLength(TextLimits.CODE) String finding,
        @DecimalDigits(integer = 6, fraction = 2) BigDecimal diameterMm) {
}
