package org.vigia.subject;

import java.time.ZoneOffset;
import org.vigia.shared.SiteToday;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.terminology.CtcaeTerm;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.PartialDate;
import org.vigia.shared.clinical.BodySurfaceArea;
import org.vigia.shared.clinical.BodySurfaceAreaFormula;
import org.vigia.study.definition.TumourClassification;

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

    /** What validation needs to know about the subject and study ({@code tumour}: the definition's classification). */
    public record Context(LocalDate consentDate, BodySurfaceAreaFormula bsaFormula, CtcaeDictionary ctcae,
            TumourClassification tumour, SiteToday today) {

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
                errors.require(ethnicity == null || ethnicity.length() <= 64, "ethnicity", "Ethnicity is at most 64 characters.");
                out.put("ethnicity", ethnicity);
            }
            case ECOG -> {
                BigDecimal ecog = number(in, "ecog", "ECOG", errors);
                errors.require(ecog == null || isInteger(ecog) && ecog.intValue() >= 0 && ecog.intValue() <= 5, "ecog",
                        "ECOG performance status is a whole number from 0 to 5.");
                out.put("ecog", ecog == null ? null : ecog.intValue());
                out.put("assessedOn", date(in, "assessedOn", ctx, errors));
            }
            case VITALS -> {
                BigDecimal height = number(in, "heightCm", "height", errors);
                BigDecimal weight = number(in, "weightKg", "weight", errors);
                errors.require(height == null || height.compareTo(MIN_HEIGHT_CM) >= 0 && height.compareTo(MAX_HEIGHT_CM) <= 0,
                        "heightCm", "Height " + plain(height) + " cm is not plausible: enter " + MIN_HEIGHT_CM + "-"
                                + MAX_HEIGHT_CM + " cm.");
                errors.require(weight == null || weight.compareTo(MIN_WEIGHT_KG) >= 0 && weight.compareTo(MAX_WEIGHT_KG) <= 0,
                        "weightKg", "Weight " + plain(weight) + " kg is not plausible: enter " + MIN_WEIGHT_KG + "-"
                                + MAX_WEIGHT_KG + " kg.");
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
        errors.require(histology == null || histology.length() <= 200, "histology", "Histology is at most 200 characters.");
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
            errors.require(rT != null, "rT", "Recurrent nasopharyngeal carcinoma needs the rT category.");
            errors.require(rN != null, "rN", "Recurrent nasopharyngeal carcinoma needs the rN category.");
            errors.require(rM != null, "rM", "Recurrent nasopharyngeal carcinoma needs the rM category.");
        }
        out.put("rT", recurrent ? rT : null);
        out.put("rN", recurrent ? rN : null);
        out.put("rM", recurrent ? rM : null);
        String hpv = choice(in, "hpvP16", tumour.hpvStatuses(), errors);
        errors.require(hpv == null || tumour.asksHpvP16(site), "hpvP16", "HPV/p16 status is recorded for oropharyngeal cancer only.");
        out.put("hpvP16", hpv);
        BigDecimal cps = number(in, "pdl1Cps", "PD-L1 CPS", errors);
        errors.require(cps == null || cps.signum() >= 0 && cps.compareTo(new BigDecimal("100")) <= 0, "pdl1Cps",
                "PD-L1 combined positive score is 0 to 100.");
        out.put("pdl1Cps", cps);
        BigDecimal ebv = number(in, "ebvDna", "EBV DNA", errors);
        errors.require(ebv == null || ebv.signum() >= 0, "ebvDna", "EBV DNA (copies/mL) cannot be negative.");
        errors.require(ebv == null || site == null || tumour.asksEbvDna(site), "ebvDna",
                "EBV DNA is recorded for nasopharyngeal carcinoma only.");
        out.put("ebvDna", ebv);
    }

    private static void medicalHistory(Map<String, Object> in, Map<String, Object> out, Context ctx, FieldErrors errors) {
        boolean none = bool(in.get("none"), "none", errors);
        List<Map<String, Object>> items = new ArrayList<>();
        List<?> raw = in.get("items") instanceof List<?> l ? l : List.of();
        errors.require(!none || raw.isEmpty(), "none", "'None' cannot be ticked while conditions are listed.");
        for (int i = 0; i < raw.size(); i++) {
            Map<?, ?> item = raw.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String p = "items[" + i + "].";
            Map<String, Object> o = new LinkedHashMap<>();
            String category = text(item.get("category"));
            category = category == null ? "MEDICAL_HISTORY" : category;
            errors.require(CONDITION_CATEGORIES.contains(category), p + "category", "Category is one of " + CONDITION_CATEGORIES + ".");
            o.put("category", category);
            String termText = text(item.get("term"));
            Optional<CtcaeTerm> term = termText == null ? Optional.empty() : ctx.ctcae().findByTerm(termText);
            errors.require(term.isPresent(), p + "term", termText == null ? "Choose the CTCAE term."
                    : "'" + termText + "' is not a CTCAE v5.0 term.");
            o.put("term", term.map(CtcaeTerm::term).orElse(termText));
            o.put("meddraCode", term.map(CtcaeTerm::meddraCode).orElse(null));
            BigDecimal grade = number(asMap(item), "grade", "grade", errors, p + "grade");
            boolean gradeOk = grade != null && isInteger(grade) && grade.intValue() >= 1 && grade.intValue() <= 5
                    && term.map(t -> t.isGradeDefined(grade.intValue())).orElse(true);
            errors.require(gradeOk, p + "grade", grade == null ? "Enter the CTCAE grade."
                    : "Grade " + plain(grade) + " is not defined for " + term.map(CtcaeTerm::term).orElse("this term") + ".");
            o.put("grade", grade == null ? null : grade.intValue());
            String onset = text(item.get("onset"));
            if (onset != null) {
                try {
                    onset = PartialDate.parse(onset).toIso();
                } catch (RuntimeException e) {
                    errors.require(false, p + "onset", "Onset '" + onset + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");
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
        errors.require(!none || raw.isEmpty(), "none", "'None' cannot be ticked while therapies are listed.");
        for (int i = 0; i < raw.size(); i++) {
            Map<?, ?> item = raw.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String p = "items[" + i + "].";
            Map<String, Object> o = new LinkedHashMap<>();
            String t = text(item.get("type"));
            errors.require(t != null && THERAPY_TYPES.contains(t), p + "type", "Type is one of " + THERAPY_TYPES + ".");
            o.put("type", t);
            String description = text(item.get("description"));
            errors.require(description != null && description.length() <= 500, p + "description",
                    "Describe the therapy (at most 500 characters).");
            o.put("description", description);
            String end = text(item.get("endDate"));
            if (end != null) {
                try {
                    end = PartialDate.parse(end).toIso();
                } catch (RuntimeException e) {
                    errors.require(false, p + "endDate", "End date '" + end + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");
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
            errors.require(ctx.consentDate() == null || !d.isBefore(ctx.consentDate().minusDays(28)), field,
                    "The date is more than 28 days before informed consent (" + ctx.consentDate() + ").");
            return d.toString();
        } catch (DateTimeParseException e) {
            errors.require(false, field, "'" + t + "' is not a date (YYYY-MM-DD).");
            return null;
        }
    }

    private static String choice(Map<String, Object> in, String field, List<String> allowed, FieldErrors errors) {
        String t = text(in.get(field));
        errors.require(t == null || allowed.contains(t), field, "'" + t + "' is not one of " + allowed + ".");
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
            errors.require(false, errorField, "'" + v + "' is not a number (" + what + ").");
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
        errors.require(ok, field, "'" + field + "' must be true or false (got '" + v + "').");
        return t.equalsIgnoreCase("true");
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
