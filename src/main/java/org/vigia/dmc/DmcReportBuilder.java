package org.vigia.dmc;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vigia.dmc.DmcDataset.Endpoint;
import org.vigia.dmc.report.AdverseEventGradeFigure;
import org.vigia.dmc.report.AdverseEventOverviewTable;
import org.vigia.dmc.report.DeathListing;
import org.vigia.dmc.report.DispositionTable;
import org.vigia.dmc.report.ExposureTable;
import org.vigia.dmc.report.GradeThreeOrWorseTable;
import org.vigia.dmc.report.KaplanMeierFigure;
import org.vigia.dmc.report.LabShiftTable;
import org.vigia.dmc.report.MostFrequentTermsTable;
import org.vigia.dmc.report.ReportContext;
import org.vigia.dmc.report.ReportSection;
import org.vigia.dmc.report.QualityOfLifeTable;
import org.vigia.dmc.report.ResponseTable;
import org.vigia.dmc.report.SeriousAdverseEventListing;
import org.vigia.dmc.report.SocTermTable;
import org.vigia.dmc.report.StoppingRuleTable;
import org.vigia.dmc.report.TimeToEventTable;
import org.vigia.dmc.report.WorstGradeTable;
import org.vigia.shared.stats.KaplanMeier;

/**
 * Computes every table and chart of the DMC safety report from a {@link DmcDataset}, with the arms as
 * columns plus a Total column. Pure and deterministic: the same dataset and locale give the same tables
 * in the same order (only {@link ReportMetadata#generatedAt()} comes from the clock).
 *
 * <p>Populations and counting rules (stated in the footnotes of each table):
 * <ul>
 *   <li>Disposition: percentages of enrolled subjects; screen failures as a percentage of screened.</li>
 *   <li>Safety population = treated subjects (≥1 dose); AEs of untreated subjects are not counted.</li>
 *   <li>AE incidence: each subject once per SOC and once per term, at the worst grade of that SOC/term
 *       (MedDRA/CTCAE convention of ICH E3 section 12.2 summary tables). SOCs and terms by descending
 *       total incidence, then alphabetically.</li>
 *   <li>Exposure: per agent, among subjects exposed to the agent; relative dose intensity in %.</li>
 *   <li>Stopping rule: NCT07041788 "treatment-related mortality ≥2%" = treatment-related deaths / treated;
 *       the threshold is reached when the observed rate is ≥ the threshold; exact (Clopper–Pearson) 95% CI.</li>
 *   <li>Efficacy: ORR = CR+PR, DCR = CR+PR+SD among enrolled subjects, exact 95% CI; Kaplan–Meier from
 *       enrolment, log-log 95% CIs, Brookmeyer–Crowley CI of the median (see {@link KaplanMeier}).</li>
 * </ul>
 *
 * <p>Each table is one {@link ReportSection} of {@code org.vigia.dmc.report}, computed from the dataset indexed
 * once in a {@link ReportContext}; the builder lists them in the order the report prints them.
 *
 * <pre>{@code
 * DmcReport report = new DmcReportBuilder(Locale.ENGLISH, Clock.systemUTC()).build(dataset);
 * }</pre>
 */
public final class DmcReportBuilder {

    /** Days per year for the fixed-time survival rates. */
    public static final double DAYS_PER_YEAR = TimeToEventTable.DAYS_PER_YEAR;

    /** The tables in the order the report prints them. */
    private static final List<ReportSection> SECTIONS = List.of(new DispositionTable(), new ExposureTable(),
            new AdverseEventOverviewTable(), new WorstGradeTable(), new SocTermTable(), new GradeThreeOrWorseTable(),
            new MostFrequentTermsTable(), new SeriousAdverseEventListing(), new DeathListing(), new LabShiftTable(),
            new StoppingRuleTable(), new ResponseTable(), new TimeToEventTable());

    private final Locale locale;
    private final Clock clock;
    /** The number of most frequent terms when set here, else null: the dataset's settings say. */
    private final Integer mostFrequentTermsOverride;

    /**
     * A builder writing texts in {@code locale} and stamping the generation time from {@code clock}; landmark
     * years, the number of most frequent terms and the columns follow the dataset's {@link DmcDataset.Settings}.
     */
    public DmcReportBuilder(Locale locale, Clock clock) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mostFrequentTermsOverride = null;
    }

    /** As above, listing the {@code mostFrequentTerms} most frequent AE terms whatever the settings say. */
    public DmcReportBuilder(Locale locale, Clock clock, int mostFrequentTerms) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (mostFrequentTerms < 1) {
            throw new IllegalArgumentException("mostFrequentTerms must be >= 1");
        }
        this.mostFrequentTermsOverride = mostFrequentTerms;
    }

    /** Builds the report. */
    public DmcReport build(DmcDataset dataset) {
        int mostFrequentTerms = mostFrequentTermsOverride != null ? mostFrequentTermsOverride
                : dataset.settings().mostFrequentTerms();
        ReportContext report = new ReportContext(dataset, new DmcMessages(locale), mostFrequentTerms);
        ReportMetadata metadata = new ReportMetadata(dataset.studyRegistryId(), dataset.studyTitle(),
                dataset.definitionVersion(), dataset.cutOffDate(),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), locale, DmcDatasetChecksum.of(dataset),
                dataset.notes());
        List<ReportTable> tables = new ArrayList<>();
        for (ReportSection section : SECTIONS) {
            tables.add(section.table(report));
        }
        if (QualityOfLifeTable.applies(report)) {
            tables.add(new QualityOfLifeTable().table(report));
        }
        List<ReportFigure> figures = new ArrayList<>();
        figures.add(AdverseEventGradeFigure.of(report));
        for (Endpoint endpoint : Endpoint.values()) {
            KaplanMeierFigure.of(report, endpoint).ifPresent(figures::add);
        }
        return new DmcReport(metadata, tables, figures);
    }
}
