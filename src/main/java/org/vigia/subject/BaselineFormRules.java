package org.vigia.subject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.PartialDate;
import org.vigia.shared.SiteToday;
import org.vigia.shared.clinical.BodySurfaceArea;
import org.vigia.shared.clinical.BodySurfaceAreaFormula;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.TumourClassification;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.terminology.CtcaeTerm;

/**
 * Checks and normalises the fields of a baseline form; every problem is reported at once with the field named.
 * <ul>
 *   <li>VITALS: height 100-230 cm, weight 20-250 kg (plausibility limits for adult oncology patients), measured
 *       on a date not in the future; BSA by the study's formula (Mosteller √(h·w/3600), or DuBois), 0.01 m²</li>
 *   <li>ECOG: 0-5 (ECOG performance status, Oken et al. 1982)</li>
 *   <li>TUMOUR: primary site, histology, T/N/M categories and stage group from the study definition's
 *       {@code tumourClassification} (AJCC 8th edition in the head-and-neck trials); rT/rN/rM required for recurrent
 *       disease at its {@code recurrenceStagingSites} (nasopharynx); HPV/p16 status required for, and only for, its
 *       {@code hpvP16Sites} (oropharynx); PD-L1 CPS 0-100; EBV DNA (copies/mL, ≥ 0) expected for, and only for, its
 *       {@code ebvDnaSites} (nasopharynx)</li>
 *   <li>MEDICAL_HISTORY: items {category MEDICAL_HISTORY|BASELINE_SIGN, term (a CTCAE v5.0 term), grade (a grade
 *       the term defines), onset (partial date), ongoing}; or {@code none: true}</li>
 *   <li>PRIOR_THERAPY: items {type, description, endDate (partial date)}; or {@code none: true}</li>
 *   <li>DEMOGRAPHICS: ethnicity (optional)</li>
 * </ul>
 * <pre>{@code
 * Map<String, Object> ok = BaselineFormRules.validate(BaselineFormType.VITALS,
 *         Map.of("heightCm", "170", "weightKg", "70", "measuredOn", "2026-01-05"), context);
 * ok.get("bsa");   // 1.82 (Mosteller)
 * }</pre>
 */
public final class BaselineFormRules {

    public static final BigDecimal MIN_HEIGHT_CM = new BigDecimal("100");
    public static final BigDecimal MAX_HEIGHT_CM = new BigDecimal("230");
    public static final BigDecimal MIN_WEIGHT_KG = new BigDecimal("20");
    public static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("250");

    public static final List<String> CONDITION_CATEGORIES = List.of("MEDICAL_HISTORY", "BASELINE_SIGN");
    public static final List<String> THERAPY_TYPES = List.of("SURGERY", "RADIOTHERAPY", "CHEMOTHERAPY", "IMMUNOTHERAPY",
            "TARGETED_THERAPY", "OTHER");

    /**
     * What validation needs to know about the subject and study ({@code tumour}: the definition's classification;
     * {@code period}: the subject's time in the study, which bounds the assessment dates of ECOG and vitals as
     * baseline assessments, see {@link StudyPeriod.Kind#BASELINE}).
     */
    public record Context(LocalDate consentDate, BodySurfaceAreaFormula bsaFormula, CtcaeDictionary ctcae,
            TumourClassification tumour, SiteToday today, StudyPeriod period) {

        /** A context whose period is the consent date and the 28-day screening window of the shipped definitions. */
        public Context(LocalDate consentDate, BodySurfaceAreaFormula bsaFormula, CtcaeDictionary ctcae,
                       TumourClassification tumour, SiteToday today) {
            this(consentDate, bsaFormula, ctcae, tumour, today,
                    new StudyPeriod(consentDate, null, 28, java.util.Optional.empty(), today));
        }

        /** A context whose "today" is the day in UTC (tests and tools without a site). */
        public Context(LocalDate consentDate, BodySurfaceAreaFormula bsaFormula, CtcaeDictionary ctcae,
                       TumourClassification tumour) {
            this(consentDate, bsaFormula, ctcae, tumour, SiteToday.in(ZoneOffset.UTC));
        }
    }

    private BaselineFormRules() {
    }

