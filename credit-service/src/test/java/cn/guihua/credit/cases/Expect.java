package cn.guihua.credit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares an answer of the API with a case's expectations. Applied items must be exactly the expected ones (record,
 * row, points, seed line, the quoted criterion, principle, and validity end, repeat and year where the case gives
 * them). Items not applied must include every expected one (record, row, reason); the service may list more (the
 * case files list ME-01-03's duplicate in one donation case and not in the other).
 */
final class Expect {

    private Expect() {
    }

    static void same(String what, JsonNode expected, JsonNode actual) {
        if (expected == null || expected.isMissingNode()) {
            return;
        }
        if (expected.isNull()) {
            assertTrue(actual == null || actual.isNull() || actual.isMissingNode(), what + ": expected null, got " + actual);
            return;
        }
        assertNotNull(actual, what);
        if (expected.isNumber()) {
            assertEquals(expected.asDouble(), actual.asDouble(), 1e-9, what);
        } else {
            assertEquals(expected.asText(), actual.asText(), what);
        }
    }

    static void items(String what, JsonNode expected, JsonNode actual, Map<String, Long> ids, boolean exact, String... fields) {
        if (expected == null || expected.isMissingNode()) {
            return;
        }
        List<JsonNode> remaining = new ArrayList<>();
        actual.forEach(remaining::add);
        for (JsonNode e : expected) {
            JsonNode match = null;
            for (JsonNode a : remaining) {
                if (matches(e, a, ids, fields)) {
                    match = a;
                    break;
                }
            }
            if (match == null) {
                fail(what + ": no item like " + e + " among " + actual);
            }
            remaining.remove(match);
        }
        if (exact) {
            assertTrue(remaining.isEmpty(), what + ": unexpected items " + remaining);
        }
    }

    private static boolean matches(JsonNode e, JsonNode a, Map<String, Long> ids, String... fields) {
        for (String f : fields) {
            JsonNode want = e.get(f);
            if (want == null) {
                continue;
            }
            JsonNode got = a.get(f);
            if (f.equals("record") || f.equals("repeatOf")) {
                Long id = ids.get(want.asText());
                if (got == null || id == null || got.asLong() != id) {
                    return false;
                }
            } else if (want.isNumber()) {
                if (got == null || got.asInt() != want.asInt()) {
                    return false;
                }
            } else if (got == null || !got.asText().equals(want.asText())) {
                return false;
            }
        }
        return true;
    }
}
