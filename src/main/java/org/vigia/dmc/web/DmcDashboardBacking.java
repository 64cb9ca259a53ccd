package org.vigia.dmc.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.vigia.dmc.DmcReport;
import org.vigia.dmc.DmcReportFile;
import org.vigia.dmc.DmcReportFormat;
import org.vigia.dmc.DmcReportService;
import org.vigia.dmc.GeneratedDmcReport;
import org.vigia.platform.web.Messages;

/**
 * Backs {@code dmc/index.xhtml}: a DMC member picks a study and a data cut-off, sees the aggregate tables
 * (disposition, AE overview, most frequent AE terms by arm, stopping rules) and downloads the report as PDF,
 * XLSX or zip of CSV in the screen language.
 */
@Named
@ViewScoped
public class DmcDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tables shown on screen, in this order. */
    static final List<String> SCREEN_TABLES = List.of("disposition", "exposure", "ae-overview", "ae-most-frequent",
            "stopping-rules", "response", "km-summary");

    @Inject
    private DmcReportService reports;

    private List<StudyOption> studies = List.of();
    private String registryId;
    private LocalDate cutOff = LocalDate.now();
    private List<ScreenTable> tables = List.of();
    private List<String> notes = List.of();
    private String checksum;
    private String definitionVersion;
    private List<HistoryRow> history = List.of();
    private List<DmcReportService.StoppingRuleAlert> alerts = List.of();

    /** A study in the picker. */
    public record StudyOption(String registryId, String label) implements Serializable {
    }

    /** A generated report in the history table. */
    public record HistoryRow(java.time.Instant generatedAt, String generatedBy, LocalDate cutOff, String format,
                             String language, String dataSha256) implements Serializable {
        static HistoryRow of(GeneratedDmcReport r) {
            return new HistoryRow(r.getGeneratedAt(), r.getGeneratedBy(), r.getCutOff(), r.getFormat().code(),
                    r.getLanguage(), r.getDataSha256());
        }
    }

    @PostConstruct
    void init() {
        studies = reports.studies().stream().map(s -> new StudyOption(s.getRegistryId(),
                s.getRegistryId() + " \u2014 " + (s.getShortTitle() == null ? s.getTitle() : s.getShortTitle()))).toList();
        if (!studies.isEmpty()) {
            registryId = studies.get(0).registryId();
        }
    }

    /** Computes the tables for the chosen study and cut-off. */
    public void show() {
        DmcReport report = reports.preview(registryId, cutOff, locale());
        List<ScreenTable> shown = new ArrayList<>();
        for (String id : SCREEN_TABLES) {
            report.findTable(id).map(ScreenTable::of).ifPresent(shown::add);
        }
        tables = List.copyOf(shown);
        notes = report.metadata().notes();
        checksum = report.checksum();
        definitionVersion = report.metadata().definitionVersion();
        history = reports.history(registryId).stream().map(HistoryRow::of).toList();
        alerts = reports.alerts(registryId);
    }

    /** Generates, records and returns the report file ({@code pdf}, {@code xlsx}, {@code csv-zip}). */
    public StreamedContent download(String format) {
        DmcReportFile file = reports.generate(registryId, cutOff, DmcReportFormat.ofCode(format).orElseThrow(),
                locale());
        history = reports.history(registryId).stream().map(HistoryRow::of).toList();
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) file.bytes().length).stream(() -> new ByteArrayInputStream(file.bytes())).build();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<StudyOption> getStudies() { return studies; }
    public String getRegistryId() { return registryId; }
    public void setRegistryId(String registryId) { this.registryId = registryId; }
    public LocalDate getCutOff() { return cutOff; }
    public void setCutOff(LocalDate cutOff) { this.cutOff = cutOff; }
    public List<ScreenTable> getTables() { return tables; }
    public List<String> getNotes() { return notes; }
    public String getChecksum() { return checksum; }
    public String getDefinitionVersion() { return definitionVersion; }
    public List<HistoryRow> getHistory() { return history; }
    public List<DmcReportService.StoppingRuleAlert> getAlerts() { return alerts; }
}