    /** The normalised data, or {@link org.vigia.shared.InvalidInput} naming every bad field. */
    public static Map<String, Object> validate(BaselineFormType type, Map<String, Object> data, Context ctx) {
        Map<String, Object> in = data == null ? Map.of() : data;
        Map<String, Object> out = new LinkedHashMap<>();
        FieldErrors errors = new FieldErrors();
        switch (type) {
            case DEMOGRAPHICS -> {
                String ethnicity = text(in.get("ethnicity"));
                errors.require(ethnicity == null || ethnicity.length() <= 64, "ethnicity", Text.of(Bundle.SUBJECT, "baseline.refused.ethnicity"));
                out.put("ethnicity", ethnicity);
            }
            case ECOG -> {
                BigDecimal ecog = number(in, "ecog", "ECOG", errors);
                errors.require(ecog == null || isInteger(ecog) && ecog.intValue() >= 0 && ecog.intValue() <= 5, "ecog",
                        Text.of(Bundle.SUBJECT, "baseline.refused.ecog"));
                out.put("ecog", ecog == null ? null : ecog.intValue());
                out.put("assessedOn", date(in, "assessedOn", ctx, errors));
            }
            case VITALS -> {
                BigDecimal height = number(in, "heightCm", "height", errors);
                BigDecimal weight = number(in, "weightKg", "weight", errors);
                errors.require(height == null || height.compareTo(MIN_HEIGHT_CM) >= 0 && height.compareTo(MAX_HEIGHT_CM) <= 0,
                        "heightCm", Text.of(Bundle.SUBJECT, "baseline.refused.height", plain(height), MIN_HEIGHT_CM, MAX_HEIGHT_CM));
                errors.require(weight == null || weight.compareTo(MIN_WEIGHT_KG) >= 0 && weight.compareTo(MAX_WEIGHT_KG) <= 0,
                        "weightKg", Text.of(Bundle.SUBJECT, "baseline.refused.weight", plain(weight), MIN_WEIGHT_KG, MAX_WEIGHT_KG));
                out.put("heightCm", height);
                out.put("weightKg", weight);
                out.put("measuredOn", date(in, "measuredOn", ctx, errors));
                if (errors.isEmpty() && height != null && weight != null) {
                    out.put("bsa", BodySurfaceArea.calculate(ctx.bsaFormula(), height, weight));
                    out.put("bsaFormula", ctx.bsaFormula().name());
                }
            }
            case TUMOUR -> tumour(in, out, ctx.tumour(), errors);
            case MEDICAL_HISTORY -> medicalHistory(in, out, ctx, errors);
            case PRIOR_THERAPY -> priorTherapy(in, out, errors);
            default -> throw new IllegalStateException(type.name());
        }
        errors.throwIfAny();
        return out;
    }

    /** True when every field the form needs is filled ({@code tumour}: the study definition's classification). */
    public static boolean isComplete(BaselineFormType type, Map<String, Object> d, TumourClassification tumour) {
        return switch (type) {
            case DEMOGRAPHICS -> true;
            case ECOG -> d.get("ecog") != null && d.get("assessedOn") != null;
            case VITALS -> d.get("heightCm") != null && d.get("weightKg") != null && d.get("measuredOn") != null;
            case TUMOUR -> d.get("primarySite") != null && d.get("histology") != null && d.get("t") != null
                    && d.get("n") != null && d.get("m") != null && d.get("stage") != null
                    && (!tumour.asksHpvP16((String) d.get("primarySite")) || d.get("hpvP16") != null)
                    && (!tumour.asksEbvDna((String) d.get("primarySite")) || d.get("ebvDna") != null);
            case MEDICAL_HISTORY, PRIOR_THERAPY -> Boolean.TRUE.equals(d.get("none"))
                    || d.get("items") instanceof List<?> l && !l.isEmpty();
        };
    }

    /** BSA for live display, or empty while height/weight are missing or implausible. */
    public static Optional<BigDecimal> bsa(BodySurfaceAreaFormula formula, BigDecimal heightCm, BigDecimal weightKg) {
        if (heightCm == null || weightKg == null || heightCm.compareTo(MIN_HEIGHT_CM) < 0 || heightCm.compareTo(MAX_HEIGHT_CM) > 0
                || weightKg.compareTo(MIN_WEIGHT_KG) < 0 || weightKg.compareTo(MAX_WEIGHT_KG) > 0) {
            return Optional.empty();
        }
        return Optional.of(BodySurfaceArea.calculate(formula, heightCm, weightKg));
    }

