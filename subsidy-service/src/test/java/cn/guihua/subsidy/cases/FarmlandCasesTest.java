package cn.guihua.subsidy.cases;

import static cn.guihua.subsidy.cases.Cases.ADMIN;
import static cn.guihua.subsidy.cases.Cases.answered;
import static cn.guihua.subsidy.cases.Cases.calculation;
import static cn.guihua.subsidy.cases.Cases.json;
import static cn.guihua.subsidy.cases.Cases.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * 槐荫区 farmland (济槐政字〔2022〕13号): every case of the farmland-*.json files through the HTTP API, one parameterised test
 * per rule family. A selection is made once a year, and every case of the notice and demonstration files selects 2024:
 * before each of them the year's 2024 selection and assessments of 370104 are removed, so that each case makes its own
 * (the other test classes select 2022, 2023 and 2025, or their own 2024 before or after this class).
 */
@QuarkusTest
class FarmlandCasesTest {

    static final String DISTRICT = "370104";
    static final String FROM = "2022-11-15";
    static final String OFFICER = DevTokens.bearer("subsidy-officer", DISTRICT);

    @Inject
    EntityManager em;

    void setUp(String family, JsonNode c) {
        Cases.parameters(em, DISTRICT, Cases.parameterNames(family), c, FROM);
    }

    static void reset(EntityManager em) {
        String rankings = "(SELECT id FROM farmland_ranking WHERE district = '370104' AND year = 2024)";
        String awards = "(SELECT id FROM application WHERE policy_code = 'HUAIYIN_FARMLAND' AND benefit_key = '2024')";
        QuarkusTransaction.requiringNew().run(() -> {
            for (String sql : List.of("DELETE FROM objection WHERE ranking_id IN " + rankings + " OR application_id IN " + awards,
                    "DELETE FROM public_notice WHERE ranking_id IN " + rankings + " OR application_id IN " + awards,
                    "DELETE FROM payment WHERE application_id IN " + awards, "DELETE FROM application WHERE id IN " + awards,
                    "DELETE FROM farmland_ranking WHERE district = '370104' AND year = 2024",
                    "DELETE FROM farmland_assessment WHERE district = '370104' AND year = 2024")) {
                em.createNativeQuery(sql).executeUpdate();
            }
        });
    }

