package org.vigia.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.vigia.demo.TrialPlan.PlannedAdverseEvent;
import org.vigia.demo.TrialPlan.SubjectPlan;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.ItemType;

/**
 * What a site writes on the defined forms of a visit (the form library's), plausibly for the subject's story: the
 * values by item path for the form's save, or empty when the generator leaves that form alone. Pure: the same plan,
 * visit and seed give the same values.
 * <ul>
 *   <li>{@code QOL}: the EORTC answers follow how the subject is doing that day (a burden drawn per subject, raised by
 *       the grade of the adverse events going on), with noise; a question now and then left unanswered.</li>
 *   <li>{@code VS}: the subject's height and weight (weight drifting down on treatment), blood pressure, pulse and
 *       temperature within normal limits.</li>
 *   <li>{@code EC}: the subject's baseline ECOG score, one worse while a grade 3 or higher event goes on.</li>
 *   <li>{@code RP}: a woman under 50 is of childbearing potential; her test is negative (urine or serum).</li>
 *   <li>{@code HB}: hepatitis B and C serology negative (one in twenty HBsAg positive with an HBV DNA under 500 IU/mL,
 *       as the eligibility criteria allow).</li>
 *   <li>{@code ST}: after a progression, six in ten subjects start a second-line therapy two to six weeks later (the
 *       same therapy at every follow-up visit); others, and every subject without progression, answer no.</li>
 *   <li>{@code BS}: one EDTA whole-blood sample per visit, four aliquots stored at −80 °C; a few used for the cytokine
 *       panel.</li>
 *   <li>{@code RTP}: the planning CT (3 mm slices, IMRT), the target volumes of the study's definitive course and the
 *       spinal cord and parotid constraints with plan values (a parotid over its limit is accepted with a reason).</li>
 *   <li>{@code UC}: no ulcer (an ulcer would stop the radiotherapy the plan goes on giving).</li>
 * </ul>
 */
final class DemoForms {

    private static final List<String> SECOND_LINE = List.of("Docetaxel + cetuximab", "Cetuximab + platinum + 5-FU",
            "Methotrexate", "Paclitaxel + cetuximab", "Capecitabine");

    private DemoForms() {
    }

