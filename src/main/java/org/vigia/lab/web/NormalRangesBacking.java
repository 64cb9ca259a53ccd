package org.vigia.lab.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigia.lab.NormalRange;
import org.vigia.lab.NormalRangeService;
import org.vigia.platform.web.Messages;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.terminology.LabTest;

/** Backs {@code admin/normal-ranges.xhtml}: list, add and remove normal ranges; import them from CSV. */
@Named
@ViewScoped
public class NormalRangesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NormalRangeService ranges;

    @Inject
    private SiteService sites;

    private List<NormalRange> list;
    private Map<Long, String> siteCodes;
    private Long siteId;
    private String test;
    private String sex;
    private Integer ageMin;
    private Integer ageMax;
    @MaxLength(TextLimits.LAB_UNIT)
    private String unit;
    @DecimalDigits(integer = 12, fraction = 6)
    private BigDecimal lln;
    @DecimalDigits(integer = 12, fraction = 6)
    private BigDecimal uln;
    @MaxLength(TextLimits.REASON)
    private String reason;
    private transient Part file;

    @PostConstruct
    void load() {
        list = ranges.list();
        siteCodes = new HashMap<>();
        sites.listVisible().forEach(s -> siteCodes.put(s.getId(), s.getCode()));
    }

    public void create() {
        LabTest t = LabTest.byCode(test).orElseThrow(() -> new InvalidInput("test", Text.of(Bundle.SUBJECT, "range.chooseTest")));
        ranges.create(siteId, t, sex, ageMin, ageMax, unit, lln, uln);
        Messages.info(Bundle.SUBJECT, "common.saved");
        test = unit = sex = null;
        ageMin = ageMax = null;
        lln = uln = null;
        load();
    }

    public void delete(NormalRange r) {
        ranges.delete(r.getId(), r.getVersion(), reason);
        Messages.info(Bundle.SUBJECT, "range.removed");
        reason = null;
        load();
    }

    public void importCsv() {
        try {
            if (file == null) {
                throw new InvalidInput("file", Text.of(Bundle.SUBJECT, "range.chooseFile"));
            }
            try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                int n = ranges.importCsv(in);
                Messages.info(Bundle.SUBJECT, "range.imported", n);
            }
            load();
        } catch (IOException e) {
            throw new InvalidInput("file", Text.plain(e.getMessage()));
        }
    }

    public String siteCode(Long id) {
        return id == null ? Messages.text(Bundle.SUBJECT, "range.allSites") : siteCodes.getOrDefault(id, String.valueOf(id));
    }

    public List<LabTest> getTests() { return List.of(LabTest.values()); }
    public List<Site> getSites() { return sites.listVisible(); }
    public List<NormalRange> getList() { return list; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getTest() { return test; }
    public void setTest(String test) { this.test = test; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public Integer getAgeMin() { return ageMin; }
    public void setAgeMin(Integer ageMin) { this.ageMin = ageMin; }
    public Integer getAgeMax() { return ageMax; }
    public void setAgeMax(Integer ageMax) { this.ageMax = ageMax; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getLln() { return lln; }
    public void setLln(BigDecimal lln) { this.lln = lln; }
    public BigDecimal getUln() { return uln; }
    public void setUln(BigDecimal uln) { this.uln = uln; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
