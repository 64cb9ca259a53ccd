package org.vigia.response.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.vigia.response.ImagingMethod;
import org.vigia.response.IrradiationStatus;
import org.vigia.response.LesionRole;
import org.vigia.response.Organ;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;

/**
 * A baseline lesion as entered on the form or sent to the API.
 *
 * @param code        T1..T5 for targets, NT1... for non-targets (any 1-16 letters/digits, unique per subject)
 * @param diameterMm  longest diameter, or short axis of a lymph node; required for a target lesion
 */
public record LesionEntry(
        @MaxLength(TextLimits.LESION_CODE) String code,
        LesionRole role,
        Organ organ,
        @DecimalDigits(integer = 6, fraction = 2) BigDecimal diameterMm,
        ImagingMethod method,
        LocalDate scannedOn,
        IrradiationStatus irradiation) {
}
