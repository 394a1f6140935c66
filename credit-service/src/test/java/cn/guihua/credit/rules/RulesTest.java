package cn.guihua.credit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** The rules files load into typed records, and a wrong key, an unknown code or a missing source stops the service. */
class RulesTest {

    @Test
    void theFilesLoadWithEveryRowOfTheThreeAnnexes() {
        Rules rules = new Rules();
        assertEquals(94, rules.marketEntity().rows().size());
        assertEquals(128, rules.personal().rows().size());
        assertEquals(133, rules.publicServant().rows().size());
        assertEquals(48, rules.parameters().size());
        assertEquals("002:1092", rules.row("ME-11-03").source());
        assertEquals(-40, rules.row("ME-11-03").fixedPoints());
        rules.eachRow("", r -> assertTrue(r.quote().startsWith(r.description()), r.code()));
    }

    @Test
    void anUnknownKeyStopsTheStart() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> broken("market-entity.json", s -> s.replaceFirst("\"pointsPrinted\"", "\"pointz\"")));
        assertTrue(e.getMessage().contains("pointz"), e.getMessage());
    }

    @Test
    void anUnknownRowCodeStopsTheStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> broken("personal.json", s -> s.replace("\"oneLevelLower\": \"PE-05-04\"", "\"oneLevelLower\": \"PE-05-99\"")));
        assertTrue(e.getMessage().contains("PE-05-99"), e.getMessage());
    }

    @Test
    void aRuleWithoutItsSourceStopsTheStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> broken("public-servant.json", s -> s.replaceFirst("\"source\": \"002:1555\"", "\"source\": null")));
        assertTrue(e.getMessage().contains("PS-01-01"), e.getMessage());
        IllegalStateException outside = assertThrows(IllegalStateException.class,
                () -> broken("public-servant.json", s -> s.replaceFirst("\"source\": \"002:1555\"", "\"source\": \"002:99\"")));
        assertTrue(outside.getMessage().contains("outside"), outside.getMessage());
    }

    @Test
    void anUndefinedParameterStopsTheStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> broken("market-entity.json", s -> s.replaceFirst("\"ENTITY_DONATION_TIER_METHOD\"", "\"ENTITY_DONATION_TIER_MOOD\"")));
        assertTrue(e.getMessage().contains("ENTITY_DONATION_TIER_MOOD"), e.getMessage());
    }

    private static Rules broken(String file, UnaryOperator<String> change) {
        return new Rules(name -> {
            InputStream in = Rules.resource(name);
            if (!name.equals(file)) {
                return in;
            }
            try (in) {
                String s = change.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
