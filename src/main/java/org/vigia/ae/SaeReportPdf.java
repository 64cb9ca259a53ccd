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
import java.util.Locale;
import org.vigia.shared.pdf.FontProvider;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Texts;

/**
 * The initial SAE report as a PDF in the layout of the CIOMS-I form (CIOMS Working Group I, 1990): I. reaction
 * information (patient, onset, seriousness ticks, description), II. suspect drug information (each study agent
 * and radiotherapy with causality and action taken), III. concomitant treatment and history (treatment given,
 * baseline condition), IV. sponsor and report information (study, safety contacts, reporter, dates). Headings,
 * labels and coded values are in the reader's language (bundle {@code ae}, keys {@code sae.pdf.*} and the AE enums'
 * labels); what was typed (term, verbatim, treatment) as recorded; times in UTC.
 * <pre>{@code
 * byte[] pdf = SaeReportPdf.render(report, Locale.SIMPLIFIED_CHINESE);
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

    /** The report in English. */
    public static byte[] render(Report r) {
        return render(r, Locale.ENGLISH);
    }

    public static byte[] render(Report r, Locale locale) {
        Words w = new Words(locale);
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
            Paragraph p = new Paragraph(w.get("sae.pdf.title"), title);
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
            doc.add(new Paragraph(r.registryId() + " - " + r.studyTitle(), text));
            doc.add(new Paragraph(" ", small));

            AdverseEventListing ae = r.ae();
            doc.add(section(w.get("sae.pdf.section1"), head));
            PdfPTable t1 = new PdfPTable(6);
            cell(t1, w.get("sae.pdf.patient"), r.subjectLabel(), small, text);
            cell(t1, w.get("sae.pdf.country"), r.country(), small, text);
            cell(t1, w.get("sae.pdf.birthYear"), String.valueOf(r.birthYear()), small, text);
            cell(t1, w.get("sae.pdf.sex"), r.sex() == null ? null
                    : Texts.find(Bundle.SUBJECT, locale, "sex." + r.sex()).orElse(r.sex()), small, text);
            cell(t1, w.get("sae.pdf.onset"), ae.onset(), small, text);
            cell(t1, w.get("sae.pdf.site"), r.siteCode(), small, text);
            doc.add(t1);
            PdfPTable t2 = new PdfPTable(2);
            StringBuilder describe = new StringBuilder();
            describe.append(w.get("sae.pdf.term", ae.term(), ae.meddraCode(), ae.soc()))
                    .append('\n').append(w.get("sae.pdf.grade", ae.grade(), ae.worstGrade()));
            if (ae.verbatim() != null) {
                describe.append('\n').append(w.get("sae.pdf.verbatim", ae.verbatim()));
            }
            describe.append('\n').append(ae.ongoing() ? w.get("sae.pdf.ongoing") : w.get("sae.pdf.ended", ae.endDate()));
            describe.append('\n').append(w.get("sae.pdf.outcome", ae.outcome() == null ? "-"
                    : w.label(AeOutcome.valueOf(ae.outcome()))));
            if (ae.immuneRelated()) {
                describe.append('\n').append(w.get("sae.pdf.immune", ae.immuneCategory() == null ? w.get("sae.pdf.yes")
                        : w.label(ImmuneRelatedCategory.valueOf(ae.immuneCategory()))));
            }
            cell(t2, w.get("sae.pdf.describe"), describe.toString(), small, text);
            StringBuilder ticks = new StringBuilder();
            for (SeriousnessCriterion c : SeriousnessCriterion.values()) {
                ticks.append(ae.seriousnessCriteria().contains(c) ? "[X] " : "[ ] ").append(w.get("sae.pdf.criterion." + c.name())).append('\n');
            }
            cell(t2, w.get("sae.pdf.checkAll"), ticks.toString(), small, text);
            doc.add(t2);

            doc.add(section(w.get("sae.pdf.section2"), head));
            PdfPTable t3 = new PdfPTable(3);
            header(t3, w.get("sae.pdf.drug"), small);
            header(t3, w.get("sae.pdf.causality"), small);
            header(t3, w.get("sae.pdf.action"), small);
            if (ae.attributions().isEmpty()) {
                t3.addCell(new Phrase(w.get("sae.pdf.notAllocated"), text));
                t3.addCell(new Phrase("-", text));
                t3.addCell(new Phrase("-", text));
            }
            for (AdverseEventListing.AgentAttribution a : ae.attributions()) {
                t3.addCell(new Phrase(a.agentName(), text));
                t3.addCell(new Phrase(a.causality() == null ? w.get("sae.pdf.notAssessed")
                        : w.label(Causality.valueOf(a.causality())), text));
                t3.addCell(new Phrase(a.actionTaken() == null ? "-"
                        : w.label(ActionTaken.valueOf(a.actionTaken())), text));
            }
            doc.add(t3);

            doc.add(section(w.get("sae.pdf.section3"), head));
            PdfPTable t4 = new PdfPTable(2);
            cell(t4, w.get("sae.pdf.treatment"), nz(ae.treatmentGiven()), small, text);
            cell(t4, w.get("sae.pdf.history"), nz(ae.baselineCondition()), small, text);
            doc.add(t4);

            doc.add(section(w.get("sae.pdf.section4"), head));
            PdfPTable t5 = new PdfPTable(2);
            cell(t5, w.get("sae.pdf.contacts"), String.join("\n", r.contacts()), small, text);
            cell(t5, w.get("sae.pdf.received"), r.awareness() == null ? "-" : UTC.format(r.awareness().atZone(ZoneOffset.UTC)), small, text);
            cell(t5, w.get("sae.pdf.due"), r.due() == null ? "-" : UTC.format(r.due().atZone(ZoneOffset.UTC)), small, text);
            cell(t5, w.get("sae.pdf.sent"), r.reportedAt() == null ? w.get("sae.pdf.notYet") : UTC.format(r.reportedAt().atZone(ZoneOffset.UTC)), small, text);
            cell(t5, w.get("sae.pdf.signature"), ae.signedAt() == null ? w.get("sae.pdf.notSigned")
                    : ae.signedBy() + ", " + UTC.format(ae.signedAt().atZone(ZoneOffset.UTC)), small, text);
            cell(t5, w.get("sae.pdf.reportType"), w.get("sae.pdf.initial",
                    UTC.format(r.generatedAt().atZone(ZoneOffset.UTC)), r.reporter()), small, text);
            doc.add(t5);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("SAE report could not be written", e);
        }
        return out.toByteArray();
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

    /** The report's words in one language. */
    private record Words(Locale locale) {

        String get(String key, Object... args) {
            return Texts.text(Bundle.AE, locale, key, args);
        }

        String label(Enum<?> value) {
            return Texts.label(Bundle.AE, locale, value);
        }
    }
}
