package org.vigia.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats stored UTC instants for the screens: {@code #{times.utc(i)}} or {@code #{times.at(i, site.timeZone)}}
 * (the site's local time with its zone).
 */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    public String utc(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(ZoneOffset.UTC));
    }

    public String at(Instant instant, String zone) {
        return instant == null ? "" : ZONED.format(instant.atZone(zone == null ? ZoneOffset.UTC : ZoneId.of(zone)));
    }
}
