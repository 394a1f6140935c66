package cn.guihua.credit.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void unifiedSocialCreditCodesHaveTheirCheckCharacter() {
        assertTrue(CreditCode.isValid("91370303MA3C000380"));
        assertTrue(CreditCode.isValid("92370303L000001697"));
        assertFalse(CreditCode.isValid("91370303MA3C000381"), "wrong check character");
        assertFalse(CreditCode.isValid("91370303MA3C00038"), "17 characters");
        assertFalse(CreditCode.isValid("91370303MA3C0003I0"), "I is not in the alphabet");
        assertFalse(CreditCode.isValid("91A70303MA3C000380"), "the division code is digits");
        assertFalse(CreditCode.isValid(null));
    }

    @Test
    void residentIdsHaveTheirCheckDigitAndABirthDate() {
        assertTrue(ResidentId.isValid("37030319880808555X"));
        assertTrue(ResidentId.isValid("370303200509011016"));
        assertFalse(ResidentId.isValid("370303198808085551"));
        assertFalse(ResidentId.isValid("370303198802305553"), "30 February");
        assertEquals(LocalDate.of(1988, 8, 8), ResidentId.birthDate("37030319880808555X"));
    }

    @Test
    void listsMaskIdsAndNames() {
        assertEquals("3703**********123X", Masks.idNumber("37030319900520123X"));
        assertEquals("张*", Masks.name("张某"));
        assertEquals("欧**", Masks.name("欧阳某"));
        assertEquals("李*", Masks.name("李"));
    }
}
