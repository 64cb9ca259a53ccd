package org.vigia.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One subject's dates for the time-to-event endpoints (OS, EFS, PFS, DMFS, LRRFS), as the DMC report reads them.
 * Event dates are the first of each kind; {@code lastKnownAlive} is the censoring date (the latest of: a contact
 * with the subject alive, the last-known-alive date of a lost subject, a dose, a disease assessment).
 * {@link #eventDates()} keys them by the event codes endpoints name in the study definition
 * (config/studies/README.md): {@code PROGRESSION}, {@code LOCOREGIONAL_PROGRESSION}, {@code LOCOREGIONAL_RECURRENCE},
 * {@code DISTANT_METASTASIS}, {@code RECURRENCE}, {@code DEATH_ANY_CAUSE}.
 * <pre>{@code
 * SurvivalEventDates d = SurvivalEventDates.from(subjectId, label, arm, enrolledOn, firstDose, lastDose, events, contacts);
 * d.eventDates().get("DEATH_ANY_CAUSE");
 * }</pre>
 *
 * @param enrolledOn          time origin of most endpoints
 * @param treatmentStart      first dose given, or null
 * @param deathDate           date of death, or null
 * @param deathCause          cause of death, or null
 * @param lostToFollowUp      true when the latest contact says lost to follow-up
 * @param lastKnownAlive      censoring date, or null when nothing is known after enrolment
 * @param firstProgression    first progression of any extent
 * @param firstLocoregionalProgression first local or regional progression
 * @param firstLocoregionalRecurrence  first local or regional recurrence
 * @param firstDistant        first distant progression or recurrence (distant metastasis)
 * @param firstRecurrence     first recurrence of any extent
 */
public record SurvivalEventDates(Long subjectId, String subject, String armId, LocalDate enrolledOn,
                                 LocalDate treatmentStart, LocalDate deathDate, String deathCause,
                                 boolean lostToFollowUp, LocalDate lastKnownAlive, LocalDate firstProgression,
                                 LocalDate firstLocoregionalProgression, LocalDate firstLocoregionalRecurrence,
                                 LocalDate firstDistant, LocalDate firstRecurrence) {

    /** Builds the dates from what was recorded. */
    public static SurvivalEventDates from(Long subjectId, String subject, String armId, LocalDate enrolledOn,
                                          LocalDate firstDose, LocalDate lastDose, List<DiseaseEvent> events,
                                          List<FollowUpContact> contacts) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(contacts, "contacts");
        FollowUpContact death = contacts.stream().filter(c -> c.getSurvivalStatus() == FollowUpContact.SurvivalStatus.DEAD)
                .min(Comparator.comparing(FollowUpContact::getDeathDate)).orElse(null);
        FollowUpContact latest = contacts.stream()
                .max(Comparator.comparing(FollowUpContact::getContactDate).thenComparing(FollowUpContact::getId,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
        LocalDate alive = Stream.concat(Stream.concat(
                        contacts.stream().map(FollowUpContact::getLastKnownAlive),
                        events.stream().map(DiseaseEvent::getEventDate)),
                        Stream.of(lastDose, enrolledOn))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        if (death != null) {
            alive = death.getDeathDate();
        }
        return new SurvivalEventDates(subjectId, subject, armId, enrolledOn, firstDose,
                death == null ? null : death.getDeathDate(), death == null || death.getDeathCause() == null ? null : death.getDeathCause().name(),
                death == null && latest != null && latest.getSurvivalStatus() == FollowUpContact.SurvivalStatus.LOST_TO_FOLLOW_UP,
                alive,
                first(events, DiseaseEvent.Kind.PROGRESSION, null, false),
                first(events, DiseaseEvent.Kind.PROGRESSION, null, true),
                first(events, DiseaseEvent.Kind.RECURRENCE, null, true),
                first(events, null, DiseaseEvent.Extent.DISTANT, false),
                first(events, DiseaseEvent.Kind.RECURRENCE, null, false));
    }

    private static LocalDate first(List<DiseaseEvent> events, DiseaseEvent.Kind kind, DiseaseEvent.Extent extent,
                                   boolean locoregional) {
        return events.stream()
                .filter(e -> kind == null || e.getKind() == kind)
                .filter(e -> extent == null || e.getExtent() == extent)
                .filter(e -> !locoregional || e.getExtent() != DiseaseEvent.Extent.DISTANT)
                .map(DiseaseEvent::getEventDate).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The event dates by the study definition's endpoint event codes; absent codes have no event yet. */
    public Map<String, LocalDate> eventDates() {
        Map<String, LocalDate> m = new LinkedHashMap<>();
        put(m, "PROGRESSION", firstProgression);
        put(m, "LOCOREGIONAL_PROGRESSION", firstLocoregionalProgression);
        put(m, "LOCOREGIONAL_RECURRENCE", firstLocoregionalRecurrence);
        put(m, "DISTANT_METASTASIS", firstDistant);
        put(m, "RECURRENCE", firstRecurrence);
        put(m, "DEATH_ANY_CAUSE", deathDate);
        return m;
    }

    /**
     * The earliest date among the given event codes (an endpoint's {@code events}), or null when none has happened:
     * e.g. PFS = {@code firstOf(List.of("PROGRESSION", "DEATH_ANY_CAUSE"))}; censor at {@link #lastKnownAlive()}.
     */
    public LocalDate firstOf(List<String> eventCodes) {
        Map<String, LocalDate> dates = eventDates();
        return eventCodes.stream().map(dates::get).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static void put(Map<String, LocalDate> m, String code, LocalDate date) {
        if (date != null) {
            m.put(code, date);
        }
    }
}
