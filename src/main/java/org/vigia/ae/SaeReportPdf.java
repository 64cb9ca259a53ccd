package org.vigia.ae;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.vigia.shared.pdf.FontProvider;

/**
 * The initial SAE report as a PDF in the layout of the CIOMS-I form (CIOMS Working Group I, 1990): I. reaction
 * information (patient, onset, seriousness ticks, description), II. suspect drug information (each study agent
 * and radiotherapy with causality and action taken), III. concomitant treatment and history (treatment given,
 * baseline condition), IV. sponsor and report information (study, safety contacts, reporter, dates).
 * <pre>{@code
 * byte[] pdf = SaeReportPdf.render(report);
 * }</pre>
 */
public final class SaeReportPdf {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /**
     * What the report shows besides the AE itself.
     *
     * @param contacts one line per safety contact, e.g. "SPONSOR_SAFETY_DESK: name &lt;email&gt;"
     */
    public record Report(String registryId, String studyTitle, String siteCode, String country, String subjectLabel,
            String sex, int birthYear, AdverseEventListing ae, Instant awareness, Instant due, Instant reportedAt,
            List<String> contacts, String reporter, Instant generatedAt) {
    }

    private SaeReportPdf() {
    }

    public static byte[] render(Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            BaseFont base = FontProvider.discover().cjkPdfFont();
            Font title = new Font(base, 13, Font.BOLD);
            Font head = new Font(base, 10, Font.BOLD);
            Font small = new Font(base, 7);
            Font text = new Font(base, 9);
            Paragraph p = new Paragraph("SUSPECT ADVERSE REACTION REPORT (CIOMS-I layout) - INITIAL SAE REPORT", title);
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
            doc.add(new Paragraph(r.registryId() + " - " + r.studyTitle(), text));
            doc.add(new Paragraph(" ", small));

            AdverseEventListing ae = r.ae();
            doc.add(section("I. REACTION INFORMATION", head));
            PdfPTable t1 = new PdfPTable(6);
            cell(t1, "1. PATIENT (subject)", r.subjectLabel(), small, text);
            cell(t1, "1a. COUNTRY", r.country(), small, text);
            cell(t1, "2. BIRTH YEAR", String.valueOf(r.birthYear()), small, text);
            cell(t1, "3. SEX", r.sex(), small, text);
            cell(t1, "4-6. REACTION ONSET", ae.onset(), small, text);
            cell(t1, "SITE", r.siteCode(), small, text);
            doc.add(t1);
            PdfPTable t2 = new PdfPTable(2);
            StringBuilder describe = new StringBuilder();
            describe.append(ae.term()).append(" (MedDRA ").append(ae.meddraCode()).append(", ").append(ae.soc())
                    .append(")\nCTCAE v5.0 grade ").append(ae.grade()).append(" (worst ").append(ae.worstGrade())
                    .append(")");
            if (ae.verbatim() != null) {
                describe.append("\nVerbatim: ").append(ae.verbatim());
            }
            describe.append("\nOngoing: ").append(ae.ongoing() ? "yes" : "no, ended " + ae.endDate());
            describe.append("\nOutcome: ").append(ae.outcome() == null ? "-" : AeOutcome.valueOf(ae.outcome()).submissionValue());
            if (ae.immuneRelated()) {
                describe.append("\nImmune-related: ").append(ae.immuneCategory() == null ? "yes"
                        : ImmuneRelatedCategory.valueOf(ae.immuneCategory()).label());
            }
            cell(t2, "7+13. DESCRIBE REACTION(S)", describe.toString(), small, text);
            StringBuilder ticks = new StringBuilder();
            for (SeriousnessCriterion c : SeriousnessCriterion.values()) {
                ticks.append(ae.seriousnessCriteria().contains(c) ? "[X] " : "[ ] ").append(label(c)).append('\n');
            }
            cell(t2, "8-12. CHECK ALL APPROPRIATE TO ADVERSE REACTION", ticks.toString(), small, text);
            doc.add(t2);

            doc.add(section("II. SUSPECT DRUG(S) INFORMATION", head));
            PdfPTable t3 = new PdfPTable(3);
            header(t3, "14. SUSPECT DRUG / TREATMENT", small);
            header(t3, "CAUSALITY (investigator)", small);
            header(t3, "20-21. ACTION TAKEN", small);
            if (ae.attributions().isEmpty()) {
                t3.addCell(new Phrase("(subject not yet allocated to treatment)", text));
                t3.addCell(new Phrase("-", text));
                t3.addCell(new Phrase("-", text));
            }
            for (AdverseEventListing.AgentAttribution a : ae.attributions()) {
                t3.addCell(new Phrase(a.agentName(), text));
                t3.addCell(new Phrase(a.causality() == null ? "not assessed" : Causality.valueOf(a.causality()).label(), text));
                t3.addCell(new Phrase(a.actionTaken() == null ? "-" : ActionTaken.valueOf(a.actionTaken()).submissionValue(), text));
            }
            doc.add(t3);

            doc.add(section("III. CONCOMITANT DRUG(S) AND HISTORY", head));
            PdfPTable t4 = new PdfPTable(2);
            cell(t4, "22. TREATMENT GIVEN FOR THE REACTION", nz(ae.treatmentGiven()), small, text);
            cell(t4, "23. OTHER RELEVANT HISTORY (baseline condition worsened)", nz(ae.baselineCondition()), small, text);
            doc.add(t4);

            doc.add(section("IV. SPONSOR / REPORT INFORMATION", head));
            PdfPTable t5 = new PdfPTable(2);
            cell(t5, "24a. STUDY / SPONSOR SAFETY CONTACTS", String.join("\n", r.contacts()), small, text);
            cell(t5, "24c. DATE RECEIVED (site aware)", r.awareness() == null ? "-" : UTC.format(r.awareness().atZone(ZoneOffset.UTC)), small, text);
            cell(t5, "INITIAL REPORT DUE (aware + 24 h)", r.due() == null ? "-" : UTC.format(r.due().atZone(ZoneOffset.UTC)), small, text);
            cell(t5, "INITIAL REPORT SENT", r.reportedAt() == null ? "not yet" : UTC.format(r.reportedAt().atZone(ZoneOffset.UTC)), small, text);
            cell(t5, "INVESTIGATOR SIGNATURE", ae.signedAt() == null ? "not signed"
                    : ae.signedBy() + ", " + UTC.format(ae.signedAt().atZone(ZoneOffset.UTC)), small, text);
            cell(t5, "25a. REPORT TYPE / DATE OF THIS REPORT", "INITIAL - " + UTC.format(r.generatedAt().atZone(ZoneOffset.UTC))
                    + " by " + r.reporter(), small, text);
            doc.add(t5);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("SAE report could not be written", e);
        }
        return out.toByteArray();
    }

    private static String label(SeriousnessCriterion c) {
        return switch (c) {
            case DEATH -> "PATIENT DIED";
            case LIFE_THREATENING -> "LIFE THREATENING";
            case HOSPITALISATION -> "INVOLVED OR PROLONGED INPATIENT HOSPITALISATION";
            case DISABILITY -> "INVOLVED PERSISTENT OR SIGNIFICANT DISABILITY OR INCAPACITY";
            case CONGENITAL_ANOMALY -> "CONGENITAL ANOMALY";
            case IMPORTANT_MEDICAL_EVENT -> "OTHER IMPORTANT MEDICAL EVENT";
        };
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static Paragraph section(String s, Font f) {
        Paragraph p = new Paragraph(s, f);
        p.setSpacingBefore(8);
        p.setSpacingAfter(3);
        return p;
    }

    private static void header(PdfPTable t, String s, Font f) {
        PdfPCell c = new PdfPCell(new Phrase(s, f));
        c.setBackgroundColor(new java.awt.Color(230, 230, 230));
        t.addCell(c);
    }

    private static void cell(PdfPTable t, String label, String value, Font small, Font text) {
        PdfPCell c = new PdfPCell();
        c.addElement(new Phrase(label, small));
        c.addElement(new Phrase(value == null ? "-" : value, text));
        c.setPaddingBottom(4);
        t.addCell(c);
    }
}
