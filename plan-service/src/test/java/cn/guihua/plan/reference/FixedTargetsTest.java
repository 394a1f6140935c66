package cn.guihua.plan.reference;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every catalogue fix of issue 12, read back through the API with its seed line. The cases are
 * {@code src/test/resources/reference-fixes.json}, the digest tools/apply_fixes.py writes of
 * tools/catalogue_fixes.json: per fixed or added target what finds it (plan, indicator, seed line, year, comparator)
 * and what the fix decided (value, direction, tolerance and its source, phrasing, base, value to be set, milestone …);
 * per indicator change its direction and tracked years; the plan's scheduled evaluations.
 */
@QuarkusTest
class FixedTargetsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> fixes() throws IOException {
        try (InputStream in = FixedTargetsTest.class.getClassLoader().getResourceAsStream("reference-fixes.json")) {
            List<Arguments> cases = new ArrayList<>();
            for (JsonNode fix : JSON.readTree(in)) {
                cases.add(Arguments.of(fix.path("id").asText() + " " + fix.path("kind").asText() + " "
                        + fix.path("indicatorCode").asText(fix.path("code").asText(fix.path("plan").asText())), fix));
            }
            assertEquals(279, cases.size(), "every fix of catalogue_fixes.json");
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixes")
    void theFixedTargetReadsBackWithItsSeedLine(String name, JsonNode fix) throws IOException {
        switch (fix.path("kind").asText()) {
            case "indicator" -> indicator(fix);
            case "evaluations" -> evaluations(fix);
            default -> target(fix);
        }
    }

    private static void target(JsonNode fix) throws IOException {
        String body = given().queryParam("planCode", fix.path("plan").asText())
                .queryParam("indicatorCode", fix.path("indicatorCode").asText()).queryParam("size", 200)
                .when().get("/api/v1/targets").then().statusCode(200).extract().asString();
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode t : JSON.readTree(body).path("items")) {
            if (t.path("sourceRef").asText().equals(fix.path("sourceRef").asText())
                    && t.path("targetYear").asInt() == fix.path("targetYear").asInt()
                    && t.path("comparator").asText().equals(fix.path("comparator").asText())) {
                found.add(t);
            }
        }
        String id = fix.path("id").asText();
        assertEquals(1, found.size(), id + ": one target at its seed line " + fix.path("sourceRef"));
        JsonNode t = found.get(0);
        // the seed line of the fix is the target's line, or the line its phrase wraps to
        assertSeedLine(id, fix.path("source").asText(), t.path("sourceRef").asText());
        assertEquals(fix.path("sourcePhrase").asText(), t.path("sourcePhrase").asText(), id + " sourcePhrase");
        assertDecimal(id + " value", fix.path("value"), t.path("value"));
        assertDecimal(id + " valueHigh", fix.path("valueHigh"), t.path("valueHigh"));
        assertEquals(text(fix, "direction"), text(t, "direction"), id + " direction");
        assertDecimal(id + " tolerance", fix.path("tolerance"), t.path("tolerance"));
        assertEquals(text(fix, "toleranceSource"), text(t, "toleranceSource"), id + " toleranceSource");
        assertEquals(text(fix, "phrasing"), text(t, "phrasing"), id + " phrasing");
        assertEquals(fix.path("valueToBeSet").asBoolean(false), t.path("valueToBeSet").asBoolean(), id + " valueToBeSet");
        assertEquals(text(fix, "valueSetBy"), text(t, "valueSetBy"), id + " valueSetBy");
        assertEquals(fix.path("baseYearToBeSet").asBoolean(false), t.path("baseYearToBeSet").asBoolean(), id + " baseYearToBeSet");
        assertEquals(text(fix, "suggestedBaseYear"), text(t, "suggestedBaseYear"), id + " suggestedBaseYear");
        assertEquals(fix.path("milestone").asBoolean(false), t.path("milestone").asBoolean(), id + " milestone");
        assertEquals(text(fix, "milestoneDate"), text(t, "milestoneDate"), id + " milestoneDate");
        assertEquals(text(fix, "referenceIndicatorCode"), text(t, "referenceIndicatorCode"), id + " referenceIndicatorCode");
        assertEquals(text(fix, "unchangedMeets"), text(t, "unchangedMeets"), id + " unchangedMeets");
        assertEquals(fix.path("valueToBeSet").asBoolean(false) || fix.path("baseYearToBeSet").asBoolean(false),
                t.path("awaitingValue").asBoolean(), id + " awaitingValue");
        JsonNode baseline = fix.path("baseline");
        if (baseline.isObject()) {
            assertDecimal(id + " baselineValue", baseline.path("value"), t.path("baselineValue"));
            assertEquals(text(baseline, "year"), text(t, "baselineYear"), id + " baselineYear");
            String source = text(baseline, "source");
            assertEquals(source != null ? source : baseline.path("value").isNull() ? "MONITORED" : "DOCUMENT",
                    text(t, "baselineSource"), id + " baselineSource");
            assertEquals(text(baseline, "sourceRef"), text(t, "baselineSourceRef"), id + " baselineSourceRef");
            assertEquals(text(baseline, "asOf"), text(t, "baselineAsOf"), id + " baselineAsOf");
        } else {
            assertTrue(t.path("baselineYear").isNull() && t.path("baselineValue").isNull(), id + " no baseline");
        }
    }

