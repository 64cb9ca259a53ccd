package org.vigia.form.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form file format: the shipped library, strict keys, and what the validator refuses, with file and location. */
class FormDefinitionReaderTest {

    /** A valid small form; the cases below replace one line of it. */
    static final String BASE = """
            oid: TF
            version: 1
            procedure: TEST_FORM
            name: {en: Test form, zh: 测试表}
            groups:
              - oid: HDR
                name: {en: Header, zh: 表头}
                items:
                  - oid: ANY
                    type: YES_NO
                    label: {en: "Any?", zh: 有吗？}
                    required: true
                  - oid: KIND
                    type: CHOICE
                    codeList: KINDS
                    label: {en: Kind, zh: 类别}
              - oid: ROW
                name: {en: Row, zh: 行}
                repeating: true
                showWhen: {item: ANY, equals: "Y"}
                items:
                  - oid: NAME
                    type: TEXT
                    label: {en: Name, zh: 名称}
                    required: true
                  - oid: DOSE
                    type: DECIMAL
                    digits: 2
                    label: {en: Dose, zh: 剂量}
                    range: {min: 0, max: 100}
                  - oid: START
                    type: DATE
                    label: {en: Start, zh: 开始}
                  - oid: STOP
                    type: DATE
                    label: {en: Stop, zh: 结束}
                  - oid: DAYS
                    type: INTEGER
                    label: {en: Days, zh: 天数}
                    compute: {function: DAYS_BETWEEN, args: [START, STOP]}
            codeLists:
              - oid: KINDS
                codes:
                  - {code: A, label: {en: A, zh: 甲}}
                  - {code: B, label: {en: B, zh: 乙}}
            checks:
              - id: STOP_AFTER_START
                item: STOP
                operator: GE
                other: START
                message: {en: Stop before start., zh: 结束早于开始。}
            """;

