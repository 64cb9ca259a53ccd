package org.vigia.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.vigia.shared.InvalidInput;

class InputRefusalsTest {

    @Test
    void dataTooLongFromTheDatabaseNamesTheFieldOfItsColumn() {
        SQLException tooLong = new SQLDataException("(conn=12) Data too long for column 'treatment_given' at row 1",
                "22001", 1406);
        InvalidInput e = InputRefusals.of(new PersistenceException("flush failed", new RuntimeException(tooLong)))
                .orElseThrow();
        assertEquals("treatmentGiven", e.field());
        assertEquals("'treatmentGiven' is too long to be stored.", e.getMessage());
        assertEquals("“treatmentGiven”过长，无法保存。", org.vigia.shared.text.Texts.render(e.text(),
                java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void outOfRangeAndIncorrectValuesAreRefusedToo() {
        assertEquals("canonicalValue", InputRefusals.of(new SQLDataException(
                "Out of range value for column 'canonical_value' at row 1", "22003", 1264)).orElseThrow().field());
        assertEquals("value", InputRefusals.of(new SQLException("Incorrect decimal value: 'x' for column"
                + " `vigia`.`lab_result`.`value` at row 1", "HY000", 1366)).orElseThrow().field());
        assertTrue(InputRefusals.of(new SQLException("Deadlock found", "40001", 1213)).isEmpty(), "not an input error");
    }

    @Test
    void aWrappedInvalidInputIsFound() {
        InvalidInput refusal = new InvalidInput("grade", "Grade 1-5.");
        assertSame(refusal, InputRefusals.of(new RuntimeException(new RuntimeException(refusal))).orElseThrow());
    }
}
