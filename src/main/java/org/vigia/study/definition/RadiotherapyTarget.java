package org.vigia.study.definition;

import java.math.BigDecimal;

/**
 * One target volume of a radiotherapy course with its total dose (a range when the protocol gives one, e.g.
 * NCT07041788 "GTVₙ (positive lymph nodes) receives 66-70Gy/30-33 fractions").
 */
public record RadiotherapyTarget(String volume, BigDecimal totalDoseGy, BigDecimal totalDoseMaxGy, String note) {
}
