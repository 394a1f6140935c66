package cn.guihua.subsidy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentityCodesTest {

    @Test
    void residentIdCheckDigitFollowsGb11643() {
        // the standard's own example
        assertTrue(ResidentId.isValid("11010519491231002X"));
        assertFalse(ResidentId.isValid("110105194912310021"));
        assertFalse(ResidentId.isValid("11010519491331002X"), "month 13");
        assertFalse(ResidentId.isValid("11010519491231002x"), "lower-case x");
        assertFalse(ResidentId.isValid("1101051949123100"));
        assertEquals("110105********002X", ResidentId.mask("11010519491231002X"));
    }

    @Test
    void creditCodeCheckCharacterFollowsGb32100() {
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertFalse(CreditCode.isValid("91350100M000100Y44"));
        assertFalse(CreditCode.isValid("91350100M000100I43"), "I is not in the code's alphabet");
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
    }
}
