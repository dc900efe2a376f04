package org.fieldlaw.privacy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void aPersonsNameKeepsOnlyTheSurname() {
        assertEquals("张**", Redaction.personName("张三丰"));
        assertEquals("欧*", Redaction.personName("欧阳"));
        assertEquals("李*", Redaction.personName("李"));
        assertEquals("𠀋*", Redaction.personName("𠀋明"), "a surname outside the basic plane stays one character");
        assertNull(Redaction.personName(null));
    }

    @Test
    void anIdentifierShowsAtMostItsLastFourCharacters() {
        assertEquals("**************0022", Redaction.identifier("440703198506120022"));
        assertEquals("***", Redaction.identifier("123"));
        assertNull(Redaction.identifier(null));
    }
}