    static FormDefinition read(String yaml) {
        return FormDefinitionReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static FormDefinitionException refused(String yaml) {
        return assertThrows(FormDefinitionException.class, () -> read(yaml));
    }

    /** The refusal of BASE with {@code from} replaced by {@code to} names {@code expected}. */
    private static void refusedWith(String from, String to, String expected) {
        assertTrue(BASE.contains(from), from);
        FormDefinitionException e = refused(BASE.replace(from, to));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.yaml"), "names the file: " + e.getMessage());
    }

    @Test
    void theBaseFormIsValid() {
        FormDefinition f = read(BASE);
        assertEquals("TF", f.oid());
        assertEquals(2, f.groups().size());
        assertEquals("ROW", f.groupOf("DOSE").orElseThrow().oid());
        assertEquals("F.TF", f.odmOidOrDefault());
        assertEquals("IT.ROW.DOSE", f.item("DOSE").orElseThrow().odmOid("ROW"));
        assertEquals(ItemGroup.DEFAULT_MAX_REPEATS, f.group("ROW").orElseThrow().maxRows());
        assertEquals(1, f.group("HDR").orElseThrow().maxRows());
    }

    @Test
    void theShippedLibraryLoadsWithEveryRequiredForm() {
        FormCatalog catalog = FormCatalog.loadFromClasspath("forms/");
        FormLibrary library = catalog.library();
        assertTrue(library.latest().stream().map(FormDefinition::oid).toList().containsAll(
                List.of("BM", "BS", "CM", "EC", "EG", "HB", "QOL", "RP", "RTP", "ST", "UC", "VS")));
        assertEquals("QOL", library.forProcedure("QOL").orElseThrow().oid());
        assertEquals("CM", library.forProcedure("CONMED").orElseThrow().oid());
        assertEquals("ST", library.forProcedure("SUBSEQUENT_THERAPY").orElseThrow().oid());
        assertEquals("RP", library.forProcedure("PREGNANCY_TEST").orElseThrow().oid());
        assertEquals("EG", library.forProcedure("ECG").orElseThrow().oid());
        assertEquals("VS", library.forProcedure("VITALS").orElseThrow().oid());
        assertEquals("BS", library.forProcedure("BIOSAMPLE").orElseThrow().oid());
        assertEquals("BM", library.forProcedure("BIOMARKER").orElseThrow().oid());
        for (FormCatalog.Entry e : catalog.entries()) {
            assertEquals(64, e.sha256().length());
            assertTrue(e.resource().startsWith("forms/"), e.resource());
        }
    }

    @Test
    void theShippedFormsHaveTheItemsTheIssueAsksFor() {
        FormLibrary library = FormCatalog.loadFromClasspath("forms/").library();
        FormDefinition cm = library.latest("CM").orElseThrow();
        assertTrue(cm.group("CM").orElseThrow().repeating());
        assertEquals(ItemType.DECIMAL, cm.item("CMDSTXT").orElseThrow().type());
        assertEquals(ItemType.PARTIAL_DATE, cm.item("CMSTDAT").orElseThrow().type());
        assertEquals("CMONGO", cm.item("CMENDAT").orElseThrow().showWhen().item());
        assertEquals("CMDOSE", cm.item("CMDSTXT").orElseThrow().sdtm());
        FormDefinition st = library.latest("ST").orElseThrow();
        assertEquals(new Range(new java.math.BigDecimal("2"), new java.math.BigDecimal("10"), null),
                st.item("STLINE").orElseThrow().range());
        FormDefinition eg = library.latest("EG").orElseThrow();
        assertEquals(0, eg.item("QTCF").orElseThrow().range().min().compareTo(java.math.BigDecimal.valueOf(200)));
        assertEquals(0, eg.item("QTCF").orElseThrow().softRange().max().compareTo(java.math.BigDecimal.valueOf(500)));
        assertEquals("心电图日期", eg.item("EGDAT").orElseThrow().label().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Date of the ECG", eg.item("EGDAT").orElseThrow().label().in(Locale.ENGLISH));
        assertEquals(ComputeFunction.BMI, library.latest("VS").orElseThrow().item("BMI").orElseThrow().compute().function());
    }

    /**
     * The biospecimen form (issue 16, NCT07041788's BIOSAMPLE visits): one row per sample with the OIDs the demo
     * generator writes, the sample ID unique in the study, the use, shipment and destruction asked as the status says,
     * the storage temperature expected at −80 °C, and no shipment or destruction before the collection.
     */
    @Test
    void theBiospecimenFormHasOneRowPerSampleWithItsStorageAndFate() {
        FormDefinition bs = FormCatalog.loadFromClasspath("forms/").library().latest("BS").orElseThrow();
        assertEquals("BIOSAMPLE", bs.procedure());
        assertFalse(bs.anyVisit());
        ItemGroup g = bs.group("BS").orElseThrow();
        assertTrue(g.repeating());
        assertEquals(1, g.minRows());
        assertEquals("BS", g.domain());
        assertEquals(List.of("BSREFID", "BSSPEC", "BSTUBE", "BSDAT", "BSTIM", "BSPRCTIM", "BSALIQ", "BSFRZR", "BSRACK",
                "BSBOX", "BSPOS", "BSTEMP", "BSSTAT", "BSASSAY", "BSSHPDAT", "BSSHPDST", "BSDSTDAT", "BSDSTRSN"),
                g.items().stream().map(Item::oid).toList());
        assertEquals(List.of("BSREFID", "BSSPEC", "BSDAT", "BSTIM", "BSSTAT", "BSASSAY", "BSSHPDAT", "BSSHPDST",
                "BSDSTDAT", "BSDSTRSN"), g.items().stream().filter(Item::required).map(Item::oid).toList());
        Item id = bs.item("BSREFID").orElseThrow();
        assertTrue(id.uniqueInStudy());
        assertEquals(40, id.maxLength());
        assertEquals("BSREFID", id.sdtm());
        assertEquals("BSDTC", bs.item("BSDAT").orElseThrow().sdtm());
        assertEquals("CLINICAL", bs.item("BSDAT").orElseThrow().studyPeriod());
        assertEquals(List.of("WHOLE_BLOOD", "PLASMA", "SERUM", "PBMC", "TUMOUR_FFPE", "TUMOUR_FROZEN"),
                bs.codeList(bs.item("BSSPEC").orElseThrow().codeList()).orElseThrow().codeValues());
        assertEquals(List.of("EDTA_5ML", "HEPARIN", "SERUM_SST", "CELL_FREE_DNA", "NONE"),
                bs.codeList(bs.item("BSTUBE").orElseThrow().codeList()).orElseThrow().codeValues());
        assertEquals(List.of("STORED", "USED", "SHIPPED", "DESTROYED"),
                bs.codeList(bs.item("BSSTAT").orElseThrow().codeList()).orElseThrow().codeValues());
        assertEquals(List.of("CONSENT_WITHDRAWN", "EXPIRED", "QUALITY", "USED_UP", "OTHER"),
                bs.codeList(bs.item("BSDSTRSN").orElseThrow().codeList()).orElseThrow().codeValues());
        assertEquals(new Condition("BSSTAT", "USED", null), bs.item("BSASSAY").orElseThrow().showWhen());
        assertEquals("SHIPPED", bs.item("BSSHPDST").orElseThrow().showWhen().equals());
        assertEquals("DESTROYED", bs.item("BSDSTRSN").orElseThrow().showWhen().equals());
        Item temp = bs.item("BSTEMP").orElseThrow();
        assertEquals("°C", temp.unit());
        assertEquals(new Range(java.math.BigDecimal.valueOf(-200), java.math.BigDecimal.valueOf(30), null), temp.range());
        assertEquals(0, temp.softRange().min().compareTo(java.math.BigDecimal.valueOf(-90)));
        assertEquals(0, temp.softRange().max().compareTo(java.math.BigDecimal.valueOf(-70)));
        assertTrue(temp.softRange().message().en().contains("−80 °C"), temp.softRange().message().en());
        assertEquals(0, bs.item("BSALIQ").orElseThrow().range().max().compareTo(java.math.BigDecimal.valueOf(20)));
        assertEquals(List.of("BSSHPDAT GE BSDAT", "BSDSTDAT GE BSDAT"),
                bs.checks().stream().map(c -> c.item() + " " + c.operator() + " " + c.other()).toList());
    }

    /** The biomarker results: PD-L1 IHC (CPS, TPS), the T-cell subsets and the protocol's 12 cytokines with units. */
    @Test
    void theBiomarkerFormHoldsPdl1TCellSubsetsAndTwelveCytokines() {
        FormDefinition bm = FormCatalog.loadFromClasspath("forms/").library().latest("BM").orElseThrow();
        assertEquals("BIOMARKER", bm.procedure());
        assertTrue(bm.anyVisit());
        assertEquals("CLINICAL", bm.item("BMDAT").orElseThrow().studyPeriod());
        assertTrue(bm.item("BMDAT").orElseThrow().required());
        assertEquals(ItemType.TEXT, bm.item("BMREFID").orElseThrow().type());
        assertEquals(ItemType.INTEGER, bm.item("PDL1CPS").orElseThrow().type());
        assertEquals(0, bm.item("PDL1CPS").orElseThrow().range().max().compareTo(java.math.BigDecimal.valueOf(100)));
        assertEquals("%", bm.item("PDL1TPS").orElseThrow().unit());
        for (String cd : List.of("CD3PCT", "CD4PCT", "CD8PCT")) {
            assertEquals("%", bm.item(cd).orElseThrow().unit(), cd);
            assertEquals(ItemType.DECIMAL, bm.item(cd).orElseThrow().type(), cd);
        }
        assertEquals(2, bm.item("CD4CD8R").orElseThrow().digits());
        ItemGroup cyto = bm.group("CYTO").orElseThrow();
        assertEquals(List.of("IL-1β", "IL-2", "IL-4", "IL-5", "IL-6", "IL-8", "IL-10", "IL-12p70", "IL-17", "IFN-α",
                "IFN-γ", "TNF-α"), cyto.items().stream().map(i -> i.label().en()).toList());
        for (Item i : cyto.items()) {
            assertEquals("pg/mL", i.unit(), i.oid());
            assertEquals(ItemType.DECIMAL, i.type(), i.oid());
            assertEquals(0, i.range().min().signum(), i.oid());
            assertFalse(i.required(), i.oid());
        }
        assertEquals("LB", cyto.domain());
        assertEquals("LB", bm.group("TCELL").orElseThrow().domain());
    }

    @Test
    void uniqueIsStudyOnAnEnteredTextItem() {
        FormDefinition f = read(BASE.replace("label: {en: Name, zh: 名称}", "label: {en: Name, zh: 名称}\n        unique: STUDY"));
        assertTrue(f.item("NAME").orElseThrow().uniqueInStudy());
        assertFalse(f.item("DOSE").orElseThrow().uniqueInStudy());
        refusedWith("label: {en: Name, zh: 名称}", "label: {en: Name, zh: 名称}\n        unique: SITE",
                "items[0] (NAME).unique: STUDY, for an entered TEXT item (got SITE on a TEXT item)");
        refusedWith("label: {en: Dose, zh: 剂量}", "label: {en: Dose, zh: 剂量}\n        unique: STUDY",
                "(DOSE).unique: STUDY, for an entered TEXT item (got STUDY on a DECIMAL item)");
    }

    @Test
    void referenceIsAdverseEventOnAnEnteredIntegerItem() {
        String withAeNo = "label: {en: Stop, zh: 结束}\n      - oid: AENO\n        type: INTEGER\n"
                + "        label: {en: AE, zh: 不良事件}\n        reference: ADVERSE_EVENT";
        FormDefinition f = read(BASE.replace("label: {en: Stop, zh: 结束}", withAeNo));
        assertTrue(f.item("AENO").orElseThrow().referencesAdverseEvent());
        assertEquals("ADVERSE_EVENT", f.item("AENO").orElseThrow().reference());
        assertFalse(f.item("DAYS").orElseThrow().referencesAdverseEvent());
        refusedWith("label: {en: Stop, zh: 结束}", withAeNo.replace("ADVERSE_EVENT", "LAB_RESULT"),
                "(AENO).reference: ADVERSE_EVENT, for an entered INTEGER item (got LAB_RESULT on a INTEGER item)");
        refusedWith("label: {en: Name, zh: 名称}", "label: {en: Name, zh: 名称}\n        reference: ADVERSE_EVENT",
                "items[0] (NAME).reference: ADVERSE_EVENT, for an entered INTEGER item (got ADVERSE_EVENT on a TEXT item)");
        refusedWith("label: {en: Dose, zh: 剂量}", "label: {en: Dose, zh: 剂量}\n        reference: ADVERSE_EVENT",
                "(DOSE).reference: ADVERSE_EVENT, for an entered INTEGER item (got ADVERSE_EVENT on a DECIMAL item)");
        refusedWith("label: {en: Days, zh: 天数}", "label: {en: Days, zh: 天数}\n        reference: ADVERSE_EVENT",
                "(DAYS).reference: ADVERSE_EVENT, for an entered INTEGER item (got ADVERSE_EVENT on a computed INTEGER item)");
    }

    /**
     * Concomitant medications version 2 (issue 16): each row has a required category that makes corticosteroids,
     * G-CSF, transfusions and antibiotics recognisable, and may name the subject's AE it treats; version 1 stays loaded.
     */
    @Test
    void concomitantMedicationsVersion2HasACategoryAndTheAdverseEventTreated() {
        FormLibrary library = FormCatalog.loadFromClasspath("forms/").library();
        FormDefinition cm = library.latest("CM").orElseThrow();
        assertEquals(2, cm.version());
        assertTrue(library.version("CM", 1).isPresent(), "version 1 stays in the library");
        assertTrue(library.version("CM", 1).orElseThrow().item("CMCAT").isEmpty());
        assertEquals("CONMED", cm.procedure());
        assertTrue(cm.anyVisit());
        assertEquals(List.of("CMTRT", "CMINDC", "CMCAT", "CMAENO", "CMDSTXT", "CMDOSU", "CMROUTE", "CMDOSFRQ", "CMSTDAT",
                "CMONGO", "CMENDAT"), cm.group("CM").orElseThrow().items().stream().map(Item::oid).toList());
        Item cat = cm.item("CMCAT").orElseThrow();
        assertEquals(ItemType.CHOICE, cat.type());
        assertTrue(cat.required());
        assertEquals(List.of("CORTICOSTEROID", "GCSF", "TRANSFUSION", "ANTIBIOTIC", "ANTIEMETIC", "ANALGESIC", "OTHER"),
                cm.codeList(cat.codeList()).orElseThrow().codeValues());
        cm.codeList(cat.codeList()).orElseThrow().codes().forEach(c -> {
            assertNotNull(c.label().en(), c.code());
            assertNotNull(c.label().zh(), c.code());
            assertNotNull(c.label().fr(), c.code());
        });
        Item aeNo = cm.item("CMAENO").orElseThrow();
        assertEquals(ItemType.INTEGER, aeNo.type());
        assertTrue(aeNo.referencesAdverseEvent());
        assertFalse(aeNo.required());
        assertEquals("CMAENO", aeNo.cdash());
    }

    /** The README's step-by-step example is a valid form, and may join the shipped library as it says. */
    @Test
    void theReadmeExampleIsAValidFormBesideTheShippedOnes() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        int from = readme.indexOf("```yaml", readme.indexOf("<!-- form-example:start -->"));
        int to = readme.indexOf("```", from + 7);
        assertTrue(from > 0 && to > from, "the README holds the example");
        FormDefinition su = read(readme.substring(from + 7, to));
        assertEquals("SUBSTANCE_USE", su.procedure());
        assertEquals("SUNCF", su.item("SUPKYR").orElseThrow().showWhen().item());
        List<FormDefinition> all = new java.util.ArrayList<>(FormCatalog.loadFromClasspath("forms/").library().all());
        assertTrue(all.stream().noneMatch(f -> f.oid().equals("SU")), "the example is not shipped");
        all.add(su);
        assertEquals(su, FormLibrary.of(all).forProcedure("SUBSTANCE_USE").orElseThrow());
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKeyItsLocationAndTheKnownKeys() {
        FormDefinitionException e = refused(BASE.replace("required: true\n      - oid: KIND", "requird: true\n      - oid: KIND"));
        assertTrue(e.getMessage().contains("unknown key 'requird' at groups[0].items[0] ("), e.getMessage());
        assertTrue(e.getMessage().contains("(line 1"), e.getMessage());
        assertTrue(e.getMessage().contains("required"), "lists the known keys: " + e.getMessage());
    }

    @Test
    void anUnknownTypeIsAnError() {
        refusedWith("type: YES_NO", "type: BOOLEAN", "groups[0].items[0].type");
    }

    @Test
    void anEmptyFileIsAnError() {
        FormDefinitionException e = refused("");
        assertTrue(e.getMessage().startsWith("test.yaml"), e.getMessage());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "name: {en: Test form, zh: 测试表}|name: {en: Test form}|name: needs both en and zh",
        "label: {en: Name, zh: 名称}|label: {en: Name, zh: ''}|items[0] (NAME).label: needs both en and zh",
        "oid: TF|oid: tf|oid: 'tf' does not match",
        "version: 1|version: 0|version: must be a whole number",
        "procedure: TEST_FORM|procedure: test form|procedure: 'test form' does not match",
        "- oid: DOSE|- oid: NAME|duplicate item OID NAME",
        "- oid: ROW|- oid: HDR|duplicate group OID HDR",
        "- oid: START|- oid: ANY|duplicate item OID ANY",
        "                  - {code: B, label: {en: B, zh: 乙}}|                  - {code: A, label: {en: B, zh: 乙}}|duplicate code A",
        "codeList: KINDS|codeList: KIND|unknown code list KIND",
        "type: CHOICE|type: TEXT|a code list is for a CHOICE or MULTI_CHOICE item, not TEXT",
        "digits: 2|digits: 9|needs digits (decimals after the point) 1-6",
        "range: {min: 0, max: 100}|range: {min: 0, max: 100.555}|has more decimals than the item (2)",
        "range: {min: 0, max: 100}|range: {min: 100, max: 0}|min 100 is more than max 0",
        "range: {min: 0, max: 100}|range: {}|needs min, max or both",
        "showWhen: {item: ANY, equals: \"Y\"}|showWhen: {item: ANYY, equals: \"Y\"}|unknown item 'ANYY'",
        "showWhen: {item: ANY, equals: \"Y\"}|showWhen: {item: ANY, equals: \"YES\"}|'YES' is not a value of ANY",
        "showWhen: {item: ANY, equals: \"Y\"}|showWhen: {item: NAME, equals: \"Y\"}|cannot be shown by one of its own items",
        "showWhen: {item: ANY, equals: \"Y\"}|showWhen: {item: ANY}|needs exactly one of equals or in",
        "args: [START, STOP]|args: [START, FINISH]|unknown item 'FINISH'",
        "args: [START, STOP]|args: [START, DOSE]|DAYS_BETWEEN takes two DATE items",
        "args: [START, STOP]|args: [START, DAYS]|a computed item cannot use itself",
        "other: START|other: NAME|cannot be compared with NAME",
        "item: STOP|item: NAME|edit checks compare numbers, dates or times",
        "other: START|other: NOPE|unknown item 'NOPE'",
        "operator: GE|operator: AFTER|checks[0].operator",
        "message: {en: Stop before start., zh: 结束早于开始。}|message: {en: Stop before start.}|checks[0] (STOP_AFTER_START).message: needs both en and zh",
        "- id: STOP_AFTER_START|- id: stop|'stop' does not match",
    })
    void aBrokenDefinitionIsRefusedNamingWhereAndWhat(String from, String to, String expected) {
        refusedWith(from, to, expected);
    }

    @Test
    void aRangeOnATextItemIsAnError() {
        refusedWith("label: {en: Name, zh: 名称}\n        required: true",
                "label: {en: Name, zh: 名称}\n        required: true\n        range: {min: 1}",
                "a range is for an INTEGER or DECIMAL item, not TEXT");
    }

    @Test
    void aUnitOrDigitsOrMaxLengthOnTheWrongTypeIsAnError() {
        refusedWith("label: {en: Start, zh: 开始}", "label: {en: Start, zh: 开始}\n        unit: d", "a unit is for an INTEGER or DECIMAL item");
        refusedWith("label: {en: Start, zh: 开始}", "label: {en: Start, zh: 开始}\n        digits: 1", "digits are for a DECIMAL item");
        refusedWith("label: {en: Start, zh: 开始}", "label: {en: Start, zh: 开始}\n        maxLength: 9", "maxLength is for a TEXT item");
        refusedWith("label: {en: Name, zh: 名称}", "label: {en: Name, zh: 名称}\n        maxLength: 5000", "must be 1-2000");
    }

    @Test
    void aChoiceWithoutItsCodeListIsAnError() {
        refusedWith("        codeList: KINDS\n", "", "a CHOICE item needs a codeList");
    }

    @Test
    void repeatsAreForARepeatingGroupAndMinAtMostMax() {
        refusedWith("name: {en: Header, zh: 表头}", "name: {en: Header, zh: 表头}\n    maxRepeats: 3",
                "minRepeats and maxRepeats are for a repeating group");
        refusedWith("repeating: true", "repeating: true\n    minRepeats: 5\n    maxRepeats: 2", "minRepeats 5 is more than maxRepeats 2");
    }

    @Test
    void aConditionOnAnItemOfAnotherRepeatingGroupOrOnATextItemIsAnError() {
        String twoRepeating = BASE.replace("  - oid: HDR\n    name: {en: Header, zh: 表头}\n", "  - oid: HDR\n    name: {en: Header, zh: 表头}\n    repeating: true\n");
        FormDefinitionException e = refused(twoRepeating);
        assertTrue(e.getMessage().contains("ANY is in the repeating group HDR"), e.getMessage());
        refusedWith("showWhen: {item: ANY, equals: \"Y\"}", "showWhen: {item: ANY, equals: \"Y\"}\n    items_:", "unknown key");
        String onText = BASE.replace("label: {en: Start, zh: 开始}", "label: {en: Start, zh: 开始}\n        showWhen: {item: NAME, equals: \"x\"}");
        assertTrue(refused(onText).getMessage().contains("a condition names a YES_NO, CHOICE or MULTI_CHOICE item (NAME is TEXT)"));
    }

    @Test
    void aDisplayThatDependsOnItselfIsAnError() {
        String cyclic = BASE.replace("label: {en: \"Any?\", zh: 有吗？}", "label: {en: \"Any?\", zh: 有吗？}\n        showWhen: {item: KIND, equals: A}")
                .replace("label: {en: Kind, zh: 类别}", "label: {en: Kind, zh: 类别}\n        showWhen: {item: ANY, equals: \"Y\"}");
        FormDefinitionException e = refused(cyclic);
        assertTrue(e.getMessage().contains("depends on itself"), e.getMessage());
    }

    @Test
    void aComputedItemIsNeverRequiredAndUsesEnteredItemsOfTheRightTypes() {
        refusedWith("label: {en: Days, zh: 天数}", "label: {en: Days, zh: 天数}\n        required: true", "cannot be required");
        refusedWith("type: INTEGER\n        label: {en: Days, zh: 天数}", "type: DECIMAL\n        digits: 1\n        label: {en: Days, zh: 天数}",
                "DAYS_BETWEEN gives an INTEGER item, not DECIMAL");
        refusedWith("function: DAYS_BETWEEN, args: [START, STOP]", "function: BMI, args: [DOSE, DOSE]", "BMI gives a DECIMAL item");
        refusedWith("function: DAYS_BETWEEN, args: [START, STOP]", "function: SUM, args: [DOSE]", "SUM takes two or more numeric items");
    }

    @Test
    void aSoftRangeLiesWithinTheHardRange() {
        refusedWith("range: {min: 0, max: 100}", "range: {min: 0, max: 100}\n        softRange: {min: 10, max: 120}",
                "must lie within the hard range 0–100");
    }

    @Test
    void aConstantIsComparedWithNumbersOnlyAndACheckNamesOneOtherSide() {
        refusedWith("other: START", "value: 3", "a constant compares with a numeric item");
        refusedWith("other: START", "other: START\n    value: 3", "needs exactly one of other (an item) or value");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        FormDefinitionException e = refused(BASE.replace("version: 1", "version: 0").replace("codeList: KINDS", "codeList: NOPE"));
        assertEquals(2, e.problems().size(), e.problems().toString());
    }

    @Test
    void theLibraryRefusesAVersionTwiceAndTwoFormsForOneProcedure() {
        FormDefinition f = read(BASE);
        FormDefinitionException twice = assertThrows(FormDefinitionException.class, () -> FormLibrary.of(List.of(f, f)));
        assertTrue(twice.getMessage().contains("form TF version 1 is defined twice"), twice.getMessage());
        FormDefinition other = read(BASE.replace("oid: TF", "oid: TG"));
        FormDefinitionException procedure = assertThrows(FormDefinitionException.class, () -> FormLibrary.of(List.of(f, other)));
        assertTrue(procedure.getMessage().contains("both stand for procedure TEST_FORM"), procedure.getMessage());
    }

    @Test
    void theLibraryServesTheNewestVersionAndEachOldOne() {
        FormDefinition v1 = read(BASE);
        FormDefinition v2 = read(BASE.replace("version: 1", "version: 2").replace("name: {en: Test form,", "name: {en: Test form v2,"));
        FormLibrary library = FormLibrary.of(List.of(v2, v1));
        assertEquals(2, library.latest("TF").orElseThrow().version());
        assertEquals("Test form", library.version("TF", 1).orElseThrow().name().en());
        assertEquals(2, library.forProcedure("TEST_FORM").orElseThrow().version());
        assertFalse(library.version("TF", 3).isPresent());
        assertEquals(2, library.all().size());
        assertEquals(1, library.latest().size());
    }

    /** A label may add French; without it a French reader sees English; English and Chinese stay required. */
    @Test
    void aLabelMayHaveFrenchAndFallsBackToEnglish() {
        FormDefinition f = read(BASE.replace("name: {en: Test form, zh: 测试表}",
                "name: {en: Test form, zh: 测试表, fr: \"Formulaire d’essai\"}"));
        assertEquals("Formulaire d’essai", f.name().in(Locale.FRENCH));
        assertEquals("Formulaire d’essai", f.name().in(Locale.CANADA_FRENCH));
        assertEquals("测试表", f.name().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Test form", f.name().in(Locale.ENGLISH));
        assertEquals("Header", f.group("HDR").orElseThrow().name().in(Locale.FRENCH), "no fr: English");
        assertEquals("Test form", new Label("Test form", "测试表", " ").in(Locale.FRENCH), "blank fr: English");
        refusedWith("name: {en: Test form, zh: 测试表}", "name: {en: Test form, fr: Formulaire}", "needs both en and zh");
    }

    /** Every text of every shipped form (names, labels, help, code labels, range and check messages) has French. */
    @Test
    void everyShippedFormHasFrenchLabels() {
        List<String> missing = new java.util.ArrayList<>();
        for (FormDefinition f : FormCatalog.loadFromClasspath("forms/").library().all()) {
            java.util.Map<String, Label> labels = new java.util.LinkedHashMap<>();
            labels.put("name", f.name());
            for (ItemGroup g : f.groups()) {
                labels.put(g.oid() + ".name", g.name());
                for (Item i : g.items()) {
                    labels.put(i.oid() + ".label", i.label());
                    labels.put(i.oid() + ".help", i.help());
                    labels.put(i.oid() + ".range", i.range() == null ? null : i.range().message());
                    labels.put(i.oid() + ".softRange", i.softRange() == null ? null : i.softRange().message());
                }
            }
            for (CodeList list : f.codeLists()) {
                list.codes().forEach(c -> labels.put(list.oid() + "." + c.code(), c.label()));
            }
            f.checks().forEach(c -> labels.put(c.id() + ".message", c.message()));
            labels.forEach((at, label) -> {
                if (label != null && (label.fr() == null || label.fr().isBlank())) {
                    missing.add(f.oid() + " " + at);
                }
            });
        }
        assertTrue(missing.isEmpty(), "no French: " + missing);
        FormDefinition qol = FormCatalog.loadFromClasspath("forms/").library().forProcedure("QOL").orElseThrow();
        assertEquals("1. Activités pénibles", qol.group("C30").orElseThrow().item("C30Q01").orElseThrow().label()
                .in(Locale.FRENCH));
    }

    /** The QoL form: the EORTC QLQ-C30 (30 questions) and QLQ-H&N35 (35) as scored groups, each question once. */
    @Test
    void theQualityOfLifeFormHoldsBothQuestionnairesQuestionByQuestion() {
        FormDefinition qol = FormCatalog.loadFromClasspath("forms/").library().forProcedure("QOL").orElseThrow();
        ItemGroup c30 = qol.group("C30").orElseThrow();
        ItemGroup hn = qol.group("HN").orElseThrow();
        assertEquals("EORTC_QLQ_C30", c30.instrument());
        assertEquals("EORTC_QLQ_HN35", hn.instrument());
        assertEquals(30, c30.items().size());
        assertEquals(35, hn.items().size());
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList(),
                c30.items().stream().map(Item::instrumentItem).toList());
        assertEquals("SEVEN", c30.item("C30Q29").orElseThrow().codeList());
        assertEquals("YESNO", hn.item("HNQ31").orElseThrow().codeList());
        assertTrue(qol.groups().stream().flatMap(g -> g.items().stream()).filter(Item::required)
                .map(Item::oid).toList().equals(List.of("QSDAT")), "only the date is required");
    }

    /** A questionnaire group names a known instrument, numbers each question once, with the question's answer codes. */
    @Test
    void aQuestionnaireGroupIsCheckedAgainstItsInstrument() {
        String two = """
                oid: QQ
                version: 1
                procedure: QQ_TEST
                name: {en: Q, zh: 问}
                groups:
                  - oid: G
                    name: {en: G, zh: 组}
                    instrument: EORTC_QLQ_C30
                    items:
                      - {oid: A, type: CHOICE, codeList: FOUR, instrumentItem: 1, label: {en: A, zh: 甲}}
                      - {oid: B, type: CHOICE, codeList: FOUR, instrumentItem: 29, label: {en: B, zh: 乙}}
                codeLists:
                  - oid: FOUR
                    codes:
                      - {code: "1", label: {en: "1", zh: "1"}}
                      - {code: "2", label: {en: "2", zh: "2"}}
                      - {code: "3", label: {en: "3", zh: "3"}}
                      - {code: "4", label: {en: "4", zh: "4"}}
                """;
        String wrongCodes = refused(two).getMessage();
        assertTrue(wrongCodes.contains("question 29 of EORTC_QLQ_C30 is answered [1, 2, 3, 4, 5, 6, 7]"), wrongCodes);
        assertTrue(wrongCodes.contains("EORTC_QLQ_C30 has 30 questions; the group has 2"), wrongCodes);
        String twice = refused(two.replace("instrumentItem: 29", "instrumentItem: 1")).getMessage();
        assertTrue(twice.contains("question 1 appears twice"), twice);
        String unknown = refused(two.replace("instrument: EORTC_QLQ_C30", "instrument: SF_36")).getMessage();
        assertTrue(unknown.contains("unknown instrument SF_36"), unknown);
        String outside = refused(BASE.replace("        type: YES_NO\n", "        type: YES_NO\n        instrumentItem: 3\n"))
                .getMessage();
        assertTrue(outside.contains("only the items of a group that names an instrument have an instrumentItem"), outside);
    }

    /** A date the subject's time in the study bounds is a DATE item, CLINICAL or BASELINE. */
    @Test
    void aStudyPeriodIsForADateItem() {
        assertEquals("CLINICAL", read(BASE.replace("        type: DATE\n        label: {en: Start",
                "        type: DATE\n        studyPeriod: CLINICAL\n        label: {en: Start"))
                .item("START").orElseThrow().studyPeriod());
        refusedWith("        type: YES_NO\n", "        type: YES_NO\n        studyPeriod: CLINICAL\n",
                "CLINICAL or BASELINE, for a DATE item");
        refusedWith("        type: DATE\n        label: {en: Start",
                "        type: DATE\n        studyPeriod: SOMETIME\n        label: {en: Start",
                "got SOMETIME");
        FormLibrary library = FormCatalog.loadFromClasspath("forms/").library();
        assertEquals("CLINICAL", library.forProcedure("QOL").orElseThrow().item("QSDAT").orElseThrow().studyPeriod());
        assertEquals(null, library.forProcedure("CONMED").orElseThrow().item("CMSTDAT").map(Item::studyPeriod).orElse(null),
                "a medication may have started before consent");
    }
}
