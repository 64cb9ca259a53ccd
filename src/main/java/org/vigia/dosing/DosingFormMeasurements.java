package org.vigia.dosing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Default {@link BodyMeasurementsSource}: the latest height and weight entered on the dosing form (the
 * {@code dose_administration} rows of the subject). The height is the latest one entered, the weight the latest
 * one on or before the date.
 */
@ApplicationScoped
public class DosingFormMeasurements implements BodyMeasurementsSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Measured> latest(Long subjectId, LocalDate date) {
        return em.createQuery("select a from TreatmentAdministration a where a.subjectId = :s and a.weightKg is not null"
                        + " and a.administeredOn <= :d order by a.administeredOn desc, a.id desc", TreatmentAdministration.class)
                .setParameter("s", subjectId).setParameter("d", date).setMaxResults(1).getResultStream().findFirst()
                .map(a -> new Measured(a.getHeightCm(), a.getWeightKg(), a.getAdministeredOn(), "dosing form"));
    }
}
