package cn.guihua.subsidy.farmland;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class FarmlandTest {

    static final String OFFICER = DevTokens.bearer("subsidy-officer", "370104");

    /** Every item of 附件1 met: 一 25 (15 + 5 + 5), 二 20, 三 15, 四 20, 五 10, 六 10 (not rewarded last year, 000:1809). */
    static Map<String, Object> fullMarks() {
        return Map.ofEntries(Map.entry("cultivatedArea", 1300), Map.entry("cultivatedTarget", 1000),
                Map.entry("permanentBasicArea", 900), Map.entry("permanentBasicTarget", 850),
                Map.entry("illegalOccupationRatio", 0), Map.entry("newPatchRatio", 0.5), Map.entry("districtPatchRatio", 1.0),
                Map.entry("measures", 5), Map.entry("promotedCityOrAbove", true), Map.entry("promotedDistrict", true),
                Map.entry("demonstrationAccepted", true), Map.entry("demonstrationReverified", true),
                Map.entry("lastYearIncentive", "NONE"));
    }

    /** A unit that meets its tasks and little else. */
    static Map<String, Object> modest(int area, int target) {
        return Map.of("cultivatedArea", area, "cultivatedTarget", target, "permanentBasicArea", 300, "permanentBasicTarget", 300,
                "illegalOccupationRatio", 0, "measures", 1, "lastYearIncentive", "CITY_OR_PROVINCE");
    }

    static JsonPath assess(int year, String code, String name, Map<String, Object> inputs) {
        return given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("year", year, "jurisdiction", code, "name", name, "inputs", inputs))
                .when().post("/api/v1/farmland/assessments").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aStreetMeetingEveryItemScoresAsTheTableSaysAndIfRankedGets300k() throws Exception {
        String a = assess(2024, "370104001", "吴家堡街道", fullMarks()).getString("id");
        assess(2024, "370104002", "张庄路街道", modest(500, 400));
        assess(2024, "370104001001", "甲村", modest(200, 150));
        assess(2024, "370104001002", "乙村", modest(180, 150));
        assess(2024, "370104002001", "丙村", modest(160, 150));
        // a street recommends at most 2 villages a year (000:1745)
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("year", 2024, "jurisdiction", "370104001003", "name", "丁村", "inputs", modest(100, 90)))
                .when().post("/api/v1/farmland/assessments").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("000:1745"));

        JsonPath score = given().header("Authorization", OFFICER).when().get("/api/v1/farmland/assessments/" + a + "/score")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(25, 20, 15, 20, 10, 10), score.getList("score.items"));
        assertEquals(100, score.getInt("score.total"));
        assertEquals(true, score.getBoolean("score.qualifies"));
        // every step names its clause: the seed line and the words it applies
        List<Map<String, Object>> steps = score.getList("steps");
        for (Map<String, Object> step : steps) {
            @SuppressWarnings("unchecked")
            Map<String, String> clause = (Map<String, String>) step.get("clause");
            org.hamcrest.MatcherAssert.assertThat(clause.get("ref"), matchesPattern("000:1[0-9]{3}"));
            org.hamcrest.MatcherAssert.assertThat(clause.get("quote"), notNullValue());
        }
        assertEquals("000:1796", score.getString("steps.find { it.rule == 'F1B_ABOVE_QUOTA' }.clause.ref"));
        assertEquals(5, score.getInt("steps.find { it.rule == 'F1B_ABOVE_QUOTA' }.result"));
        assertEquals("000:1809", score.getString("steps.find { it.rule == 'F6_NOT_INCENTIVISED' }.clause.ref"));

        Response made = given().header("Authorization", OFFICER).header("Idempotency-Key", "ranking-2024").contentType(ContentType.JSON)
                .body(Map.of("district", "370104", "year", 2024, "streets", 1, "villages", 3, "selectedOn", "2024-03-10", "noticePostedOn", "2024-03-11"))
                .when().post("/api/v1/farmland/rankings").then().statusCode(201).extract().response();
        JsonPath ranking = made.jsonPath();
        // the answer is the selection as it reads back on the notice's first day, and of the same type
        Response read = given().header("Authorization", OFFICER).queryParam("asOf", "2024-03-11").when()
                .get("/api/v1/farmland/rankings/" + ranking.getLong("id")).then().statusCode(200).extract().response();
        assertEquals(new ObjectMapper().readTree(read.asString()), new ObjectMapper().readTree(made.asString()));
        assertEquals(read.contentType(), made.contentType());
        assertEquals(List.of("370104001", "370104002"), ranking.getList("streets.jurisdiction"));
        assertEquals(List.of(true, false), ranking.getList("streets.selected"));
        assertEquals(300000.00f, ranking.getFloat("streets[0].reward"));
        assertEquals(List.of(true, true, true), ranking.getList("villages.selected"));
        assertEquals(List.of(100000.0f, 100000.0f, 100000.0f), ranking.getList("villages.reward"));
        String award = ranking.getString("streets[0].applicationId");

        given().header("Authorization", OFFICER).when().get("/api/v1/applications/" + award).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("origin", equalTo("RANKING"))
                .body("beneficiaryType", equalTo("STREET")).body("amount", equalTo(300000.00f))
                .body("calculation.steps.find { it.rule == 'REWARD' }.clause.ref", equalTo("000:1747"))
                .body("calculation.steps.find { it.rule == 'NO_INDIVIDUALS' }.clause.ref", equalTo("000:1777"));
        // audited as every approval is: who, where, what
        given().header("Authorization", DevTokens.bearer("auditor", "370000")).queryParam("entityType", "Application")
                .queryParam("entityId", award).when().get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("application.approved")).body("items[0].actor", equalTo("subsidy-officer@370104"))
                .body("items[0].jurisdiction", equalTo("370104")).body("items[0].at", notNullValue())
                .body("items[0].details.policy", equalTo("HUAIYIN_FARMLAND")).body("items[0].details.benefit", equalTo("2024"))
                .body("items[0].details.amount", equalTo(300000.00f));

        // a retry with the same key gets the first answer; otherwise, once a year
        given().header("Authorization", OFFICER).header("Idempotency-Key", "ranking-2024").contentType(ContentType.JSON)
                .body(Map.of("district", "370104", "year", 2024, "streets", 1, "villages", 3, "selectedOn", "2024-03-10", "noticePostedOn", "2024-03-11"))
                .when().post("/api/v1/farmland/rankings").then().statusCode(201)
                .body("streets[0].applicationId", equalTo(award));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("district", "370104", "year", 2024, "streets", 1, "villages", 3, "selectedOn", "2024-03-10", "noticePostedOn", "2024-03-11"))
                .when().post("/api/v1/farmland/rankings").then().statusCode(409);

        // not before the selection's public notice is over (000:1745): its length is the officer's (here 7 calendar days)
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("paidOn", "2024-03-15"))
                .when().post("/api/v1/applications/" + award + "/payments").then().statusCode(409)
                .body("detail", containsString("000:1745")).body("detail", containsString("FARMLAND_NOTICE_DAYS"));
        for (String[] p : new String[][] { { "FARMLAND_NOTICE_DAYS", "7" }, { "FARMLAND_NOTICE_DAY_KIND", "CALENDAR" } }) {
            given().header("Authorization", DevTokens.bearer("admin", "370000")).contentType(ContentType.JSON)
                    .body(Map.of("name", p[0], "jurisdiction", "370104", "validFrom", "2022-11-15", "value", p[1]))
                    .when().post("/api/v1/parameters").then().statusCode(201);
        }
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("paidOn", "2024-03-18"))
                .when().post("/api/v1/applications/" + award + "/payments").then().statusCode(409).body("detail", containsString("2024-03-18"));
        // paid: the fund-use plan is due within a month (000:1775)
        String payment = given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("paidOn", "2024-07-01", "reference", "HYCZ-2024-001"))
                .when().post("/api/v1/applications/" + award + "/payments").then().statusCode(201)
                .body("amount", equalTo(300000.00f)).body("fundUsePlanDue", equalTo("2024-08-01")).extract().path("id");
        given().header("Authorization", OFFICER).queryParam("fundUsePlanOverdueOn", "2024-08-15").when().get("/api/v1/payments")
                .then().statusCode(200).body("items.id", hasItem(payment));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("adoptedOn", "2024-07-20"))
                .when().post("/api/v1/payments/" + payment + "/fund-use-plan").then().statusCode(200)
                .body("fundUsePlanOn", equalTo("2024-07-20"));
        given().header("Authorization", OFFICER).queryParam("fundUsePlanOverdueOn", "2024-08-15").when().get("/api/v1/payments")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(payment)));
        // paid once
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(Map.of("paidOn", "2024-07-02"))
                .when().post("/api/v1/applications/" + award + "/payments").then().statusCode(409);
    }

    @Test
    void illegalOccupationAboveTenPercentDisqualifiesWhateverTheScore() {
        Map<String, Object> highButIllegal = new java.util.HashMap<>(fullMarks());
        highButIllegal.put("illegalOccupationRatio", 12);
        String c = assess(2025, "370104003", "兴福街道", highButIllegal).getString("id");
        assess(2025, "370104004", "玉清湖街道", modest(800, 700));

        given().header("Authorization", OFFICER).when().get("/api/v1/farmland/assessments/" + c).then().statusCode(200)
                // 10 points lost on item 三.1 (12% illegal) and 2 on 一.3 (23.8% above the streets' average of 1050, 3 points)
                .body("score.total", equalTo(88)).body("score.qualifies", equalTo(false))
                .body("score.disqualifications", contains("DQ_ILLEGAL_OCCUPATION"));
        given().header("Authorization", OFFICER).when().get("/api/v1/farmland/assessments/" + c + "/score").then().statusCode(200)
                .body("steps.find { it.rule == 'DQ_ILLEGAL_OCCUPATION' }.clause.ref", equalTo("000:1755"))
                .body("steps.find { it.rule == 'DQ_ILLEGAL_OCCUPATION' }.result", equalTo(true));

        JsonPath ranking = given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("district", "370104", "year", 2025, "streets", 2, "villages", 3, "selectedOn", "2025-03-10"))
                .when().post("/api/v1/farmland/rankings").then().statusCode(201).extract().jsonPath();
        assertEquals(List.of("370104004", "370104003"), ranking.getList("streets.jurisdiction"));
        assertEquals(List.of(true, false), ranking.getList("streets.selected"));
        org.hamcrest.MatcherAssert.assertThat(ranking.getInt("streets[1].total"),
                org.hamcrest.Matchers.greaterThan(ranking.getInt("streets[0].total")));
        assertEquals(null, (Object) ranking.get("streets[1].reward"));
    }

    @Test
    void inputsAreReplacedWithTheVersionRead() {
        // a village of its own street and year: no other test's averages or rankings see it
        JsonPath created = assess(2023, "370104009001", "某村", modest(500, 400));
        String id = created.getString("id");
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("inputs", fullMarks(), "version", created.getInt("version")))
                .when().put("/api/v1/farmland/assessments/" + id).then().statusCode(200)
                .body("version", equalTo(created.getInt("version") + 1)).body("inputs.measures", equalTo(5));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("inputs", modest(1, 1), "version", created.getInt("version")))
                .when().put("/api/v1/farmland/assessments/" + id).then().statusCode(409);
        given().header("Authorization", OFFICER).when().get("/api/v1/farmland/assessments/" + id).then().statusCode(200)
                .body("inputs.cultivatedArea", equalTo(1300));
        given().header("Authorization", OFFICER).queryParam("year", 2023).queryParam("jurisdiction", "370104009001")
                .when().get("/api/v1/farmland/assessments").then().statusCode(200)
                .body("total", equalTo(1)).body("totalPages", equalTo(1));
    }

    @Test
    void selectionCountsOutsideTheDocumentsRangeAreRefused() {
        given().header("Authorization", OFFICER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("district", "370104", "year", 2023, "streets", 3, "villages", 3, "selectedOn", "2023-03-10"))
                .when().post("/api/v1/farmland/rankings").then().statusCode(400)
                .body("errors[0].field", equalTo("streets")).body("errors[0].message", containsString("000:1745"));
    }

    @Test
    void theIncentiveIsNotInForceAfterItsExpiry() {
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "jurisdiction", "370104005", "name", "x", "inputs", fullMarks()))
                .when().post("/api/v1/farmland/assessments").then().statusCode(422)
                .body("detail", containsString("2025-11-14"));
    }

    @Test
    void onlyHuaiyinStreetsAndVillagesAreAssessed() {
        given().header("Authorization", DevTokens.bearer("admin", "370000")).contentType(ContentType.JSON)
                .body(Map.of("year", 2024, "jurisdiction", "370103001", "name", "市中区某街道", "inputs", fullMarks()))
                .when().post("/api/v1/farmland/assessments").then().statusCode(400).body("errors[0].field", equalTo("jurisdiction"));
    }

    @Test
    void moneyNeverGoesToIndividuals() {
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("policy", "HUAIYIN_FARMLAND", "benefit", "2024", "beneficiaryType", "PERSON",
                        "beneficiaryId", "11010519491231002X", "beneficiaryName", "王五", "jurisdiction", "370104"))
                .when().post("/api/v1/applications").then().statusCode(400)
                .body("errors[0].field", equalTo("beneficiaryType")).body("detail", containsString("000:1777"));
    }

    @Test
    void assessmentsNeedTheOfficersJurisdiction() {
        given().header("Authorization", DevTokens.bearer("subsidy-officer", "371302")).contentType(ContentType.JSON)
                .body(Map.of("year", 2024, "jurisdiction", "370104009", "name", "x"))
                .when().post("/api/v1/farmland/assessments").then().statusCode(403);
        given().header("Authorization", DevTokens.bearer("reporter", "370104")).when().get("/api/v1/farmland/assessments")
                .then().statusCode(403);
        given().when().get("/api/v1/farmland/assessments").then().statusCode(401);
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(Map.of("year", 2024, "jurisdiction", "3701", "name", ""))
                .when().post("/api/v1/farmland/assessments").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("jurisdiction", "name"));
    }
}
