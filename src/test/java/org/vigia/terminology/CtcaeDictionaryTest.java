package org.vigia.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled CTCAE v5.0 term list against the counts and spot-checks recorded in reference/ctcae/README.md. */
class CtcaeDictionaryTest {

    private static final CtcaeDictionary CTCAE = CtcaeDictionary.load();

    @Test
    void holds837TermsWithDistinct8DigitCodes() {
        assertEquals(837, CTCAE.terms().size());
        assertEquals(837, new HashSet<>(CTCAE.terms().stream().map(CtcaeTerm::meddraCode).toList()).size());
        assertEquals(837, new HashSet<>(CTCAE.terms().stream().map(CtcaeTerm::term).toList()).size());
        assertTrue(CTCAE.terms().stream().allMatch(t -> t.meddraCode().matches("\\d{8}")));
        assertTrue(CTCAE.terms().stream().allMatch(t -> t.term().equals(t.term().strip())));
    }

    @Test
    void has26SystemOrganClasses() {
        assertEquals(26, CTCAE.socs().size());
        assertEquals("Blood and lymphatic system disorders", CTCAE.socs().get(0));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "Gastrointestinal disorders|122",
            "Infections and infestations|88",
            "Injury, poisoning and procedural complications|79",
            "Nervous system disorders|68",
            "Respiratory, thoracic and mediastinal disorders|62",
            "Reproductive system and breast disorders|49",
            "Musculoskeletal and connective tissue disorders|44",
            "Investigations|42",
            "Skin and subcutaneous tissue disorders|39",
            "Cardiac disorders|34",
            "Eye disorders|26",
            "Metabolism and nutrition disorders|26",
            "General disorders and administration site conditions|25",
            "Renal and urinary disorders|23",
            "Psychiatric disorders|21",
            "Hepatobiliary disorders|18",
            "Vascular disorders|17",
            "Endocrine disorders|14",
            "Blood and lymphatic system disorders|12",
            "Ear and labyrinth disorders|8",
            "Neoplasms benign, malignant and unspecified (incl cysts and polyps)|7",
            "Immune system disorders|6",
            "Pregnancy, puerperium and perinatal conditions|4",
            "Congenital, familial and genetic disorders|1",
            "Social circumstances|1",
            "Surgical and medical procedures|1",
    })
    void termsPerSocMatchTheReadme(String soc, int count) {
        assertEquals(count, CTCAE.termsInSoc(soc).size(), soc);
    }

    @ParameterizedTest(name = "Grade {0}: {1} undefined")
    @CsvSource({"1, 192", "2, 92", "3, 87", "4, 286", "5, 343"})
    void undefinedGradeCountsMatchTheReadme(int grade, long count) {
        assertEquals(count, CTCAE.terms().stream().filter(t -> !t.isGradeDefined(grade)).count());
        assertEquals(count, CTCAE.terms().stream().filter(t -> t.gradeText(grade).isEmpty()).count());
    }

    @Test
    void the26OtherSpecifyTermsHaveNoDefinition() {
        List<CtcaeTerm> other = CTCAE.terms().stream().filter(CtcaeTerm::isOtherSpecify).toList();
        assertEquals(26, other.size());
        assertTrue(other.stream().allMatch(t -> t.definitionText().isEmpty()));
        assertEquals(26, CTCAE.terms().stream().filter(t -> t.definitionText().isEmpty()).count());
        assertEquals(26, new HashSet<>(other.stream().map(CtcaeTerm::soc).toList()).size(), "one per SOC");
        assertTrue(CTCAE.getByTerm("Cardiac disorders - Other, specify").isOtherSpecify());
        assertFalse(CTCAE.getByTerm("Pneumonitis").isOtherSpecify());
    }

    @Test
    void neutrophilCountDecreasedAsPublished() {
        CtcaeTerm t = CTCAE.findByMeddraCode("10029366").orElseThrow();
        assertEquals("Neutrophil count decreased", t.term());
        assertEquals("Investigations", t.soc());
        assertEquals(Optional.of("<LLN - 1500/mm3; <LLN - 1.5 x 10e9 /L"), t.gradeText(1));
        assertEquals(Optional.of("<1500 - 1000/mm3; <1.5 - 1.0 x 10e9 /L"), t.gradeText(2));
        assertEquals(Optional.of("<1000 - 500/mm3; <1.0 - 0.5 x 10e9 /L"), t.gradeText(3));
        assertEquals(Optional.of("<500/mm3; <0.5 x 10e9 /L"), t.gradeText(4));
        assertEquals(Optional.empty(), t.gradeText(5));
        assertFalse(t.isGradeDefined(5));
        assertFalse(t.isGradeDefined(0));
        assertFalse(t.isGradeDefined(6));
    }

    @Test
    void otherReadmeSpotChecks() {
        CtcaeTerm plt = CTCAE.getByTerm("Platelet count decreased");
        assertEquals("10035528", plt.meddraCode());
        assertTrue(plt.grade1().startsWith("<LLN - 75,000/mm3"));
        assertTrue(plt.grade4().startsWith("<25,000/mm3"));

        CtcaeTerm alt = CTCAE.getByTerm("Alanine aminotransferase increased");
        assertEquals("10001551", alt.meddraCode());
        assertEquals(">ULN - 3.0 x ULN if baseline was normal; 1.5 - 3.0 x baseline if baseline was abnormal",
                alt.grade1());

        CtcaeTerm pneumonitis = CTCAE.getByTerm("Pneumonitis");
        assertEquals("10035742", pneumonitis.meddraCode());
        assertEquals("Respiratory, thoracic and mediastinal disorders", pneumonitis.soc());
        assertEquals(Optional.of("Death"), pneumonitis.gradeText(5));

        CtcaeTerm mucositis = CTCAE.getByTerm("Mucositis oral");
        assertEquals("10028130", mucositis.meddraCode());
        assertEquals("Moderate pain or ulcer that does not interfere with oral intake; modified diet indicated",
                mucositis.grade2());
        assertEquals("Severe pain; interfering with oral intake", mucositis.grade3());

        assertEquals(Optional.of("Investigations"), CTCAE.findByTerm("Lymphocyte count decreased").map(CtcaeTerm::soc));
        assertTrue(CTCAE.findByTerm("Febrile neutropenia").isPresent());
    }

    @Test
    void keepsLineBreaksAndSymbolsInsideCells() {
        CtcaeTerm hypertension = CTCAE.getByTerm("Hypertension");
        assertTrue(hypertension.grade1().contains("\n"), "Adult/Pediatric split kept");
        assertFalse(hypertension.grade1().contains("\r"));
        assertTrue(hypertension.grade1().contains("≥"));
        assertEquals(14, CTCAE.terms().stream().flatMap(t -> t.gradeTexts().stream())
                .filter(g -> g.contains("\n")).count());
    }

    @Test
    void findsByTermIgnoringCaseAndByCode() {
        assertEquals("10002272", CTCAE.findByTerm("  ANEMIA ").orElseThrow().meddraCode());
        assertEquals(Optional.empty(), CTCAE.findByTerm("Anaemia"));
        assertEquals(Optional.empty(), CTCAE.findByTerm(null));
        assertEquals(Optional.empty(), CTCAE.findByMeddraCode("00000000"));
        assertEquals("Anemia", CTCAE.findByMeddraCode("10002272").orElseThrow().term());
    }

    @Test
    void searchRanksExactThenPrefixThenWordPrefixThenContainsThenSoc() {
        Function<List<CtcaeTerm>, List<String>> names = l -> l.stream().map(CtcaeTerm::term).toList();

        assertEquals(List.of("Neutrophil count decreased"), names.apply(CTCAE.search("10029366", 5)));
        assertEquals("Anemia", CTCAE.search("anemia", 5).get(0).term());

        List<String> neutro = names.apply(CTCAE.search("neutro", 10));
        assertEquals("Neutrophil count decreased", neutro.get(0), "prefix before contains: " + neutro);
        assertTrue(neutro.contains("Febrile neutropenia"), "word prefix: " + neutro);
        assertTrue(neutro.indexOf("Febrile neutropenia") > neutro.indexOf("Neutrophil count decreased"));

        assertEquals("Neutrophil count decreased", CTCAE.search("neut decr", 5).get(0).term());

        // "itis" is only ever inside words: contains matches
        assertTrue(CTCAE.search("itis", 50).stream().allMatch(t -> t.term().toLowerCase().contains("itis")));

        // a SOC name finds its terms after any term match
        List<CtcaeTerm> investigations = CTCAE.search("Investigations", 100);
        assertEquals(42, investigations.stream().filter(t -> t.soc().equals("Investigations")).count());
        assertEquals("Investigations - Other, specify", investigations.get(0).term());

        assertEquals(3, CTCAE.search("a", 3).size());
        assertEquals(List.of(), CTCAE.search("  ", 10));
        assertEquals(List.of(), CTCAE.search("anemia", 0));
        assertEquals(List.of(), CTCAE.search("zzzz", 10));
    }
}
