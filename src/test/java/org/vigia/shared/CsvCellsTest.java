package org.vigia.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")|'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")",
            "@SUM(1+1)|'@SUM(1+1)",
            "-2+3|'-2+3",
            "+cmd|'+cmd",
            "=1|'=1",
            "-|'-",
            "-12.5|-12.5",
            "+3|+3",
            "-0.5|-0.5",
            "-1.2E-5|-1.2E-5",
            "-.5|-.5",
            "12.5|12.5",
            "Neutrophil count decreased|Neutrophil count decreased",
            "中性粒细胞计数降低|中性粒细胞计数降低",
            "a=b|a=b"})
    void cellsThatASpreadsheetWouldRunArePrefixed(String cell, String written) {
        assertEquals(written, CsvCells.neutralise(cell));
    }

    @Test
    void tabCarriageReturnEmptyAndNull() {
        assertEquals("'\tcalc", CsvCells.neutralise("\tcalc"));
        assertEquals("'\r=1", CsvCells.neutralise("\r=1"));
        assertEquals("", CsvCells.neutralise(""));
        assertNull(CsvCells.neutralise(null));
        assertEquals("-3", CsvCells.neutralise(-3));
    }

    @Test
    void theByteOrderMarkComesFirst() throws Exception {
        StringWriter w = new StringWriter();
        CsvCells.writeBom(w);
        assertEquals("\uFEFF", w.toString());
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkippedWhenReading() throws java.io.IOException {
        assertEquals("a,b", new java.io.BufferedReader(CsvCells.withoutBom(new java.io.StringReader("\uFEFFa,b"))).readLine());
        assertEquals("a,b", new java.io.BufferedReader(CsvCells.withoutBom(new java.io.StringReader("a,b"))).readLine());
        assertEquals(-1, CsvCells.withoutBom(new java.io.StringReader("")).read());
    }
}
