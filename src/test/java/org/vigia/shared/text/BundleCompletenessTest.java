package org.vigia.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigia.account.Role;
import org.vigia.ae.ActionTaken;
import org.vigia.ae.AeOutcome;
import org.vigia.ae.Causality;
import org.vigia.ae.ImmuneRelatedCategory;
import org.vigia.ae.ProposedAdverseEvent;
import org.vigia.ae.SeriousnessCriterion;
import org.vigia.study.definition.DoseAction;
import org.vigia.dosing.DoseModificationEvent;
import org.vigia.dosing.InfusionCheck;
import org.vigia.dosing.ProtocolDeviation;
import org.vigia.dosing.TreatmentAdministration;
import org.vigia.followup.DiseaseEvent;
import org.vigia.followup.FollowUpContact;
import org.vigia.followup.TreatmentEnd;
import org.vigia.response.ImagingMethod;
import org.vigia.response.IrradiationStatus;
import org.vigia.response.LesionRole;
import org.vigia.response.NewLesions;
import org.vigia.response.NonTargetStatus;
import org.vigia.response.Organ;
import org.vigia.response.RecistResponse;
import org.vigia.response.TargetFinding;
import org.vigia.study.definition.AgentClass;
import org.vigia.study.definition.AllocationMethod;
import org.vigia.study.definition.StudyPhase;
import org.vigia.subject.SubjectStatus;
import org.vigia.subject.VisitStatus;

/**
 * Every bundle family (each {@code *.properties} under {@code org/vigia} and {@code ValidationMessages}) has the same
 * keys in English, Simplified Chinese and French with the same placeholders, its patterns keep their arguments (a
 * lone quote in a MessageFormat pattern swallows them), and every code shown on a screen has a label in each
 * language.
 */
class BundleCompletenessTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*([^{},\\s]+)");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    /** The enums shown on screens, with the bundle and key prefix of their labels (then the constant's name). */
    private static final Map<Class<? extends Enum<?>>, Label> SHOWN = Map.ofEntries(
            Map.entry(Role.class, new Label(Bundle.MESSAGES, "enum.Role.")),
            Map.entry(StudyPhase.class, new Label(Bundle.SUBJECT, "enum.StudyPhase.")),
            Map.entry(AllocationMethod.class, new Label(Bundle.SUBJECT, "allocation.")),
            Map.entry(SubjectStatus.class, new Label(Bundle.SUBJECT, "status.")),
            Map.entry(VisitStatus.class, new Label(Bundle.SUBJECT, "cell.")),
            Map.entry(Causality.class, new Label(Bundle.AE, "enum.Causality.")),
            Map.entry(ActionTaken.class, new Label(Bundle.AE, "enum.ActionTaken.")),
            Map.entry(AeOutcome.class, new Label(Bundle.AE, "enum.AeOutcome.")),
            Map.entry(SeriousnessCriterion.class, new Label(Bundle.AE, "enum.SeriousnessCriterion.")),
            Map.entry(ImmuneRelatedCategory.class, new Label(Bundle.AE, "enum.ImmuneRelatedCategory.")),
            Map.entry(ProposedAdverseEvent.Status.class, new Label(Bundle.AE, "enum.ProposalStatus.")),
            Map.entry(DoseAction.class, new Label(Bundle.DOSING, "dose.action.")),
            Map.entry(TreatmentAdministration.Status.class, new Label(Bundle.DOSING, "dose.status.")),
            Map.entry(AgentClass.class, new Label(Bundle.DOSING, "enum.AgentClass.")),
            Map.entry(InfusionCheck.Outcome.class, new Label(Bundle.DOSING, "enum.InfusionOutcome.")),
            Map.entry(DoseModificationEvent.Kind.class, new Label(Bundle.DOSING, "enum.DoseModificationKind.")),
            Map.entry(ProtocolDeviation.Kind.class, new Label(Bundle.DOSING, "enum.DeviationKind.")),
            Map.entry(TreatmentEnd.Kind.class, new Label(Bundle.DOSING, "fu.kind.")),
            Map.entry(TreatmentEnd.Reason.class, new Label(Bundle.DOSING, "fu.reason.")),
            Map.entry(FollowUpContact.SurvivalStatus.class, new Label(Bundle.DOSING, "fu.survival.")),
            Map.entry(FollowUpContact.DeathCause.class, new Label(Bundle.DOSING, "fu.cause.")),
            Map.entry(DiseaseEvent.Kind.class, new Label(Bundle.DOSING, "fu.event.")),
            Map.entry(DiseaseEvent.Extent.class, new Label(Bundle.DOSING, "fu.extent.")),
            Map.entry(RecistResponse.class, new Label(Bundle.RESPONSE, "enum.RecistResponse.")),
            Map.entry(Organ.class, new Label(Bundle.RESPONSE, "organ.")),
            Map.entry(ImagingMethod.class, new Label(Bundle.RESPONSE, "method.")),
            Map.entry(IrradiationStatus.class, new Label(Bundle.RESPONSE, "irradiation.")),
            Map.entry(LesionRole.class, new Label(Bundle.RESPONSE, "role.")),
            Map.entry(TargetFinding.class, new Label(Bundle.RESPONSE, "target.")),
            Map.entry(NonTargetStatus.class, new Label(Bundle.RESPONSE, "nonTarget.")),
            Map.entry(NewLesions.class, new Label(Bundle.RESPONSE, "newLesions.")),
            Map.entry(org.vigia.form.FormStatus.class, new Label(Bundle.FORM, "enum.FormStatus.")),
            Map.entry(org.vigia.form.web.CasebookRows.ProcedureState.class, new Label(Bundle.FORM, "enum.ProcedureState.")));

    /** Codes kept as strings and shown through {@code #{labels.code(type, code)}}. */
    private static final Map<String, List<String>> SHOWN_CODES = Map.of(
            "EmailStatus", List.of("PENDING", "SENT", "NOT_CONFIGURED", "NO_ADDRESS", "FAILED"),
            "SafetyContactRole", List.of("SPONSOR_SAFETY_DESK", "PRINCIPAL_INVESTIGATOR"),
            "RadiotherapyEvent", List.of("COMPLETE_RESPONSE", "ULCER", "SEVERE_RADIATION_INJURY"),
            "AuditAction", List.of("SIGN_IN", "SIGN_IN_FAILED", "SIGN_OUT", "CREATE", "UPDATE", "DELETE", "GRANT_ROLE",
                    "REVOKE_ROLE", "RESET_PASSWORD", "ENROL", "SIGN", "ACCESS_REFUSED"),
            "VisitProcedure", List.of("LABS", "PRE_CYCLE_LABS", "BLOOD_COUNT", "DOSING", "WEIGHT", "INFUSION_TIMES",
                    "RADIOTHERAPY", "RT_CUMULATIVE_DOSE", "SKIN_REACTION_CTCAE", "ORAL_MUCOSITIS_RTOG",
                    "TUMOUR_ASSESSMENT", "SURVIVAL_STATUS", "ADVERSE_EVENTS"));

    private record Label(Bundle bundle, String prefix) {
    }

    static Stream<Path> families() throws IOException {
        List<Path> bases = new ArrayList<>();
        bases.add(RESOURCES.resolve("ValidationMessages.properties"));
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("org/vigia"))) {
            files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .forEach(bases::add);
        }
        return bases.stream();
    }

    @Test
    void everyFamilyOfTheTextMechanismIsABundleHere() throws IOException {
        List<Path> found = families().toList();
        assertTrue(found.size() >= Bundle.values().length + 1, found.toString());
        for (Bundle b : Bundle.values()) {
            assertTrue(found.contains(RESOURCES.resolve(b.baseName().replace('.', '/') + ".properties")), b.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void englishAndChineseHaveTheSameKeysAndPlaceholders(Path english) throws IOException {
        Path chinese = english.resolveSibling(english.getFileName().toString().replace(".properties", "_zh_CN.properties"));
        assertTrue(Files.exists(chinese), "no Chinese twin of " + english);
        Properties en = load(english);
        Properties zh = load(chinese);
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()),
                "keys of " + english.getFileName() + " and its Chinese twin");
        List<String> wrong = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            Set<String> a = placeholders(en.getProperty(key));
            Set<String> b = placeholders(zh.getProperty(key));
            if (!a.equals(b)) {
                wrong.add(key + ": " + a + " / " + b);
            }
        }
        assertTrue(wrong.isEmpty(), "placeholders differ in " + english.getFileName() + ": " + wrong);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void englishAndFrenchHaveTheSameKeysAndPlaceholders(Path english) throws IOException {
        Path french = twin(english, "_fr");
        assertTrue(Files.exists(french), "no French twin of " + english);
        Properties en = load(english);
        Properties fr = load(french);
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()),
                "keys of " + english.getFileName() + " and its French twin");
        List<String> wrong = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            // the whole placeholder, so {1,number} stays {1,number}
            if (!fullPlaceholders(en.getProperty(key)).equals(fullPlaceholders(fr.getProperty(key)))) {
                wrong.add(key + ": " + en.getProperty(key) + " / " + fr.getProperty(key));
            }
            if (fr.getProperty(key).isBlank() && !en.getProperty(key).isBlank()) {
                blank.add(key);
            }
        }
        assertTrue(wrong.isEmpty(), "placeholders differ in " + french.getFileName() + ": " + wrong);
        assertTrue(blank.isEmpty(), "blank French texts in " + french.getFileName() + ": " + blank);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void patternsWithArgumentsShowEveryArgument(Path english) throws IOException {
        if (english.getFileName().toString().startsWith("ValidationMessages")) {
            return; // Bean Validation interpolates {attribute} names, not MessageFormat
        }
        List<String> wrong = new ArrayList<>();
        for (Path file : List.of(english, twin(english, "_zh_CN"), twin(english, "_fr"))) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                Set<String> indices = placeholders(pattern);
                if (indices.isEmpty() || !indices.stream().allMatch(i -> i.matches("\\d+"))
                        || pattern.matches("(?s).*\\{\\s*\\d+\\s*,.*")) {
                    continue;
                }
                int n = indices.stream().mapToInt(Integer::parseInt).max().orElse(0) + 1;
                Object[] args = new Object[n];
                for (int i = 0; i < n; i++) {
                    args[i] = "\u00abARG" + i + "\u00bb";
                }
                try {
                    String shown = new MessageFormat(pattern, Locale.ENGLISH).format(args);
                    for (String i : indices) {
                        if (!shown.contains("\u00abARG" + i + "\u00bb")) {
                            wrong.add(file.getFileName() + " " + key + " loses {" + i + "}");
                        }
                    }
                } catch (IllegalArgumentException e) {
                    wrong.add(file.getFileName() + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertTrue(wrong.isEmpty(), "write a quote as '' in a pattern with arguments: " + wrong);
    }

    @Test
    void everyEnumShownOnAScreenHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        SHOWN.forEach((type, label) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = label.prefix() + constant.name();
                checkLabel(label.bundle(), key, missing);
            }
        });
        assertTrue(missing.isEmpty(), "labels missing: " + missing);
    }

    @Test
    void everyCodeShownOnAScreenHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        SHOWN_CODES.forEach((type, codes) -> codes.forEach(code -> {
            String key = "enum." + type + "." + code;
            boolean somewhere = false;
            for (Bundle b : Bundle.values()) {
                somewhere |= Texts.find(b, Locale.ENGLISH, key).isPresent();
            }
            if (!somewhere) {
                missing.add(key);
            }
            for (Bundle b : Bundle.values()) {
                if (Texts.find(b, Locale.ENGLISH, key).isPresent()) {
                    checkLabel(b, key, missing);
                }
            }
        }));
        assertTrue(missing.isEmpty(), "labels missing: " + missing);
    }

    /** The casebook and the schedule show every procedure a shipped study definition's visits list, by its label. */
    @Test
    void everyVisitProcedureOfTheShippedDefinitionsHasALabelInEachLanguage() {
        Set<String> procedures = new TreeSet<>();
        org.vigia.study.definition.StudyDefinitionCatalog.loadFromClasspath("studies/").definitions()
                .forEach(d -> d.visits().forEach(v -> procedures.addAll(v.procedures())));
        assertTrue(procedures.size() > 20, procedures.toString());
        List<String> missing = new ArrayList<>();
        procedures.forEach(p -> checkLabel(Bundle.SUBJECT, "enum.VisitProcedure." + p, missing));
        assertTrue(missing.isEmpty(), "labels missing: " + missing);
    }

    @Test
    void theEnumLabelsUseTheKeysThatTextsLabelReads() {
        assertEquals("Investigator", Texts.label(Bundle.MESSAGES, Locale.ENGLISH, Role.INVESTIGATOR));
        assertEquals("研究者", Texts.label(Bundle.MESSAGES, Locale.SIMPLIFIED_CHINESE, Role.INVESTIGATOR));
        assertEquals("PR", Texts.label(Bundle.RESPONSE, Locale.ENGLISH, RecistResponse.PR));
        assertFalse(Texts.label(Bundle.AE, Locale.SIMPLIFIED_CHINESE, AeOutcome.FATAL).equals("FATAL"));
        assertEquals("Investigateur", Texts.label(Bundle.MESSAGES, Locale.FRENCH, Role.INVESTIGATOR));
        assertEquals("Investigateur", Texts.label(Bundle.MESSAGES, Locale.FRANCE, Role.INVESTIGATOR));
        assertEquals("Décès", Texts.label(Bundle.AE, Locale.FRENCH, AeOutcome.FATAL));
    }

    /**
     * The label exists in English, in Chinese, where it is Chinese text unless it is the same abbreviation, and in
     * French.
     */
    private static void checkLabel(Bundle bundle, String key, List<String> missing) {
        Properties en = loadQuietly(bundle, "");
        Properties zh = loadQuietly(bundle, "_zh_CN");
        Properties fr = loadQuietly(bundle, "_fr");
        String english = en.getProperty(key);
        String chinese = zh.getProperty(key);
        String french = fr.getProperty(key);
        if (english == null || chinese == null || french == null || french.isBlank()) {
            missing.add(bundle + " " + key);
        } else if (!CJK.matcher(chinese).find() && !chinese.equals(english)) { // CT, MRI: the same in both
            missing.add(bundle + " " + key + " (not Chinese: " + chinese + ")");
        }
    }

    private static Properties loadQuietly(Bundle bundle, String suffix) {
        try {
            return load(RESOURCES.resolve(bundle.baseName().replace('.', '/') + suffix + ".properties"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Path twin(Path english, String suffix) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", suffix + ".properties"));
    }

    private static final Pattern FULL_PLACEHOLDER = Pattern.compile("\\{[^{}]+}");

    private static Set<String> fullPlaceholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = FULL_PLACEHOLDER.matcher(pattern == null ? "" : pattern);
        while (m.find()) {
            found.add(m.group().replaceAll("\\s", ""));
        }
        return found;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern == null ? "" : pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
