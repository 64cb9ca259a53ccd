package org.vigia.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.form.definition.EditCheck;
import org.vigia.form.definition.FormCatalog;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.FormDefinitionReader;
import org.vigia.form.definition.FormLibrary;
import org.vigia.form.definition.ItemType;
import org.vigia.form.definition.Operator;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Texts;

/** The form engine on the shipped forms (and a small one with a multiple choice): one rule per test. */
class FormEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private static FormLibrary library;

    @BeforeAll
    static void load() {
        library = FormCatalog.loadFromClasspath("forms/").library();
    }

    private static FormDefinition form(String oid) {
        return library.latest(oid).orElseThrow();
    }

    private static FormResult save(String oid, Map<String, ?> values) {
        return FormEngine.evaluate(form(oid), values, Set.of(), Map.of(), TODAY);
    }

    private static InvalidInput refused(String oid, Map<String, ?> values) {
        return refused(oid, values, Set.of(), Map.of());
    }

    private static InvalidInput refused(String oid, Map<String, ?> values, Set<String> confirmed, Map<String, String> stored) {
        return assertThrows(InvalidInput.class, () -> FormEngine.evaluate(form(oid), values, confirmed, stored, TODAY));
    }

    /** The refusal names exactly {@code path} and its English message holds {@code words}. */
    private static void refusedAt(InvalidInput e, String path, String... words) {
        assertTrue(e.fieldErrors().containsKey(path), "names " + path + ": " + e.fieldErrors());
        for (String w : words) {
            assertTrue(e.fieldErrors().get(path).contains(w), "'" + w + "' in " + e.fieldErrors().get(path));
        }
        assertFalse(e.fieldErrors().get(path).startsWith("form."), "a text, not a key: " + e.fieldErrors());
    }

    private static void refusedAt(String oid, Map<String, ?> values, String path, String... words) {
        refusedAt(refused(oid, values), path, words);
    }

    /** A medication row: CMYN = Y and row 0 with the required items, ongoing. */
    private static Map<String, Object> medication() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("CMANY[0].CMYN", "Y");
        v.put("CM[0].CMTRT", "Paracetamol");
        v.put("CM[0].CMINDC", "Headache");
        v.put("CM[0].CMCAT", "ANALGESIC");
        v.put("CM[0].CMROUTE", "ORAL");
        v.put("CM[0].CMSTDAT", "2026-03");
        v.put("CM[0].CMONGO", "Y");
        return v;
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pathsAndValues) {
        Map<String, Object> v = new LinkedHashMap<>(base);
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            v.put((String) pathsAndValues[i], pathsAndValues[i + 1]);
        }
        return v;
    }

    private static Map<String, Object> ecg(Object qtcf) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("EG[0].EGDAT", "2026-06-01");
        v.put("EG[0].QTCF", qtcf);
        v.put("EG[0].EGINTP", "NORMAL");
        return v;
    }

    // ------------------------------------------------------------------ partial save, required, status

    @Test
    void noMedicationsIsAComplete() {
        FormResult r = save("CM", Map.of("CMANY[0].CMYN", "N"));
        assertEquals(FormStatus.COMPLETE, r.status());
        assertEquals(Map.of(ItemPath.of("CMANY", 0, "CMYN"), "N"), r.values());
        assertEquals(List.of(), r.missing());
    }

    @Test
    void anEmptySaveIsAPartialSaveMissingTheRequiredItems() {
        FormResult r = save("CM", Map.of());
        assertEquals(FormStatus.IN_PROGRESS, r.status());
        assertEquals(List.of("CMANY[0].CMYN"), r.missing());
    }

    @Test
    void aShownRepeatingGroupNeedsItsMinimumRows() {
        FormResult r = save("CM", Map.of("CMANY[0].CMYN", "Y"));
        assertEquals(FormStatus.IN_PROGRESS, r.status());
        assertEquals(List.of("CM[0]"), r.missing());
    }

    @Test
    void aRowWithEveryRequiredShownItemIsComplete() {
        FormResult r = save("CM", medication());
        assertEquals(FormStatus.COMPLETE, r.status(), r.missing().toString());
    }

    @Test
    void aRequiredItemIsRequiredOnlyWhileShown() {
        assertEquals(FormStatus.COMPLETE, save("CM", medication()).status(), "ongoing: no stop date asked");
        FormResult stopped = save("CM", with(medication(), "CM[0].CMONGO", "N"));
        assertEquals(FormStatus.IN_PROGRESS, stopped.status());
        assertEquals(List.of("CM[0].CMENDAT"), stopped.missing());
        assertEquals(FormStatus.COMPLETE, save("CM", with(medication(), "CM[0].CMONGO", "N", "CM[0].CMENDAT", "2026-04")).status());
    }

    @Test
    void aGroupHiddenByItsConditionIsNotRequired() {
        assertEquals(FormStatus.COMPLETE, save("RP", Map.of("RPCBP[0].RPCBP", "N")).status());
        FormResult asked = save("RP", Map.of("RPCBP[0].RPCBP", "Y"));
        assertEquals(List.of("RP[0].RPDAT", "RP[0].RPSPEC", "RP[0].RPORRES"), asked.missing());
    }

    @Test
    void blankValuesAndEmptyArraysCountAsNoValue() {
        Map<String, Object> v = with(medication(), "CM[0].CMDSTXT", "  ", "CM[0].CMDOSFRQ", "");
        v.put("CM[0].CMDOSU", null);
        FormResult r = save("CM", v);
        assertFalse(r.values().containsKey(ItemPath.of("CM", 0, "CMDSTXT")));
        assertEquals(FormStatus.COMPLETE, r.status());
    }

    @Test
    void valuesComeBackInTheFormsOrder() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("CM[1].CMTRT", "B");
        v.put("CM[0].CMTRT", "A");
        v.put("CMANY[0].CMYN", "Y");
        v.put("CM[0].CMINDC", "x");
        assertEquals(List.of("CMANY[0].CMYN", "CM[0].CMTRT", "CM[0].CMINDC", "CM[1].CMTRT"),
                save("CM", v).values().keySet().stream().map(ItemPath::toString).toList());
    }

    // ------------------------------------------------------------------ conditional display

    @Test
    void aValueForAHiddenItemIsRefusedNamingTheItemAndItsCondition() {
        refusedAt("CM", with(medication(), "CM[0].CMENDAT", "2026-04"), "CM[0].CMENDAT", "Stop date", "Ongoing?", "is No");
    }

    @Test
    void rowsOfAHiddenGroupAreRefused() {
        refusedAt("CM", with(medication(), "CMANY[0].CMYN", "N"), "CM[0].CMTRT", "Medication", "Any medications taken?");
        refusedAt("RP", Map.of("RPCBP[0].RPCBP", "N", "RP[0].RPDAT", "2026-06-01"), "RP[0].RPDAT", "Test");
        refusedAt("CM", Map.of("CM[0].CMTRT", "x"), "CM[0].CMTRT", "send no rows");
    }

    @Test
    void aChoiceShowsTheItemThatDependsOnIt() {
        FormResult r = save("EG", with(ecg("420"), "EG[0].EGINTP", "ABNORMAL_CS"));
        assertEquals(List.of("EG[0].EGCLSIG"), r.missing());
        refusedAt("EG", with(ecg("420"), "EG[0].EGCLSIG", "ST elevation"), "EG[0].EGCLSIG", "Abnormal, clinically significant");
    }

    // ------------------------------------------------------------------ types without coercion

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"12.345,12.345", "12.50,12.50", "0.5,0.5", "7,7", "+3.1,3.1", "012.5,12.5"})
    void aDecimalIsKeptAsTyped(String typed, String stored) {
        assertEquals(stored, save("CM", with(medication(), "CM[0].CMDSTXT", typed)).values().get(ItemPath.of("CM", 0, "CMDSTXT")));
    }

    @Test
    void aDecimalWithMoreDecimalsThanTheItemIsRefusedNeverRounded() {
        refusedAt("CM", with(medication(), "CM[0].CMDSTXT", "12.3456"), "CM[0].CMDSTXT", "Dose per administration",
                "4 decimals", "at most 3", "never rounded");
        refusedAt("VS", Map.of("VS[0].WEIGHT", new BigDecimal("70.25")), "VS[0].WEIGHT", "2 decimals", "at most 1");
    }

    @ParameterizedTest
    @CsvSource({"12.", ".5", "1e3", "'1,5'", "twelve", "' 12'", "--1"})
    void aDecimalIsDigitsWithAPoint(String typed) {
        refusedAt("CM", with(medication(), "CM[0].CMDSTXT", typed), "CM[0].CMDSTXT", "is not a number");
    }

    @Test
    void aJsonNumberIsReadAsItsText() {
        assertEquals("2.5", save("CM", with(medication(), "CM[0].CMDSTXT", new BigDecimal("2.5"))).values()
                .get(ItemPath.of("CM", 0, "CMDSTXT")));
        assertEquals("420", save("EG", ecg(420)).values().get(ItemPath.of("EG", 0, "QTCF")));
    }

    @ParameterizedTest
    @CsvSource({"12.0", "3.5", "'3 '", "three", "1e2"})
    void anIntegerIsAWholeNumberAsTyped(String typed) {
        refusedAt("EG", ecg(typed), "EG[0].QTCF", "is not a whole number");
    }

    @Test
    void anIntegerSentAsAJsonNumberWithDecimalsIsRefused() {
        refusedAt("EG", ecg(new BigDecimal("420.0")), "EG[0].QTCF", "'420.0' is not a whole number");
    }

    @Test
    void aNumberWithTooManyDigitsIsRefused() {
        refusedAt("EG", ecg("1234567890123"), "EG[0].QTCF", "more than 12 digits");
    }

    @ParameterizedTest
    @CsvSource({"2026-13-01", "2026-02-30", "2026-3-1", "01/03/2026", "2026-03"})
    void aDateIsIso(String typed) {
        refusedAt("EG", with(ecg("420"), "EG[0].EGDAT", typed), "EG[0].EGDAT", "is not a date");
    }

    @Test
    void noDateAfterTheSitesToday() {
        refusedAt("EG", with(ecg("420"), "EG[0].EGDAT", "2026-07-01"), "EG[0].EGDAT", "after today (2026-06-30)");
        assertEquals(FormStatus.COMPLETE, save("EG", with(ecg("420"), "EG[0].EGDAT", "2026-06-30")).status());
        refusedAt("CM", with(medication(), "CM[0].CMSTDAT", "2026-07"), "CM[0].CMSTDAT", "after today");
        save("CM", with(medication(), "CM[0].CMSTDAT", "2026"));
    }

    @Test
    void aHugeValueIsRefusedBeforeItIsRead() {
        refusedAt("EG", ecg("4".repeat(3000)), "EG[0].QTCF", "at most 2000 characters (got 3000)");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2026-03-UN,2026-03", "UN-MAR-2026,2026-03", "2026,2026", "2026-UNK-UNK,2026", "14-MAR-2026,2026-03-14"})
    void aPartialDateIsStoredInIsoForm(String typed, String stored) {
        assertEquals(stored, save("CM", with(medication(), "CM[0].CMSTDAT", typed)).values().get(ItemPath.of("CM", 0, "CMSTDAT")));
    }

    @Test
    void aPartialDateWithADayButNoMonthIsRefused() {
        refusedAt("CM", with(medication(), "CM[0].CMSTDAT", "2026-UNK-14"), "CM[0].CMSTDAT", "Start date");
    }

    @ParameterizedTest
    @CsvSource({"25:00", "7:30", "07:60", "0730", "07:30:00"})
    void aTimeIsHoursAndMinutes(String typed) {
        refusedAt("EG", with(ecg("420"), "EG[0].EGTIM", typed), "EG[0].EGTIM", "is not a time");
    }

    @Test
    void aValidTimeIsStored() {
        assertEquals("07:30", save("EG", with(ecg("420"), "EG[0].EGTIM", "07:30")).values().get(ItemPath.of("EG", 0, "EGTIM")));
    }

    @Test
    void aChoiceTakesExactlyACodeOfItsList() {
        refusedAt("CM", with(medication(), "CM[0].CMROUTE", "oral"), "CM[0].CMROUTE", "'oral' is not one of ORAL, INTRAVENOUS");
        assertEquals("RESPIRATORY (INHALATION)", save("CM", with(medication(), "CM[0].CMROUTE", "RESPIRATORY (INHALATION)"))
                .values().get(ItemPath.of("CM", 0, "CMROUTE")));
    }

    @Test
    void yesNoIsYOrN() {
        refusedAt("CM", Map.of("CMANY[0].CMYN", "yes"), "CMANY[0].CMYN", "Y or N");
        refusedAt("CM", Map.of("CMANY[0].CMYN", true), "CMANY[0].CMYN", "must be a JSON string");
    }

    @Test
    void aTextIsAtMostItsMaxLength() {
        refusedAt("CM", with(medication(), "CM[0].CMTRT", "x".repeat(201)), "CM[0].CMTRT", "at most 200 characters (got 201)");
        assertEquals("文".repeat(200), save("CM", with(medication(), "CM[0].CMTRT", "文".repeat(200))).values()
                .get(ItemPath.of("CM", 0, "CMTRT")));
        refusedAt("CM", with(medication(), "CM[0].CMTRT", 12), "CM[0].CMTRT", "must be a JSON string");
    }

    @Test
    void aMultipleChoiceIsAnArrayOfCodesStoredInTheListsOrder() {
        FormDefinition f = FormDefinitionReader.read(new java.io.ByteArrayInputStream("""
                oid: MC
                version: 1
                procedure: MC
                name: {en: Multi, zh: 多选}
                groups:
                  - oid: G
                    name: {en: G, zh: 组}
                    items:
                      - oid: SITES
                        type: MULTI_CHOICE
                        codeList: SITE
                        label: {en: Sites, zh: 部位}
                      - oid: OTHER
                        type: TEXT
                        label: {en: Other site, zh: 其他部位}
                        showWhen: {item: SITES, in: [OTHER]}
                codeLists:
                  - oid: SITE
                    codes:
                      - {code: LUNG, label: {en: Lung, zh: 肺}}
                      - {code: LIVER, label: {en: Liver, zh: 肝}}
                      - {code: OTHER, label: {en: Other, zh: 其他}}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "mc.yaml");
        FormResult r = FormEngine.evaluate(f, Map.of("G[0].SITES", List.of("OTHER", "LUNG"), "G[0].OTHER", "Bone"),
                Set.of(), Map.of(), TODAY);
        assertEquals("LUNG,OTHER", r.values().get(ItemPath.of("G", 0, "SITES")));
        assertEquals("Bone", r.values().get(ItemPath.of("G", 0, "OTHER")), "shown: one of the codes is OTHER");
        InvalidInput twice = assertThrows(InvalidInput.class, () -> FormEngine.evaluate(f,
                Map.of("G[0].SITES", List.of("LUNG", "LUNG")), Set.of(), Map.of(), TODAY));
        refusedAt(twice, "G[0].SITES", "LUNG is chosen twice");
        InvalidInput text = assertThrows(InvalidInput.class, () -> FormEngine.evaluate(f,
                Map.of("G[0].SITES", "LUNG"), Set.of(), Map.of(), TODAY));
        refusedAt(text, "G[0].SITES", "JSON array of codes");
        InvalidInput hidden = assertThrows(InvalidInput.class, () -> FormEngine.evaluate(f,
                Map.of("G[0].SITES", List.of("LIVER"), "G[0].OTHER", "Bone"), Set.of(), Map.of(), TODAY));
        refusedAt(hidden, "G[0].OTHER", "Other site");
    }

    // ------------------------------------------------------------------ paths and rows

    @Test
    void aPathIsGroupRowItem() {
        refusedAt("CM", Map.of("CMANY.CMYN", "Y"), "CMANY.CMYN", "write GROUP[row].ITEM, e.g. CMANY[0].CMYN");
        refusedAt("CM", Map.of("CM[0].NOPE", "Y"), "CM[0].NOPE", "no item NOPE");
        refusedAt("CM", Map.of("CMANY[0].CMTRT", "x"), "CMANY[0].CMTRT", "no item CMTRT in a group CMANY");
        refusedAt("CM", Map.of("CM[01].CMTRT", "x"), "CM[01].CMTRT", "GROUP[row].ITEM");
    }

    @Test
    void aSingleGroupHasRowZeroOnly() {
        refusedAt("CM", Map.of("CMANY[1].CMYN", "Y"), "CMANY[1].CMYN", "row 0 only");
    }

    @Test
    void aRepeatingGroupHasAtMostMaxRepeatsRows() {
        refusedAt("CM", with(medication(), "CM[50].CMTRT", "x"), "CM[50].CMTRT", "at most 50 rows");
    }

    @Test
    void rowsAreNumberedWithoutGaps() {
        refusedAt("CM", with(medication(), "CM[2].CMTRT", "x"), "CM[1]", "row 1 has no value");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidInput e = refused("CM", with(medication(), "CM[0].CMDSTXT", "1.23456", "CM[0].CMROUTE", "BY_MOUTH"));
        assertEquals(Set.of("CM[0].CMDSTXT", "CM[0].CMROUTE"), e.fieldErrors().keySet());
    }

    // ------------------------------------------------------------------ computed items

    @Test
    void aComputedItemIsComputedAndNeverTyped() {
        Map<String, Object> therapy = Map.of("STANY[0].STYN", "Y", "ST[0].STREG", "Docetaxel", "ST[0].STLINE", "2",
                "ST[0].STSTDAT", "2026-03-01", "ST[0].STENDAT", "2026-04-01");
        assertEquals("31", save("ST", therapy).values().get(ItemPath.of("ST", 0, "STDUR")));
        refusedAt("ST", with(new HashMap<>(therapy), "ST[0].STDUR", "31"), "ST[0].STDUR", "computed by Vigia");
        Map<String, Object> ongoing = new HashMap<>(therapy);
        ongoing.remove("ST[0].STENDAT");
        FormResult r = save("ST", ongoing);
        assertFalse(r.values().containsKey(ItemPath.of("ST", 0, "STDUR")), "no end date: nothing computed");
        assertEquals(FormStatus.COMPLETE, r.status());
    }

    @Test
    void theBodyMassIndexIsRoundedHalfUpToTheItemsDigits() {
        FormResult r = save("VS", Map.of("VS[0].VSDAT", "2026-06-01", "VS[0].WEIGHT", "70", "VS[0].HEIGHT", "175.0",
                "VS[0].SYSBP", "120", "VS[0].DIABP", "80"));
        assertEquals("22.9", r.values().get(ItemPath.of("VS", 0, "BMI")), "70 / 1.75² = 22.857");
        assertEquals(FormStatus.COMPLETE, r.status());
    }

    @Test
    void aComputedValueOutsideItsSoftRangeNeedsConfirmationToo() {
        Map<String, Object> v = Map.of("VS[0].VSDAT", "2026-06-01", "VS[0].WEIGHT", "140", "VS[0].HEIGHT", "150",
                "VS[0].SYSBP", "120", "VS[0].DIABP", "80");
        refusedAt(refused("VS", v), "VS[0].BMI", "62.2", "Body-mass index");
        FormResult r = FormEngine.evaluate(form("VS"), v, Set.of("VS[0].BMI"), Map.of(), TODAY);
        assertTrue(r.warnings().containsKey(ItemPath.of("VS", 0, "BMI")));
    }

    // ------------------------------------------------------------------ ranges

    @Test
    void aValueOutsideTheHardRangeIsRefusedEvenWhenConfirmed() {
        InvalidInput e = refused("EG", ecg("900"), Set.of("EG[0].QTCF"), Map.of());
        refusedAt(e, "EG[0].QTCF", "QTcF interval", "900 is outside 200–800 ms");
        refusedAt("ST", Map.of("STANY[0].STYN", "Y", "ST[0].STLINE", "1"), "ST[0].STLINE", "1 is outside 2–10");
        refusedAt("ST", Map.of("STANY[0].STYN", "Y", "ST[0].STLINE", "11"), "ST[0].STLINE", "11 is outside 2–10");
        assertEquals(FormStatus.IN_PROGRESS, save("ST", Map.of("STANY[0].STYN", "Y", "ST[0].STLINE", "10")).status());
    }

    @Test
    void aValueOutsideTheSoftRangeNeedsConfirmation() {
        InvalidInput e = refused("EG", ecg("520"));
        refusedAt(e, "EG[0].QTCF", "QTcF outside 300-500 ms", "Confirm", "EG[0].QTCF");
        FormResult r = FormEngine.evaluate(form("EG"), ecg("520"), Set.of("EG[0].QTCF"), Map.of(), TODAY);
        assertEquals("520", r.values().get(ItemPath.of("EG", 0, "QTCF")));
        assertEquals(Set.of(ItemPath.of("EG", 0, "QTCF")), r.warnings().keySet());
        assertTrue(r.warnings().get(ItemPath.of("EG", 0, "QTCF")).english().contains("grade 3 QT prolongation"));
    }

    @Test
    void aStandardWarningNamesTheRangeAndUnit() {
        InvalidInput e = refused("EG", with(ecg("420"), "EG[0].EGHR", "130"));
        refusedAt(e, "EG[0].EGHR", "Heart rate: 130 is outside the expected range 50–120 beats/min");
    }

    @Test
    void aValueStoredConfirmedStaysConfirmedUntilItChanges() {
        Map<String, String> stored = Map.of("EG[0].QTCF", "520");
        FormResult same = FormEngine.evaluate(form("EG"), ecg("520"), Set.of(), stored, TODAY);
        assertTrue(same.warnings().containsKey(ItemPath.of("EG", 0, "QTCF")));
        refusedAt(refused("EG", ecg("530"), Set.of(), stored), "EG[0].QTCF", "Confirm");
    }

    @Test
    void aConfirmationOfAValueInRangeIsNoWarning() {
        FormResult r = FormEngine.evaluate(form("EG"), ecg("420"), Set.of("EG[0].QTCF"), Map.of(), TODAY);
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void aConfirmationNamingNoItemIsRefused() {
        refusedAt(refused("EG", ecg("420"), Set.of("QTCF"), Map.of()), "confirmedWarnings", "'QTCF'");
    }

    // ------------------------------------------------------------------ edit checks

    @Test
    void anEditCheckRefusesTheRowThatBreaksIt() {
        Map<String, Object> v = with(medication(), "CM[1].CMTRT", "Ibuprofen", "CM[1].CMINDC", "Pain",
                "CM[1].CMROUTE", "ORAL", "CM[1].CMSTDAT", "2026-03-14", "CM[1].CMONGO", "N", "CM[1].CMENDAT", "2026-02");
        InvalidInput e = refused("CM", v);
        refusedAt(e, "CM[1].CMENDAT", "The stop date is before the start date.");
        assertEquals(Set.of("CM[1].CMENDAT"), e.fieldErrors().keySet());
    }

    @Test
    void partialDatesBreakACheckOnlyWhenEveryDateTheyMayBeDoes() {
        Map<String, Object> v = with(medication(), "CM[0].CMSTDAT", "2026-03-14", "CM[0].CMONGO", "N", "CM[0].CMENDAT", "2026-03");
        assertEquals(FormStatus.COMPLETE, save("CM", v).status(), "March 2026 may be on or after 14 March");
    }

    @Test
    void aCheckBetweenNumbers() {
        Map<String, Object> v = new HashMap<>(Map.of("VS[0].VSDAT", "2026-06-01", "VS[0].WEIGHT", "70", "VS[0].SYSBP", "95",
                "VS[0].DIABP", "98"));
        refusedAt("VS", v, "VS[0].SYSBP", "The systolic pressure is not above the diastolic pressure.");
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
        "2026-03, GE, 2026-03-14, true", "2026-02, GE, 2026-03-14, false", "2026-03-14, GE, 2026-03-14, true",
        "2026-03-14, GT, 2026-03-14, false", "2026, GT, 2026-12-30, true", "2026-03-13, LT, 2026-03, true",
        "2026-04-01, LE, 2026-03, false", "2026-03, EQ, 2026-03-31, true", "2026-04, EQ, 2026-03, false",
        "2026-03-14, NE, 2026-03-14, false", "2026-03, NE, 2026-03-14, true"})
    void datesCompareByTheDaysTheyMayBe(String a, Operator op, String b, boolean passes) {
        EditCheck c = new EditCheck("C", "A", op, "B", null, null);
        assertEquals(passes, FormEngine.passes(ItemType.PARTIAL_DATE, a, ItemType.PARTIAL_DATE, b, c));
    }

    // ------------------------------------------------------------------ languages

    @Test
    void refusalsNameTheItemInTheReadersLanguage() {
        InvalidInput e = refused("EG", ecg("900"));
        assertTrue(e.fieldErrors(Locale.SIMPLIFIED_CHINESE).get("EG[0].QTCF").contains("QTcF 间期"), e.fieldErrors(Locale.SIMPLIFIED_CHINESE).toString());
        assertTrue(e.fieldErrors(Locale.ENGLISH).get("EG[0].QTCF").contains("QTcF interval"));
        InvalidInput check = refused("VS", Map.of("VS[0].SYSBP", "95", "VS[0].DIABP", "98"));
        assertEquals("收缩压不高于舒张压。", check.fieldErrors(Locale.SIMPLIFIED_CHINESE).get("VS[0].SYSBP"));
        FormResult r = FormEngine.evaluate(form("EG"), ecg("520"), Set.of("EG[0].QTCF"), Map.of(), TODAY);
        assertTrue(Texts.render(r.warnings().get(ItemPath.of("EG", 0, "QTCF")), Locale.SIMPLIFIED_CHINESE).contains("QTcF 超出"));
    }

    @Test
    void itemPathsParseAndPrint() {
        assertEquals(ItemPath.of("CM", 12, "CMDOSE"), ItemPath.parse("CM[12].CMDOSE").orElseThrow());
        assertEquals("CM[12].CMDOSE", ItemPath.of("CM", 12, "CMDOSE").toString());
        assertEquals("CM[12]", ItemPath.of("CM", 12, "CMDOSE").rowPath());
        for (String bad : List.of("CM[0]", "cm[0].X", "CM[-1].X", "CM[0].X.Y", "CM[00].X", "CM[10000].X", "", "CM[0]X")) {
            assertTrue(ItemPath.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void aPreviewComputesWarnsAndHidesWithoutRefusing() {
        FormPreview vs = FormEngine.preview(form("VS"), Map.of("VS[0].WEIGHT", "45.0", "VS[0].HEIGHT", "180.0",
                "VS[0].SYSBP", "x"), Map.of());
        assertEquals("13.9", vs.computed().get("VS[0].BMI"));
        assertEquals(Set.of("VS[0].BMI"), vs.warnings().keySet(), "BMI outside 15-40; the unreadable SYSBP is left out");

        FormPreview eg = FormEngine.preview(form("EG"), Map.of("EG[0].QTCF", "520", "EG[0].EGHR", "900"), Map.of());
        assertEquals(Set.of("EG[0].QTCF"), eg.warnings().keySet(), "a hard-range value is no warning");
        assertTrue(eg.hidden().contains("EG[0].EGCLSIG"));
        assertFalse(FormEngine.preview(form("EG"), Map.of("EG[0].EGINTP", "ABNORMAL_CS"), Map.of()).hidden()
                .contains("EG[0].EGCLSIG"));

        FormPreview cm = FormEngine.preview(form("CM"), Map.of("CMANY[0].CMYN", "Y", "CM[1].CMONGO", "N"),
                Map.of("CM", 2));
        assertTrue(cm.hidden().contains("CM[0].CMENDAT"), "row 0 not answered: stop date hidden");
        assertFalse(cm.hidden().contains("CM[1].CMENDAT"), "row 1 not ongoing: stop date shown");
        assertTrue(FormEngine.preview(form("CM"), Map.of("CMANY[0].CMYN", "N"), Map.of("CM", 1)).hidden()
                .containsAll(Set.of("CM", "CM[0].CMTRT")), "the group is hidden");
    }
}
