package org.vigia.site.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.vigia.platform.web.Messages;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.site.Site;
import org.vigia.site.SiteService;

/** Backs {@code admin/sites.xhtml}: create sites and change their name, country and time zone. */
@Named
@ViewScoped
public class SitesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc") && !z.startsWith("SystemV")).sorted().toList();

    @Inject
    private SiteService sites;

    private List<Site> list;
    @MaxLength(TextLimits.SITE_CODE)
    private String code;
    @MaxLength(TextLimits.SITE_NAME)
    private String name;
    @MaxLength(TextLimits.COUNTRY)
    private String country;
    @MaxLength(TextLimits.TIME_ZONE)
    private String timeZone;

    private Long editId;
    private long editVersion;
    @MaxLength(TextLimits.SITE_NAME)
    private String editName;
    @MaxLength(TextLimits.COUNTRY)
    private String editCountry;
    @MaxLength(TextLimits.TIME_ZONE)
    private String editTimeZone;
    @MaxLength(TextLimits.REASON)
    private String reason;

    @PostConstruct
    void load() {
        list = sites.listVisible();
    }

    public void create() {
        Site s = sites.create(code, name, country, timeZone);
        Messages.info(Bundle.MESSAGES, "sites.created", s.getCode());
        code = name = country = timeZone = null;
        load();
    }

    public void edit(Site site) {
        editId = site.getId();
        editVersion = site.getVersion();
        editName = site.getName();
        editCountry = site.getCountry();
        editTimeZone = site.getTimeZone();
        reason = null;
    }

    public void saveEdit() {
        sites.update(editId, editVersion, editName, editCountry, editTimeZone, reason);
        Messages.info(Bundle.MESSAGES, "common.saved");
        editId = null;
        load();
    }

    public List<String> completeZone(String query) {
        String q = query == null ? "" : query.toLowerCase();
        return ZONES.stream().filter(z -> z.toLowerCase().contains(q)).limit(20).toList();
    }

    public List<Site> getList() { return list; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public Long getEditId() { return editId; }
    public String getEditName() { return editName; }
    public void setEditName(String editName) { this.editName = editName; }
    public String getEditCountry() { return editCountry; }
    public void setEditCountry(String editCountry) { this.editCountry = editCountry; }
    public String getEditTimeZone() { return editTimeZone; }
    public void setEditTimeZone(String editTimeZone) { this.editTimeZone = editTimeZone; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
