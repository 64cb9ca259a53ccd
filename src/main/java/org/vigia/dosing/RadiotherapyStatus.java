package org.vigia.dosing;

import java.util.List;

/**
 * A subject's radiotherapy course as the form shows it: prescription, fractions delivered with the cumulative dose
 * against the prescription and the interruptions, and what the course's event rules recommend now.
 */
public record RadiotherapyStatus(RadiotherapyPrescription prescription, RadiotherapyDelivery delivery,
                                 List<DeliveredFraction> fractions, RadiotherapyRecommendation recommendation) {
}
