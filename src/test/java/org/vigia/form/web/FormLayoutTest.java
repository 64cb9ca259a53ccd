package org.vigia.form.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.form.definition.FormCatalog;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.FormLibrary;

/** What the form screen draws of the shipped forms: labels in the reader's language, rows, inputs, live updates. */
class FormLayoutTest {

    private static final FormLibrary LIBRARY = FormCatalog.loadFromClasspath("forms/").library();
    private static final Map<String, String> HINTS = Map.of("Y", "是", "N", "否", "DATE", "yyyy-mm-dd");

    private static FormDefinition form(String oid) {
        return LIBRARY.latest(oid).orElseThrow();
    }

    @Test
    void aSingleGroupIsOneRowWithLabelsAndChoicesInTheReadersLanguage() {
        FormLayout eg = FormLayout.of(form("EG"), Map.of(), Locale.SIMPLIFIED_CHINESE, HINTS);
        assertEquals("十二导联心电图", eg.name());
        FormLayout.Group g = eg.groups().get(0);
        assertFalse(g.repeating());
        assertEquals(1, g.rows().size());
        FormLayout.Column qtcf = g.columns().stream().filter(c -> c.oid().equals("QTCF")).findFirst().orElseThrow();
        assertEquals("QTcF 间期", qtcf.label());
        assertEquals("ms", qtcf.unit());
        assertTrue(qtcf.required());
        FormLayout.Column intp = g.columns().stream().filter(c -> c.oid().equals("EGINTP")).findFirst().orElseThrow();
        assertEquals(FormLayout.Input.CHOICE, intp.input());
        assertEquals(List.of("正常", "异常，无临床意义", "异常，有临床意义"), intp.choices().stream().map(FormLayout.Choice::label).toList());
        assertEquals("warn message @(.vigia-dep-EGINTP)", intp.update(), "it shows or hides EGCLSIG");
        FormLayout.Column sig = g.columns().stream().filter(c -> c.oid().equals("EGCLSIG")).findFirst().orElseThrow();
        assertEquals("vigia-dep-EGINTP", sig.depends());
        assertEquals("EG[0].QTCF", g.rows().get(0).cells().get(3).path());
    }

    @Test
    void aRepeatingGroupHasTheRowsOnScreenAndDependsOnItsCondition() {
        FormLayout cm = FormLayout.of(form("CM"), Map.of("CM", 2), Locale.ENGLISH, HINTS);
        FormLayout.Group any = cm.groups().get(0);
        assertEquals(FormLayout.Input.YES_NO, any.columns().get(0).input());
        assertEquals(List.of("Y", "N"), any.columns().get(0).choices().stream().map(FormLayout.Choice::code).toList());
        FormLayout.Group log = cm.groups().get(1);
        assertTrue(log.repeating());
        assertEquals("vigia-dep-CMYN", log.depends());
        assertEquals(List.of("CM[0]", "CM[1]"), log.rows().stream().map(FormLayout.Row::path).toList());
        assertEquals("CM[1].CMENDAT", log.rows().get(1).cells().get(10).path());
        assertEquals(200, log.columns().get(0).maxLength());
        FormLayout.Column aeNo = log.columns().stream().filter(c -> c.oid().equals("CMAENO")).findFirst().orElseThrow();
        assertEquals(FormLayout.Input.ADVERSE_EVENT, aeNo.input(), "a drop-down of the subject's AEs, not the raw id");
        assertEquals(FormLayout.Input.CHOICE, log.columns().stream().filter(c -> c.oid().equals("CMCAT")).findFirst()
                .orElseThrow().input());
    }

    @Test
    void aComputedItemIsReadOnlyAndFollowsItsArguments() {
        FormLayout vs = FormLayout.of(form("VS"), Map.of(), Locale.ENGLISH, HINTS);
        FormLayout.Column bmi = vs.groups().get(0).columns().stream().filter(c -> c.oid().equals("BMI")).findFirst().orElseThrow();
        assertEquals(FormLayout.Input.COMPUTED, bmi.input());
        assertEquals("vigia-dep-WEIGHT vigia-dep-HEIGHT", bmi.depends());
        FormLayout.Column weight = vs.groups().get(0).columns().stream().filter(c -> c.oid().equals("WEIGHT")).findFirst().orElseThrow();
        assertEquals("warn message @(.vigia-dep-WEIGHT)", weight.update());
    }

    @Test
    void aQuestionnaireShowsTheLicensedWordingInTheReadersLanguageWhenLoaded(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("EORTC_QLQ_C30_en.properties"), "instructions=Test instructions\n"
                + java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(n -> n + "=Test wording " + n)
                .collect(java.util.stream.Collectors.joining("\n")));
        org.vigia.instrument.InstrumentWording wording = org.vigia.instrument.InstrumentWording.of(dir);

        FormLayout en = FormLayout.of(form("QOL"), Map.of(), Locale.ENGLISH, HINTS, wording);
        FormLayout.Group c30 = en.groups().stream().filter(g -> g.oid().equals("C30")).findFirst().orElseThrow();
        assertEquals("EORTC_QLQ_C30", c30.instrument());
        assertTrue(c30.licensedWording());
        assertEquals("Test instructions", c30.instructions());
        assertEquals("1. Test wording 1", c30.columns().get(0).label());
        assertEquals("30. Test wording 30", c30.columns().get(29).label());
        FormLayout.Group hn35 = en.groups().stream().filter(g -> g.oid().equals("HN")).findFirst().orElseThrow();
        assertFalse(hn35.licensedWording(), "no H&N35 file: neutral labels");
        assertEquals("1. Pain in the mouth", hn35.columns().get(0).label());
        FormLayout.Group qs = en.groups().get(0);
        assertEquals(null, qs.instrument());
        assertEquals("Date completed", qs.columns().get(0).label());

        FormLayout zh = FormLayout.of(form("QOL"), Map.of(), Locale.SIMPLIFIED_CHINESE, HINTS, wording);
        FormLayout.Group c30zh = zh.groups().stream().filter(g -> g.oid().equals("C30")).findFirst().orElseThrow();
        assertFalse(c30zh.licensedWording(), "no Chinese file: the neutral label, never the English licensed text");
        assertEquals("1. 费力活动", c30zh.columns().get(0).label());
    }
}