    private static void indicator(JsonNode fix) {
        String id = fix.path("id").asText();
        String body = given().when().get("/api/v1/indicators/" + fix.path("code").asText()).then().statusCode(200)
                .extract().asString();
        try {
            JsonNode i = JSON.readTree(body);
            assertEquals(fix.path("betterDirection").asText(), i.path("betterDirection").asText(), id + " betterDirection");
            assertEquals(fix.path("unit").asText(), i.path("unit").asText(), id + " unit");
            // tracked from its start, or from an earlier base year of a target on it
            assertTrue(i.path("trackedFrom").asInt() <= fix.path("trackedFrom").asInt(), id + " trackedFrom");
            assertEquals(fix.path("trackedTo").asInt(), i.path("trackedTo").asInt(), id + " trackedTo");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void evaluations(JsonNode fix) throws IOException {
        String body = given().when().get("/api/v1/plans/" + fix.path("plan").asText()).then().statusCode(200)
                .extract().asString();
        JsonNode evaluations = JSON.readTree(body).path("evaluations");
        assertEquals(fix.path("evaluations").size(), evaluations.size(), fix.path("id").asText());
        for (int i = 0; i < evaluations.size(); i++) {
            JsonNode expected = fix.path("evaluations").get(i);
            assertEquals(expected.path("kind").asText(), evaluations.get(i).path("kind").asText());
            assertEquals(expected.path("dueDate").asText(), evaluations.get(i).path("dueDate").asText());
            assertEquals(expected.path("sourceRef").asText(), evaluations.get(i).path("sourceRef").asText());
        }
    }

    /** {@code 000:283} cites a target at 000:281 whose phrase runs on to 283; {@code 001:1206-1208} one at 001:1206. */
    private static void assertSeedLine(String id, String source, String sourceRef) {
        String[] cited = source.split("[:-]");
        String[] at = sourceRef.split(":");
        assertEquals(at[0], cited[0], id + " same seed file");
        int line = Integer.parseInt(at[1]);
        int from = Integer.parseInt(cited[1]);
        assertTrue(from >= line && from <= line + 3, id + ": the fix's line " + source + " is the target's " + sourceRef);
    }

    private static void assertDecimal(String what, JsonNode expected, JsonNode actual) {
        if (expected.isMissingNode() || expected.isNull()) {
            assertTrue(actual.isMissingNode() || actual.isNull(), what + " is null, was " + actual);
        } else {
            assertTrue(actual.isNumber(), what + " is a number, was " + actual);
            assertEquals(0, new BigDecimal(expected.asText()).compareTo(actual.decimalValue()), what);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
