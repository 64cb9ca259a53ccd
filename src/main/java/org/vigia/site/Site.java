package org.vigia.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * A trial site (hospital). Times are stored in UTC and shown in the site's time zone.
 */
@Entity
@Table(name = "site")
public class Site {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    @MaxLength(TextLimits.SITE_CODE)
    private String code;

    @Column(nullable = false)
    @MaxLength(TextLimits.SITE_NAME)
    private String name;

    @Column(nullable = false)
    @MaxLength(TextLimits.COUNTRY)
    private String country;

    @Column(name = "time_zone", nullable = false)
    @MaxLength(TextLimits.TIME_ZONE)
    private String timeZone;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Site() {
    }

    public Site(String code, String name, String country, String timeZone) {
        FieldErrors errors = new FieldErrors()
                .require(code != null && code.matches("[A-Z0-9]{2,16}"), "code",
                        Text.of(Bundle.MESSAGES, "sites.refused.code"));
        check(errors, name, country, timeZone).throwIfAny();
        this.code = code;
        this.createdAt = Instant.now();
        describe(name, country, timeZone);
    }

    public void describe(String newName, String newCountry, String newTimeZone) {
        check(new FieldErrors(), newName, newCountry, newTimeZone).throwIfAny();
        String c = newCountry.trim().toUpperCase(Locale.ROOT);
        this.name = newName.trim();
        this.country = c;
        this.timeZone = newTimeZone;
    }

    private static FieldErrors check(FieldErrors errors, String name, String country, String timeZone) {
        errors.require(name != null && !name.isBlank(), "name", Text.of(Bundle.MESSAGES, "sites.refused.name"));
        errors.require(country != null && COUNTRIES.contains(country.trim().toUpperCase(Locale.ROOT)), "country",
                Text.of(Bundle.MESSAGES, "sites.refused.country", country));
        errors.require(isZone(timeZone), "timeZone", Text.of(Bundle.MESSAGES, "sites.refused.timeZone", timeZone));
        return errors;
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }

    public void deactivate() { this.active = false; }
    public void reactivate() { this.active = true; }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getCountry() { return country; }
    public String getTimeZone() { return timeZone; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