    /** What the site enters on {@code form} at {@code visitCode} on {@code on}; empty to leave it. */
    static Optional<Map<String, Object>> values(FormDefinition form, SubjectPlan plan, String subjectLabel,
                                                String visitCode, LocalDate on, Random random) {
        Map<String, Object> v = new LinkedHashMap<>();
        switch (form.oid()) {
            case "QOL" -> questionnaire(form, plan, on, random, v);
            case "VS" -> {
                v.put("VS[0].VSDAT", on.toString());
                if (plan.heightCm() != null) {
                    v.put("VS[0].HEIGHT", plan.heightCm().setScale(1, RoundingMode.HALF_UP).toPlainString());
                }
                if (plan.weightKg() != null) {
                    double loss = plan.enrolledOn() == null ? 0
                            : Math.min(6, Math.max(0, java.time.temporal.ChronoUnit.WEEKS.between(plan.enrolledOn(), on)) * 0.25);
                    v.put("VS[0].WEIGHT", BigDecimal.valueOf(plan.weightKg().doubleValue() - loss + random.nextGaussian() * 0.6)
                            .setScale(1, RoundingMode.HALF_UP).toPlainString());
                }
                v.put("VS[0].SYSBP", String.valueOf(112 + random.nextInt(26)));
                v.put("VS[0].DIABP", String.valueOf(66 + random.nextInt(20)));
                v.put("VS[0].PULSE", String.valueOf(62 + random.nextInt(30)));
                v.put("VS[0].TEMP", BigDecimal.valueOf(36.3 + random.nextInt(9) / 10.0).setScale(1, RoundingMode.HALF_UP)
                        .toPlainString());
            }
            case "EC" -> {
                v.put("EC[0].ECDAT", on.toString());
                int score = Math.min(4, plan.ecog() + (gradeOn(plan, on) >= 3 ? 1 : 0));
                v.put("EC[0].ECOG", String.valueOf(score));
            }
            case "RP" -> {
                boolean childbearing = "F".equals(plan.sex()) && on.getYear() - plan.birthYear() < 50;
                v.put("RPCBP[0].RPCBP", childbearing ? "Y" : "N");
                if (childbearing) {
                    v.put("RP[0].RPDAT", on.toString());
                    v.put("RP[0].RPSPEC", random.nextBoolean() ? "URINE" : "SERUM");
                    v.put("RP[0].RPORRES", "NEGATIVE");
                }
            }
            case "HB" -> {
                v.put("HB[0].HBDAT", on.toString());
                boolean carrier = random.nextDouble() < 0.05;
                v.put("HB[0].HBSAG", carrier ? "POSITIVE" : "NEGATIVE");
                if (carrier) {
                    v.put("HB[0].HBVDNA", String.valueOf(20 + random.nextInt(460)));
                }
                v.put("HB[0].HCVAB", "NEGATIVE");
            }
            case "ST" -> {
                // per subject, not per visit: the same second line at every follow-up visit
                Random subject = new Random(plan.screeningNumber().hashCode() ^ 0x57);
                boolean treated = subject.nextDouble() < 0.6;
                LocalDate start = plan.progressionDate() == null ? null
                        : plan.progressionDate().plusDays(14 + subject.nextInt(29));
                String regimen = SECOND_LINE.get(subject.nextInt(SECOND_LINE.size()));
                boolean started = treated && start != null && !start.isAfter(on)
                        && (plan.deathDate() == null || start.isBefore(plan.deathDate()));
                v.put("STANY[0].STYN", started ? "Y" : "N");
                if (started) {
                    v.put("ST[0].STREG", regimen);
                    v.put("ST[0].STLINE", "2");
                    v.put("ST[0].STSTDAT", start.toString());
                }
            }
            case "BS" -> {
                v.put("BS[0].BSREFID", plan.screeningNumber() + "-" + visitCode + "-01");
                v.put("BS[0].BSSPEC", "WHOLE_BLOOD");
                v.put("BS[0].BSTUBE", "EDTA_5ML");
                v.put("BS[0].BSDAT", on.toString());
                int hour = 8 + random.nextInt(3);
                v.put("BS[0].BSTIM", String.format("%02d:%02d", hour, random.nextInt(4) * 15));
                v.put("BS[0].BSPRCTIM", String.format("%02d:%02d", hour + 1, random.nextInt(4) * 15));
                v.put("BS[0].BSALIQ", "4");
                v.put("BS[0].BSFRZR", "F80-" + plan.siteCode());
                v.put("BS[0].BSRACK", "R" + (1 + plan.index() / 81));
                v.put("BS[0].BSBOX", "B" + (1 + plan.index() / 9 % 9));
                v.put("BS[0].BSPOS", String.valueOf((char) ('A' + plan.index() % 9)) + (1 + random.nextInt(9)));
                v.put("BS[0].BSTEMP", "-80");
                boolean used = random.nextDouble() < 0.2;
                v.put("BS[0].BSSTAT", used ? "USED" : "STORED");
                if (used) {
                    v.put("BS[0].BSASSAY", "Cytokine panel (12-plex)");
                }
            }
            case "RTP" -> {
                v.put("RTCT[0].RTCTDAT", on.toString());
                v.put("RTCT[0].RTCTSLC", random.nextBoolean() ? "3.0" : "2.5");
                v.put("RTCT[0].RTTECH", "IMRT");
                String[][] targets = {{"GTVP", "70.0"}, {"GTVN", "66.0"}, {"CTV", "54.0"}};
                for (int i = 0; i < targets.length; i++) {
                    v.put("RTTV[" + i + "].RTTVNAM", targets[i][0]);
                    v.put("RTTV[" + i + "].RTTVCC", BigDecimal.valueOf(10 + random.nextInt(900) / 10.0 * (i + 1))
                            .setScale(1, RoundingMode.HALF_UP).toPlainString());
                    v.put("RTTV[" + i + "].RTTVDOSE", targets[i][1]);
                    v.put("RTTV[" + i + "].RTTVFX", "30");
                }
                v.put("RTOAR[0].RTOARNAM", "SPINAL_CORD");
                v.put("RTOAR[0].RTOARLIM", "45.0");
                v.put("RTOAR[0].RTOARVAL", BigDecimal.valueOf(36 + random.nextInt(80) / 10.0).setScale(1, RoundingMode.HALF_UP)
                        .toPlainString());
                v.put("RTOAR[0].RTOARMET", "Y");
                double parotid = 20 + random.nextInt(80) / 10.0;
                v.put("RTOAR[1].RTOARNAM", "PAROTID_L");
                v.put("RTOAR[1].RTOARLIM", "26.0");
                v.put("RTOAR[1].RTOARVAL", BigDecimal.valueOf(parotid).setScale(1, RoundingMode.HALF_UP).toPlainString());
                v.put("RTOAR[1].RTOARMET", parotid <= 26 ? "Y" : "N");
                if (parotid > 26) {
                    v.put("RTOAR[1].RTOARWHY", "Nodal disease next to the left parotid: target coverage kept");
                }
            }
            case "UC" -> {
                v.put("UC[0].UCDAT", on.toString());
                v.put("UC[0].UCYN", "N");
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(v);
    }

    private static void questionnaire(FormDefinition form, SubjectPlan plan, LocalDate on, Random random,
                                      Map<String, Object> values) {
        double baseline = 0.1 + new Random(plan.screeningNumber().hashCode() ^ 0x0A11).nextDouble() * 0.3;
        double burden = Math.min(1, baseline + 0.15 * gradeOn(plan, on) + random.nextGaussian() * 0.05);
        for (var g : form.groups()) {
            for (var item : g.items()) {
                String path = g.oid() + "[0]." + item.oid();
                if (item.type() == ItemType.DATE) {
                    values.put(path, on.toString());
                    continue;
                }
                if (item.instrumentItem() == null || random.nextDouble() < 0.02) {
                    continue; // a question left unanswered
                }
                List<String> codes = form.codeList(item.codeList()).orElseThrow().codeValues();
                double x = Math.max(0, Math.min(1, burden + random.nextGaussian() * 0.15));
                // the 7-point global health questions run the other way: 7 is excellent
                int index = (int) Math.round(x * (codes.size() - 1));
                values.put(path, codes.get(codes.size() == 7 ? codes.size() - 1 - index : index));
            }
        }
    }

    /** The highest grade of the subject's adverse events going on that day (0: none). */
    private static int gradeOn(SubjectPlan plan, LocalDate on) {
        int grade = 0;
        for (PlannedAdverseEvent e : plan.adverseEvents()) {
            if (!e.onset().isAfter(on) && (e.end() == null || !e.end().isBefore(on))) {
                grade = Math.max(grade, e.grade());
            }
        }
        return grade;
    }
}