    private static void tumour(Map<String, Object> in, Map<String, Object> out, TumourClassification tumour,
                               FieldErrors errors) {
        String site = choice(in, "primarySite", tumour.primarySites(), errors);
        out.put("primarySite", site);
        String histology = text(in.get("histology"));
        errors.require(histology == null || histology.length() <= 200, "histology", Text.of(Bundle.SUBJECT, "baseline.refused.histology"));
        out.put("histology", histology);
        out.put("t", choice(in, "t", tumour.tCategories(), errors));
        out.put("n", choice(in, "n", tumour.nCategories(), errors));
        out.put("m", choice(in, "m", tumour.mCategories(), errors));
        out.put("stage", choice(in, "stage", tumour.stages(), errors));
        boolean recurrent = bool(in.get("recurrent"), "recurrent", errors);
        out.put("recurrent", recurrent);
        String rT = choice(in, "rT", tumour.tCategories(), errors);
        String rN = choice(in, "rN", tumour.nCategories(), errors);
        String rM = choice(in, "rM", tumour.mCategories(), errors);
        if (recurrent && tumour.asksRecurrenceStaging(site)) {
            errors.require(rT != null, "rT", Text.of(Bundle.SUBJECT, "baseline.refused.rT"));
            errors.require(rN != null, "rN", Text.of(Bundle.SUBJECT, "baseline.refused.rN"));
            errors.require(rM != null, "rM", Text.of(Bundle.SUBJECT, "baseline.refused.rM"));
        }
        out.put("rT", recurrent ? rT : null);
        out.put("rN", recurrent ? rN : null);
        out.put("rM", recurrent ? rM : null);
        String hpv = choice(in, "hpvP16", tumour.hpvStatuses(), errors);
        errors.require(hpv == null || tumour.asksHpvP16(site), "hpvP16", Text.of(Bundle.SUBJECT, "baseline.refused.hpv"));
        out.put("hpvP16", hpv);
        BigDecimal cps = number(in, "pdl1Cps", "PD-L1 CPS", errors);
        errors.require(cps == null || cps.signum() >= 0 && cps.compareTo(new BigDecimal("100")) <= 0, "pdl1Cps",
                Text.of(Bundle.SUBJECT, "baseline.refused.cps"));
        out.put("pdl1Cps", cps);
        BigDecimal ebv = number(in, "ebvDna", "EBV DNA", errors);
        errors.require(ebv == null || ebv.signum() >= 0, "ebvDna", Text.of(Bundle.SUBJECT, "baseline.refused.ebvNegative"));
        errors.require(ebv == null || site == null || tumour.asksEbvDna(site), "ebvDna",
                Text.of(Bundle.SUBJECT, "baseline.refused.ebvSite"));
        out.put("ebvDna", ebv);
    }

    private static void medicalHistory(Map<String, Object> in, Map<String, Object> out, Context ctx, FieldErrors errors) {
        boolean none = bool(in.get("none"), "none", errors);
        List<Map<String, Object>> items = new ArrayList<>();
        List<?> raw = in.get("items") instanceof List<?> l ? l : List.of();
        errors.require(!none || raw.isEmpty(), "none", Text.of(Bundle.SUBJECT, "baseline.refused.noneConditions"));
        for (int i = 0; i < raw.size(); i++) {
            Map<?, ?> item = raw.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String p = "items[" + i + "].";
            Map<String, Object> o = new LinkedHashMap<>();
            String category = text(item.get("category"));
            category = category == null ? "MEDICAL_HISTORY" : category;
            errors.require(CONDITION_CATEGORIES.contains(category), p + "category", Text.of(Bundle.SUBJECT, "baseline.refused.category", String.valueOf(CONDITION_CATEGORIES)));
            o.put("category", category);
            String termText = text(item.get("term"));
            Optional<CtcaeTerm> term = termText == null ? Optional.empty() : ctx.ctcae().findByTerm(termText);
            errors.require(term.isPresent(), p + "term", termText == null ? Text.of(Bundle.SUBJECT, "baseline.refused.chooseTerm")
                    : Text.of(Bundle.SUBJECT, "baseline.refused.unknownTerm", termText));
            o.put("term", term.map(CtcaeTerm::term).orElse(termText));
            o.put("meddraCode", term.map(CtcaeTerm::meddraCode).orElse(null));
            BigDecimal grade = number(asMap(item), "grade", "grade", errors, p + "grade");
            boolean gradeOk = grade != null && isInteger(grade) && grade.intValue() >= 1 && grade.intValue() <= 5
                    && term.map(t -> t.isGradeDefined(grade.intValue())).orElse(true);
            errors.require(gradeOk, p + "grade", grade == null ? Text.of(Bundle.SUBJECT, "baseline.refused.gradeRequired")
                    : Text.of(Bundle.SUBJECT, "baseline.refused.gradeUndefined", plain(grade),
                            term.<Object>map(CtcaeTerm::term).orElse(Text.of(Bundle.SUBJECT, "baseline.thisTerm"))));
            o.put("grade", grade == null ? null : grade.intValue());
            String onset = text(item.get("onset"));
            if (onset != null) {
                try {
                    onset = PartialDate.parse(onset).toIso();
                } catch (RuntimeException e) {
                    errors.require(false, p + "onset", Text.of(Bundle.SUBJECT, "baseline.refused.onset", onset));
                }
            }
            o.put("onset", onset);
            o.put("ongoing", item.get("ongoing") == null || bool(item.get("ongoing"), p + "ongoing", errors));
            items.add(o);
        }
        out.put("none", none);
        out.put("items", items);
    }

