package org.vigia.dosing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;

/**
 * A radiotherapy fraction delivered to a subject on a course of the study definition, with the events observed at
 * that treatment (event codes of the course's event rules, e.g. {@code COMPLETE_RESPONSE}, {@code ULCER}).
 */
@Entity
@Table(name = "radiotherapy_fraction")
public class DeliveredFraction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;
    @Column(name = "course_id", nullable = false, updatable = false)
    private String courseId;
    @Column(name = "delivered_on", nullable = false, updatable = false)
    private LocalDate deliveredOn;
    @Column(name = "dose_gy", nullable = false, updatable = false)
    @DecimalDigits(integer = 4, fraction = 2)
    private BigDecimal doseGy;
    @Column(name = "observed_events", updatable = false)
    @MaxLength(TextLimits.OBSERVED_EVENTS)
    private String observedEvents;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected DeliveredFraction() {
    }

    public DeliveredFraction(Long subjectId, String courseId, RadiotherapyFraction fraction,
                             RadiotherapyObservation observation, String recordedBy) {
        this.subjectId = subjectId;
        this.courseId = courseId;
        this.deliveredOn = fraction.date();
        this.doseGy = fraction.doseGy();
        this.observedEvents = observation.events().isEmpty() ? null
                : observation.events().stream().sorted().collect(Collectors.joining(","));
        this.recordedBy = recordedBy;
        this.createdAt = Instant.now();
    }

    public RadiotherapyFraction fraction() {
        return new RadiotherapyFraction(deliveredOn, doseGy);
    }

    public Set<String> events() {
        return observedEvents == null ? Set.of() : Arrays.stream(observedEvents.split(",")).collect(Collectors.toSet());
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public String getCourseId() { return courseId; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public BigDecimal getDoseGy() { return doseGy; }
    public String getObservedEvents() { return observedEvents; }
    public String getRecordedBy() { return recordedBy; }
}
