package org.vigia.instrument;

import static org.vigia.instrument.ScaleKind.FUNCTIONAL;
import static org.vigia.instrument.ScaleKind.GLOBAL_HEALTH;
import static org.vigia.instrument.ScaleKind.SYMPTOM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The patient-reported questionnaires Vigia scores, with their items, scales and single items as the EORTC QLQ-C30
 * Scoring Manual defines them (Fayers PM, Aaronson NK, Bjordal K, et al., 3rd edition, EORTC, Brussels 2001): the
 * scale abbreviations, the items of each scale and the items' answer codes. Only this structure is shipped: the
 * questionnaires' wording is licensed by the EORTC Quality of Life Group and is not part of Vigia (labels are short
 * neutral names in the {@code instrument} bundle).
 * <p>
 * <b>EORTC QLQ-C30 version 3.0</b> (manual, "Scoring the QLQ-C30 version 3.0"): items 1-28 are coded 1-4 (range 3),
 * items 29 and 30 are coded 1-7 (range 6). Global health status QL2: 29, 30; functional scales PF2 1-5, RF2 6, 7,
 * EF 21-24, CF 20, 25, SF 26, 27; symptom scales FA 10, 12, 18, NV 14, 15, PA 9, 19; single items DY 8, SL 11,
 * AP 13, CO 16, DI 17, FI 28; and the summary score SUMSC ({@link SummaryScore}).
 * <p>
 * <b>EORTC QLQ-H&amp;N35</b> (manual, "Head and neck cancer module QLQ-H&amp;N35"; Bjordal K, et al. J Clin Oncol
 * 1999;17:1008-19). The module's own numbers 1-35 are used here; in the booklet after the QLQ-C30 they are questions
 * 31-65 (booklet question = module item + 30: item 1 is Q31). Items 1-30 are coded 1-4 (range 3);
 * items 31-35 are yes/no, coded 1 = no, 2 = yes (range 1). All scales are symptom scales:
 * <table>
 *   <caption>H&amp;N35 scales (module numbers; booklet numbers in brackets)</caption>
 *   <tr><td>HNPA pain</td><td>1-4 (31-34)</td></tr>
 *   <tr><td>HNSW swallowing</td><td>5-8 (35-38)</td></tr>
 *   <tr><td>HNSE senses problems</td><td>13, 14 (43, 44)</td></tr>
 *   <tr><td>HNSP speech problems</td><td>16, 23, 24 (46, 53, 54)</td></tr>
 *   <tr><td>HNSO trouble with social eating</td><td>19-22 (49-52)</td></tr>
 *   <tr><td>HNSC trouble with social contact</td><td>18, 25-28 (48, 55-58)</td></tr>
 *   <tr><td>HNSX less sexuality</td><td>29, 30 (59, 60)</td></tr>
 *   <tr><td>single items HNTE teeth 9 (39), HNOM opening mouth 10 (40), HNDR dry mouth 11 (41), HNSS sticky saliva
 *       12 (42), HNCO coughing 15 (45), HNFI felt ill 17 (47)</td><td>coded 1-4</td></tr>
 *   <tr><td>yes/no items HNPK painkillers 31 (61), HNNU nutritional supplements 32 (62), HNFE feeding tube 33 (63),
 *       HNWL weight loss 34 (64), HNWG weight gain 35 (65)</td><td>coded 1-2</td></tr>
 * </table>
 * The H&amp;N35 mapping was checked against the manual's table and two independent implementations of it: the
 * EORTC Data Center's SAS scoring macros (Van Steen and Curran 1998, revised 2002: {@code hnscore30}, booklet
 * numbers; yes/no items transformed as (RS − 1) × 100) and the CRAN package QoLR ({@code scoring.QLQHN35}, module
 * numbers). Note that booklet question 48 (bothered by appearance) belongs to HNSC, not to a painkiller item, and
 * HNSX is 59-60.
 */
public enum Instrument {

