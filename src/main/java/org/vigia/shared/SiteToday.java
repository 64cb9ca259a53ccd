package org.vigia.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Today at a trial site: the date in the site's time zone. No clinical date (consent, screening, enrolment, visit,
 * AE onset and end, lab collection, administration, fraction, assessment, follow-up contact, death, disease event)
 * may be after it; a date typed at a site in Shanghai is checked against the day in Shanghai, wherever the server is.
 * <pre>{@code
 * SiteToday today = sites.today(subject.getSiteId());
 * today.require("collectedOn", collectedOn);                       // InvalidInput naming the field
 * errors.require(today.allows(onset), "onset", today.future("onset", onset));
 * }</pre>
 */
public record SiteToday(LocalDate date, ZoneId zone) {

    public static SiteToday in(ZoneId zone) {
        return at(zone, Clock.systemUTC());
    }

    public static SiteToday at(ZoneId zone, Clock clock) {
        return new SiteToday(LocalDate.now(clock.withZone(zone)), zone);
    }

    /** Whether {@code day} is not after today (null: nothing to check). */
    public boolean allows(LocalDate day) {
        return day == null || !day.isAfter(date);
    }

    /** Whether a partial date can be on or before today: its earliest day is not after today (null: nothing to check). */
    public boolean allows(PartialDate day) {
        return day == null || !day.earliest().isAfter(date);
    }

    /** The refusal message for a date in the future, naming the field, the date, the site's today and its zone. */
    public Text future(String field, Object day) {
        return Text.of(Bundle.MESSAGES, "error.future", field, day instanceof PartialDate p ? p.toIso() : String.valueOf(day),
                date, zone.getId());
    }

    /** Throws {@link InvalidInput} naming {@code field} when {@code day} is after today. */
    public void require(String field, LocalDate day) {
        if (!allows(day)) {
            throw new InvalidInput(field, future(field, day));
        }
    }

    /** Records a message for {@code field} when {@code day} is after today. */
    public FieldErrors check(FieldErrors errors, String field, LocalDate day) {
        return errors.require(allows(day), field, future(field, day));
    }

    /** Records a message for {@code field} when the partial date {@code day} lies wholly after today. */
    public FieldErrors check(FieldErrors errors, String field, PartialDate day) {
        return errors.require(allows(day), field, future(field, day));
    }
}
