package org.vigia.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Formats stored UTC instants for the screens: {@code #{times.utc(i)}} or {@code #{times.at(i, site.timeZone)}}
 * (the site's local time with its zone id and its offset at that instant, {@code 2026-03-02 18:30 Asia/Shanghai
 * (UTC+08:00)}; never an abbreviation such as "CST", which names three different zones).
 * <pre>{@code
 * <h:outputText value="#{times.at(r.due(), bean.siteZone)}"/>
 * String shown = Times.zoned(instant, ZoneId.of("Europe/Berlin")); // 2026-07-01 14:00 Europe/Berlin (UTC+02:00)
 * }</pre>
 */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String utc(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(ZoneOffset.UTC));
    }

    public String at(Instant instant, String zone) {
        return instant == null ? "" : zoned(instant, zone == null ? ZoneOffset.UTC : ZoneId.of(zone));
    }

    /** {@code instant} in {@code zone}: local date and time, the zone id and its UTC offset at that instant. */
    public static String zoned(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        String offset = local.getOffset().equals(ZoneOffset.UTC) ? "UTC" : "UTC" + local.getOffset().getId();
        String id = zone instanceof ZoneOffset ? "" : zone.getId() + " ";
        return LOCAL.format(local) + " " + (id.isEmpty() ? offset : id + "(" + offset + ")");
    }

    /** A zone for a picker or a table: {@code Asia/Shanghai (UTC+08:00)}, its offset now. */
    public String zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return "";
        }
        ZoneOffset now = ZoneId.of(zone).getRules().getOffset(Instant.now());
        return zone + " (" + (now.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + now.getId()) + ")";
    }
}