    @AfterAll
    static void clean() {
        EntityManager em = io.quarkus.arc.Arc.container().instance(EntityManager.class).get();
        reset(em);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM parameter_value WHERE jurisdiction = '370104' AND "
                + "(name LIKE 'FARMLAND\\_%' OR name = 'PUBLIC_NOTICE_FIRST_DAY_COUNTED')").executeUpdate());
    }

    static Map<String, Object> fullMarks() {
        return new HashMap<>(Map.ofEntries(Map.entry("cultivatedArea", 1300), Map.entry("cultivatedTarget", 1000),
                Map.entry("permanentBasicArea", 900), Map.entry("permanentBasicTarget", 850), Map.entry("illegalOccupationRatio", 0),
                Map.entry("newPatchRatio", 0.5), Map.entry("districtPatchRatio", 1.0), Map.entry("measures", 5),
                Map.entry("promotedCityOrAbove", true), Map.entry("promotedDistrict", true), Map.entry("demonstrationAccepted", true),
                Map.entry("demonstrationReverified", true), Map.entry("lastYearIncentive", "NONE")));
    }

    /**
     * A village scoring {@code score} points: each on a street of its own (so that item 一.3's peer average is its own area),
     * 一 15, 二 20, 三 15 as base (50), and 四 (measures, promotions), 五 (demonstration) and 六 (funds used) making up the rest.
     */
    static Map<String, Object> village(int score) {
        int rest = score - 50;
        for (int five : new int[] { 10, 5, 0 }) {
            for (int six : new int[] { 5, 0 }) {
                int four = rest - five - six;
                for (int m = 0; m <= 5; m++) {
                    for (int city = 0; city <= 1; city++) {
                        for (int district = 0; district <= 1; district++) {
                            if (Math.min(Math.min(m * 2, 10) + 7 * city + 3 * district, 20) == four) {
                                Map<String, Object> v = new HashMap<>(Map.of("cultivatedArea", 1000, "cultivatedTarget", 1000, "permanentBasicArea", 900,
                                        "permanentBasicTarget", 850, "illegalOccupationRatio", 0, "newPatchRatio", 0, "districtPatchRatio", 0, "measures", m,
                                        "promotedCityOrAbove", city == 1, "promotedDistrict", district == 1));
                                v.put("demonstrationAccepted", five >= 5);
                                v.put("demonstrationReverified", five == 10);
                                v.put("lastYearIncentive", six == 5 ? "DISTRICT" : "NONE");
                                v.put("fundsUsedInScope", six == 5);
                                return v;
                            }
                        }
                    }
                }
            }
        }
        throw new IllegalArgumentException("no inputs score " + score);
    }

    static void assess(String code, String name, Map<String, Object> inputs) {
        RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("year", 2024, "jurisdiction", code, "name", name, "inputs", inputs)).when().post("/api/v1/farmland/assessments").then()
                .statusCode(201);
    }

    static JsonNode rank(int streets, int villages, String selectedOn, String postedOn) {
        Response r = RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("district", DISTRICT, "year", 2024, "streets", streets, "villages", villages, "selectedOn", selectedOn, "noticePostedOn",
                        postedOn)).when().post("/api/v1/farmland/rankings");
        assertEquals(201, r.statusCode(), r.asString());
        return json(r);
    }

    static JsonNode read(long id, String asOf) {
        return json(RestAssured.given().header("Authorization", OFFICER).queryParam("asOf", asOf).when().get("/api/v1/farmland/rankings/" + id)
                .then().statusCode(200).extract().response());
    }

    static Stream<Arguments> notice() {
        return Cases.of("farmland-notice");
    }

    /** The selection posted for notice, objections raised, a payment attempted, the selection read back. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("notice")
    void selectionNotice(String name, JsonNode c) {
        reset(em);
        setUp("farmland-notice", c);
        JsonNode in = c.path("input");
        JsonNode exp = c.path("expected");
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("STREET_1", "370104901");
        codes.put("VILLAGE_1", "370104902001");
        codes.put("VILLAGE_2", "370104903001");
        codes.put("VILLAGE_3", "370104904001");
        Map<String, String> names = new HashMap<>();
        codes.forEach((n, code) -> names.put(code, n));
        codes.forEach((n, code) -> assess(code, n, fullMarks()));
        String posted = in.path("noticePostedOn").asText();
        JsonNode made = rank(1, 3, in.path("selectedOn").asText(), posted);
        long id = made.path("id").asLong();
        for (JsonNode o : in.path("objections")) {
            RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                    .body(Map.of("raisedOn", o.path("on").asText(), "unit", codes.get(o.path("unit").asText()), "raisedBy", "村民"))
                    .when().post("/api/v1/farmland/rankings/" + id + "/objections").then().statusCode(201);
        }
        String asOf = posted;
        if (in.has("paymentAttemptedOn")) {
            asOf = in.path("paymentAttemptedOn").asText();
            Response paid = RestAssured.given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("paidOn", asOf))
                    .when().post("/api/v1/applications/" + made.path("streets").get(0).path("applicationId").asText() + "/payments");
            assertEquals(exp.path("httpStatus").asInt(), paid.statusCode(), name + ": " + paid.asString());
            if (paid.statusCode() >= 400) {
                assertTrue(paid.asString().contains("000:1745"), name + ": the refusal names the clause: " + paid.asString());
            }
        } else if (in.path("objections").size() > 0) {
            // read once the notice has run (the day after it ends)
            JsonNode first = read(id, posted);
            asOf = first.path("notice").hasNonNull("noticeEndsOn")
                    ? LocalDate.parse(first.path("notice").path("noticeEndsOn").asText()).plusDays(1).toString() : posted;
        }
        JsonNode view;
        if (in.has("read")) {
            JsonNode page = json(RestAssured.given().header("Authorization", OFFICER).queryParam("district", DISTRICT).queryParam("year", 2024)
                    .queryParam("asOf", asOf).when().get("/api/v1/farmland/rankings").then().statusCode(200).extract().response());
            assertEquals(1, page.path("items").size(), name + ": " + page);
            view = page.path("items").get(0);
        } else {
            view = read(id, asOf);
        }
        JsonNode notice = view.path("notice");
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "httpStatus" -> {
                }
                case "awardsPayable" -> same(name + " awardsPayable", e.getValue(), view.get("awardsPayable"));
                case "parameter" -> assertTrue(view.path("missingParameters").toString().contains(e.getValue().asText()), name + ": " + view);
                case "held" -> same(name + " held", e.getValue(), named(notice.path("held"), names));
                case "final" -> same(name + " final", e.getValue(), named(notice.path("finalUnits"), names));
                case "objectionDuringNotice" -> same(name + " duringNotice", e.getValue(), notice.path("objections").get(0).get("duringNotice"));
                case "units" -> {
                    List<String> units = new ArrayList<>();
                    for (String group : List.of("streets", "villages")) {
                        view.path(group).forEach(u -> {
                            if (u.path("selected").asBoolean()) {
                                units.add(names.get(u.path("jurisdiction").asText()));
                            }
                        });
                    }
                    same(name + " units", e.getValue(), Cases.JSON.valueToTree(units));
                }
                default -> same(name + " " + e.getKey(), e.getValue(), notice.get(e.getKey()));
            }
        }
    }

    static JsonNode named(JsonNode codes, Map<String, String> names) {
        List<String> out = new ArrayList<>();
        codes.forEach(c -> out.add(names.getOrDefault(c.asText(), c.asText())));
        return Cases.JSON.valueToTree(out);
    }

    static Stream<Arguments> demonstration() {
        return Cases.of("farmland-demonstration");
    }

    /**
     * The preference of accepted demonstration units in a real selection of villages. The cases' scores are fixtures; the
     * villages are made to score 10 points less each (the table gives a village on its own street at most 90 without the
     * peer-average item), which keeps every order and tie.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("demonstration")
    void demonstration(String name, JsonNode c) {
        reset(em);
        setUp("farmland-demonstration", c);
        JsonNode in = c.path("input");
        JsonNode exp = c.path("expected");
        if (!in.has("villages")) {
            ObjectNode b = Cases.JSON.createObjectNode();
            b.put("year", in.path("year").asInt(in.path("reverificationYear").asInt()));
            b.put("street", "370104901");
            if (in.has("village")) {
                b.put("village", "370104917001");
            }
            for (String k : List.of("incentivisedIn", "demonstrationVillagesBuilt", "reverificationYear", "passed")) {
                if (in.has(k)) {
                    b.set(k, in.get(k));
                }
            }
            ObjectNode expected = ((ObjectNode) c).deepCopy();
            ObjectNode e = Cases.JSON.createObjectNode();
            exp.fields().forEachRemaining(f -> e.set(f.getKey().replaceAll("\\d{4}$", ""), f.getValue()));
            expected.set("expected", e);
            calculation(expected, answered(Cases.post("/api/v1/farmland/demonstration-checks", b, null), expected));
            return;
        }
        assess("370104901", "示范街道", fullMarks());
        Map<String, String> names = new HashMap<>();
        int i = 0;
        for (JsonNode v : in.path("villages")) {
            String code = "3701049" + (11 + i++) + "001";
            Map<String, Object> inputs = village(v.path("score").asInt() - 10);
            if (v.has("demonstrationAcceptedOn")) {
                inputs.put("demonstrationAcceptedOn", v.path("demonstrationAcceptedOn").asText());
            }
            if (v.has("illegalOccupationRatioPercent")) {
                inputs.put("illegalOccupationRatio", v.path("illegalOccupationRatioPercent").asText());
            }
            String unit = v.path("unit").asText();
            names.put(code, unit);
            assess(code, unit, inputs);
        }
        JsonNode made = rank(1, 6, "2024-09-30", "2024-09-30");
        List<String> selected = new ArrayList<>();
        List<Map<String, String>> disqualified = new ArrayList<>();
        for (JsonNode u : made.path("villages")) {
            if (u.path("selected").asBoolean()) {
                selected.add(names.get(u.path("jurisdiction").asText()));
            }
            if (u.path("disqualifications").size() > 0) {
                disqualified.add(Map.of("unit", names.get(u.path("jurisdiction").asText()), "rule", u.path("disqualifications").get(0).asText()));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "selectedVillages" -> same(name + " selected", e.getValue(), Cases.JSON.valueToTree(selected));
                case "tieAtCutoff" -> same(name + " tie", e.getValue(), made.get("tieAtCutoff"));
                case "parameter" -> assertTrue(made.path("missingParameters").toString().contains(e.getValue().asText()), name + ": " + made);
                case "disqualified" -> same(name + " disqualified", e.getValue(), Cases.JSON.valueToTree(disqualified));
                default -> Cases.fails(name + ": unexpected key " + e.getKey());
            }
        }
    }

    static Stream<Arguments> fundUse() {
        return Cases.of("farmland-fund-use");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fundUse")
    void fundUse(String name, JsonNode c) {
        JsonNode result = answered(Cases.post("/api/v1/farmland/fund-use-checks", Cases.body(c), null), c);
        c.path("expected").fields().forEachRemaining(e -> same(name + " " + e.getKey(), e.getValue(), result.get(e.getKey())));
    }

    static Stream<Arguments> outlay() {
        return Cases.of("farmland-outlay");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outlay")
    void outlay(String name, JsonNode c) {
        JsonNode in = c.path("input");
        var r = RestAssured.given().queryParam("year", in.path("year").asInt());
        if (in.has("selected")) {
            r.queryParam("streets", in.path("selected").path("streets").asInt()).queryParam("villages", in.path("selected").path("villages").asInt());
        }
        JsonNode answer = answered(r.when().get("/api/v1/farmland/outlay"), c);
        calculation(c, answer);
        if (c.path("expected").path("httpStatus").asInt(200) == 200) {
            // the policy document shows the same figures, derived from the rules in force
            JsonNode policy = json(RestAssured.given().queryParam("asOf", in.path("year").asInt() + "-06-30").when().get("/api/v1/policies/HUAIYIN_FARMLAND")
                    .then().statusCode(200).extract().response());
            same(name + " policy outlay", answer.path("results").path("minimum"), policy.path("derived").path("minimumOutlay"));
            same(name + " policy outlay", answer.path("results").path("maximum"), policy.path("derived").path("maximumOutlay"));
        }
    }

    static String admin() {
        return ADMIN;
    }
}