    private static void priorTherapy(Map<String, Object> in, Map<String, Object> out, FieldErrors errors) {
        boolean none = bool(in.get("none"), "none", errors);
        List<Map<String, Object>> items = new ArrayList<>();
        List<?> raw = in.get("items") instanceof List<?> l ? l : List.of();
        errors.require(!none || raw.isEmpty(), "none", Text.of(Bundle.SUBJECT, "baseline.refused.noneTherapies"));
        for (int i = 0; i < raw.size(); i++) {
            Map<?, ?> item = raw.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String p = "items[" + i + "].";
            Map<String, Object> o = new LinkedHashMap<>();
            String t = text(item.get("type"));
            errors.require(t != null && THERAPY_TYPES.contains(t), p + "type", Text.of(Bundle.SUBJECT, "baseline.refused.type", String.valueOf(THERAPY_TYPES)));
            o.put("type", t);
            String description = text(item.get("description"));
            errors.require(description != null && description.length() <= 500, p + "description",
                    Text.of(Bundle.SUBJECT, "baseline.refused.description"));
            o.put("description", description);
            String end = text(item.get("endDate"));
            if (end != null) {
                try {
                    end = PartialDate.parse(end).toIso();
                } catch (RuntimeException e) {
                    errors.require(false, p + "endDate", Text.of(Bundle.SUBJECT, "baseline.refused.endDate", end));
                }
            }
            o.put("endDate", end);
            items.add(o);
        }
        out.put("none", none);
        out.put("items", items);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static String date(Map<String, Object> in, String field, Context ctx, FieldErrors errors) {
        String t = text(in.get(field));
        if (t == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(t);
            errors.require(ctx.today().allows(d), field, ctx.today().future(field, d));
            ctx.period().check(errors, StudyPeriod.Kind.BASELINE, field, d);
            return d.toString();
        } catch (DateTimeParseException e) {
            errors.require(false, field, Text.of(Bundle.SUBJECT, "baseline.refused.notDate", t));
            return null;
        }
    }

    private static String choice(Map<String, Object> in, String field, List<String> allowed, FieldErrors errors) {
        String t = text(in.get(field));
        errors.require(t == null || allowed.contains(t), field, Text.of(Bundle.SUBJECT, "baseline.refused.notOneOf", t, String.valueOf(allowed)));
        return t != null && allowed.contains(t) ? t : null;
    }

    private static BigDecimal number(Map<String, Object> in, String field, String what, FieldErrors errors) {
        return number(in, field, what, errors, field);
    }

    private static BigDecimal number(Map<String, Object> in, String field, String what, FieldErrors errors, String errorField) {
        Object v = in.get(field);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(v.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.require(false, errorField, Text.of(Bundle.SUBJECT, "baseline.refused.notNumber", v, what));
            return null;
        }
    }

    private static boolean isInteger(BigDecimal d) {
        return d.stripTrailingZeros().scale() <= 0;
    }

    private static String text(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    /** true or false (a JSON boolean, or the text "true"/"false" a form sends); anything else is refused. */
    private static boolean bool(Object v, String field, FieldErrors errors) {
        if (v == null || v instanceof Boolean) {
            return Boolean.TRUE.equals(v);
        }
        String t = v.toString().trim();
        boolean ok = t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false") || t.isEmpty();
        errors.require(ok, field, Text.of(Bundle.SUBJECT, "baseline.refused.notBoolean", field, v));
        return t.equalsIgnoreCase("true");
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