    EORTC_QLQ_C30(
            items(1, 28, 1, 4, 29, 30, 1, 7),
            List.of(
                    new Scale("QL2", GLOBAL_HEALTH, List.of(29, 30)),
                    new Scale("PF2", FUNCTIONAL, List.of(1, 2, 3, 4, 5)),
                    new Scale("RF2", FUNCTIONAL, List.of(6, 7)),
                    new Scale("EF", FUNCTIONAL, List.of(21, 22, 23, 24)),
                    new Scale("CF", FUNCTIONAL, List.of(20, 25)),
                    new Scale("SF", FUNCTIONAL, List.of(26, 27)),
                    new Scale("FA", SYMPTOM, List.of(10, 12, 18)),
                    new Scale("NV", SYMPTOM, List.of(14, 15)),
                    new Scale("PA", SYMPTOM, List.of(9, 19)),
                    new Scale("DY", SYMPTOM, List.of(8)),
                    new Scale("SL", SYMPTOM, List.of(11)),
                    new Scale("AP", SYMPTOM, List.of(13)),
                    new Scale("CO", SYMPTOM, List.of(16)),
                    new Scale("DI", SYMPTOM, List.of(17)),
                    new Scale("FI", SYMPTOM, List.of(28))),
            new SummaryScore("SUMSC", List.of("PF2", "RF2", "EF", "CF", "SF", "FA", "NV", "PA", "DY", "SL", "AP",
                    "CO", "DI"))),

    EORTC_QLQ_HN35(
            items(1, 30, 1, 4, 31, 35, 1, 2),
            List.of(
                    new Scale("HNPA", SYMPTOM, List.of(1, 2, 3, 4)),
                    new Scale("HNSW", SYMPTOM, List.of(5, 6, 7, 8)),
                    new Scale("HNSE", SYMPTOM, List.of(13, 14)),
                    new Scale("HNSP", SYMPTOM, List.of(16, 23, 24)),
                    new Scale("HNSO", SYMPTOM, List.of(19, 20, 21, 22)),
                    new Scale("HNSC", SYMPTOM, List.of(18, 25, 26, 27, 28)),
                    new Scale("HNSX", SYMPTOM, List.of(29, 30)),
                    new Scale("HNTE", SYMPTOM, List.of(9)),
                    new Scale("HNOM", SYMPTOM, List.of(10)),
                    new Scale("HNDR", SYMPTOM, List.of(11)),
                    new Scale("HNSS", SYMPTOM, List.of(12)),
                    new Scale("HNCO", SYMPTOM, List.of(15)),
                    new Scale("HNFI", SYMPTOM, List.of(17)),
                    new Scale("HNPK", SYMPTOM, List.of(31)),
                    new Scale("HNNU", SYMPTOM, List.of(32)),
                    new Scale("HNFE", SYMPTOM, List.of(33)),
                    new Scale("HNWL", SYMPTOM, List.of(34)),
                    new Scale("HNWG", SYMPTOM, List.of(35))),
            null);

    private final List<InstrumentItem> items;
    private final List<Scale> scales;
    private final SummaryScore summary;

    Instrument(List<InstrumentItem> items, List<Scale> scales, SummaryScore summary) {
        this.items = List.copyOf(items);
        this.scales = List.copyOf(scales);
        this.summary = summary;
        for (Scale s : scales) {
            List<InstrumentItem> of = s.items().stream().map(n -> this.items.get(n - 1)).toList();
            if (of.stream().map(i -> i.min() + ".." + i.max()).distinct().count() != 1) {
                throw new IllegalStateException(name() + " " + s.code() + ": items with different answer codes");
            }
        }
    }

    /** The instrument of that exact name ({@code EORTC_QLQ_C30}), if Vigia has it. */
    public static Optional<Instrument> find(String name) {
        return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
    }

    /** Every item, numbered 1 to {@code items().size()} in order. */
    public List<InstrumentItem> items() {
        return items;
    }

    /** The item numbered {@code number}, if the questionnaire has it. */
    public Optional<InstrumentItem> item(int number) {
        return number >= 1 && number <= items.size() ? Optional.of(items.get(number - 1)) : Optional.empty();
    }

    /** The scales and single items, in the scoring manual's order. */
    public List<Scale> scales() {
        return scales;
    }

    /** The summary score, for the QLQ-C30. */
    public Optional<SummaryScore> summary() {
        return Optional.ofNullable(summary);
    }

    /** Every score's code: the scales in order, then the summary score. */
    public List<String> scoreCodes() {
        List<String> codes = new ArrayList<>(scales.stream().map(Scale::code).toList());
        summary().ifPresent(s -> codes.add(s.code()));
        return List.copyOf(codes);
    }

    /** Items {@code from..to} coded {@code min..max}, then the next run, and so on (four numbers per run). */
    private static List<InstrumentItem> items(int... runs) {
        List<InstrumentItem> out = new ArrayList<>();
        for (int r = 0; r < runs.length; r += 4) {
            int min = runs[r + 2];
            int max = runs[r + 3];
            IntStream.rangeClosed(runs[r], runs[r + 1]).forEach(n -> out.add(new InstrumentItem(n, min, max)));
        }
        return out;
    }
}
