package org.vigia.shared.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SexTest {

    @Test
    void theStoredCodesAreTheOnesTheColumnHolds() {
        SexCodeConverter converter = new SexCodeConverter();
        assertEquals("M", converter.convertToDatabaseColumn(Sex.MALE));
        assertEquals("F", converter.convertToDatabaseColumn(Sex.FEMALE));
        assertEquals(Sex.FEMALE, converter.convertToEntityAttribute("F"));
        assertEquals(Sex.MALE, converter.convertToEntityAttribute("M"));
        assertThrows(IllegalStateException.class, () -> converter.convertToEntityAttribute("X"));
    }

    @Test
    void onlyTheExactCodesAreRead() {
        assertEquals(Optional.of(Sex.MALE), Sex.ofCode("M"));
        assertTrue(Sex.ofCode("m").isEmpty());
        assertTrue(Sex.ofCode("MALE").isEmpty());
        assertTrue(Sex.ofCode(null).isEmpty());
    }
}
