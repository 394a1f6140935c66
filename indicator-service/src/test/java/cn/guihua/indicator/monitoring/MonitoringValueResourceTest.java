package cn.guihua.indicator.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.indicator.platform.MonitoringTopic;
import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class MonitoringValueResourceTest {

    static final String REPORTER_HUAIYIN = DevTokens.bearer("reporter", "370104");
    static final String REVIEWER_HUAIYIN = DevTokens.bearer("reviewer", "370104");
    static final String REPORTER_LANSHAN = DevTokens.bearer("reporter", "371302");

    @BeforeEach
    void catalogue() {
        PlanServiceStub.ensureLoaded();
    }

    static String submit(String token, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/monitoring-values").then().statusCode(201).extract().path("id");
    }

    @Test
    void huaiyinNeonatalMortality2023IsValidatedApprovedEvaluatedAndPublished() throws Exception {
        String id = given().header("Authorization", REPORTER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2023\","
                        + "\"value\":2.4,\"numerator\":3,\"denominator\":1250,\"unit\":\"‰\",\"department\":\"区卫生健康局\"}")
                .when().post("/api/v1/monitoring-values").then().statusCode(201)
                .header("Location", containsString("/api/v1/monitoring-values/"))
                .body("status", equalTo("PENDING")).body("version", equalTo(1)).body("unit", equalTo("‰"))
                .body("reportedBy", equalTo("reporter@370104")).body("year", equalTo(2023))
                .body("sex", equalTo("TOTAL")).body("ageGroup", equalTo("TOTAL"))
                .extract().path("id");

        // pending values do not count unless asked for
        given().header("Authorization", REVIEWER_HUAIYIN).queryParam("plan", "370104-children-2021").queryParam("year", 2023)
                .when().get("/api/v1/evaluations").then().statusCode(200)
                .body("targets.find { it.indicatorCode == 'NEONATAL_MORTALITY' }.status", equalTo("NO_DATA"));

        given().header("Authorization", REVIEWER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"decision\":\"APPROVE\",\"reason\":\"与卫健统计年报一致\"}")
                .when().post("/api/v1/monitoring-values/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("reviewedBy", equalTo("reviewer@370104"));

        given().header("Authorization", REVIEWER_HUAIYIN).header("Accept-Language", "en")
                .queryParam("plan", "370104-children-2021").queryParam("year", 2023)
                .when().get("/api/v1/evaluations").then().statusCode(200)
                .body("planTitle", equalTo("济南市槐荫区“十四五”儿童发展规划"))
                .body("targets.find { it.indicatorCode == 'NEONATAL_MORTALITY' }.status", equalTo("ACHIEVED"))
                .body("targets.find { it.indicatorCode == 'NEONATAL_MORTALITY' }.observed", equalTo(2.4f))
                .body("targets.find { it.indicatorCode == 'NEONATAL_MORTALITY' }.targetValue", equalTo(3))
                .body("targets.find { it.indicatorCode == 'NEONATAL_MORTALITY' }.sourceRef", equalTo("000:663"))
                .body("targets.find { it.indicatorCode == 'NEONATAL_MORTALITY' }.explanation", containsString("AT_MOST 3"));

        MonitoringTopic.Event submitted = MonitoringTopic.await("370104:NEONATAL_MORTALITY",
                e -> e.get("type").asText().endsWith("submitted.v1") && id.equals(e.get("data").get("valueId").asText()));
        assertNotNull(submitted, "no submitted event on guihua.indicator.monitoring");
        JsonNode e = submitted.cloudEvent();
        assertEquals("1.0", e.get("specversion").asText());
        assertEquals("https://guihua.dev/services/indicator-service", e.get("source").asText());
        assertEquals("https://guihua.dev/schemas/events/cn.guihua.indicator.monitoring.submitted.v1", e.get("dataschema").asText());
        assertEquals("application/json", e.get("datacontenttype").asText());
        assertEquals("monitoring-values/" + id, e.get("subject").asText());
        JsonNode data = e.get("data");
        assertEquals("2023", data.get("period").asText());
        assertEquals(2023, data.get("year").asInt());
        assertEquals(1, data.get("version").asInt());
        assertEquals(0, data.get("value").decimalValue().compareTo(new java.math.BigDecimal("2.4")));
        assertEquals("‰", data.get("unit").asText());
        assertEquals("PENDING", data.get("status").asText());
        assertEquals("reporter@370104", data.get("reportedBy").asText());
        assertEquals(true, data.get("supersedes").isNull());

        MonitoringTopic.Event reviewed = MonitoringTopic.await("370104:NEONATAL_MORTALITY",
                ev -> ev.get("type").asText().equals("cn.guihua.indicator.monitoring.reviewed.v1")
                        && id.equals(ev.get("data").get("valueId").asText()));
        assertNotNull(reviewed, "no reviewed event on guihua.indicator.monitoring");
        assertEquals("APPROVED", reviewed.cloudEvent().get("data").get("status").asText());
        assertEquals("reviewer@370104", reviewed.cloudEvent().get("data").get("reviewedBy").asText());
        assertEquals("与卫健统计年报一致", reviewed.cloudEvent().get("data").get("reason").asText());
    }

    @Test
    void lanshanReporterCannotSubmitForHuaiyin() {
        given().header("Authorization", REPORTER_LANSHAN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2022\",\"value\":2.1}")
                .when().post("/api/v1/monitoring-values").then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Your jurisdiction 371302 does not include 370104"));
        given().header("Authorization", REPORTER_HUAIYIN).queryParam("jurisdiction", "370104").queryParam("period", "2022")
                .queryParam("indicator", "NEONATAL_MORTALITY").when().get("/api/v1/monitoring-values").then()
                .statusCode(200).body("total", equalTo(0));
        // nor read there, nor review there
        given().header("Authorization", REPORTER_LANSHAN).queryParam("jurisdiction", "370104")
                .when().get("/api/v1/monitoring-values").then().statusCode(403);
        String id = submit(REPORTER_HUAIYIN, "{\"indicatorCode\":\"INFANT_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2022\",\"value\":2.8}");
        given().header("Authorization", DevTokens.bearer("reviewer", "371302")).contentType(ContentType.JSON)
                .body("{\"decision\":\"APPROVE\"}").when().post("/api/v1/monitoring-values/" + id + "/review").then().statusCode(403);
        given().header("Authorization", REPORTER_LANSHAN).when().get("/api/v1/monitoring-values").then().statusCode(200)
                .body("items.jurisdiction", everyItem(startsWith("371302")));
    }

    @Test
    void aPercentageOf120AndAnUnknownIndicatorAreFieldErrors() {
        given().header("Authorization", REPORTER_HUAIYIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"DISABLED_LIVING_SUBSIDY_COVERAGE\",\"jurisdiction\":\"370104\",\"period\":\"2022\",\"value\":120}")
                .when().post("/api/v1/monitoring-values").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("errors.field", contains("value"))
                .body("errors[0].message", containsString("a percentage must lie between 0 and 100"));
        given().header("Authorization", REPORTER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"NO_SUCH_INDICATOR\",\"jurisdiction\":\"370104\",\"period\":\"2022\",\"value\":1}")
                .when().post("/api/v1/monitoring-values").then().statusCode(400)
                .body("title", equalTo("请求参数无效"))
                .body("errors.field", contains("indicatorCode"))
                .body("errors[0].message", containsString("不在 plan-service 的指标目录中"));
        given().header("Authorization", REPORTER_HUAIYIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"CHILD_VENUES\",\"jurisdiction\":\"3701\",\"period\":\"2019\",\"value\":2.5,\"unit\":\"%\",\"ageGroup\":\"kids\"}")
                .when().post("/api/v1/monitoring-values").then().statusCode(400)
                .body("errors.field", contains("jurisdiction", "period", "ageGroup", "value", "unit"))
                .body("errors.find { it.field == 'period' }.message", equalTo("Indicator CHILD_VENUES is tracked in 2020-2025, not in 2019"))
                .body("errors.find { it.field == 'value' }.message", containsString("a count must be a whole number"));
        given().header("Authorization", REPORTER_HUAIYIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2021\",\"value\":2.5,\"numerator\":3,\"denominator\":1250}")
                .when().post("/api/v1/monitoring-values").then().statusCode(400)
                .body("errors[0].field", equalTo("value")).body("errors[0].message", containsString("numerator/denominator"));
        given().header("Authorization", REPORTER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2021\",\"sex\":\"X\",\"value\":1}")
                .when().post("/api/v1/monitoring-values").then().statusCode(400).body("errors[0].field", equalTo("sex"));
    }

    @Test
    void aCorrectionKeepsTheHistory() throws Exception {
        String first = submit(REPORTER_HUAIYIN, "{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104001\","
                + "\"period\":\"2023-Q2\",\"sex\":\"FEMALE\",\"value\":1.9,\"comment\":\"首报\"}");
        given().header("Authorization", REVIEWER_HUAIYIN).contentType(ContentType.JSON).body("{\"decision\":\"REJECT\"}")
                .when().post("/api/v1/monitoring-values/" + first + "/review").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().header("Authorization", REVIEWER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"decision\":\"REJECT\",\"reason\":\"漏报 6 月病例\"}")
                .when().post("/api/v1/monitoring-values/" + first + "/review").then().statusCode(200)
                .body("status", equalTo("REJECTED"));

        String second = given().header("Authorization", REPORTER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"version\":1,\"value\":2.2,\"reason\":\"补录 6 月死亡病例\"}")
                .when().post("/api/v1/monitoring-values/" + first + "/corrections").then().statusCode(201)
                .body("version", equalTo(2)).body("supersedes", equalTo(first)).body("status", equalTo("PENDING"))
                .body("reason", equalTo("补录 6 月死亡病例")).body("sex", equalTo("FEMALE")).body("period", equalTo("2023-Q2"))
                .extract().path("id");

        given().header("Authorization", REPORTER_HUAIYIN).when().get("/api/v1/monitoring-values/" + second + "/history").then()
                .statusCode(200)
                .body("version", contains(1, 2))
                .body("status", contains("SUPERSEDED", "PENDING"))
                .body("value", contains(1.9f, 2.2f))
                .body("[0].reviewReason", equalTo("漏报 6 月病例"))
                .body("[0].current", equalTo(false)).body("[1].current", equalTo(true))
                .body("[1].reportedBy", equalTo("reporter@370104"));
        // the old version is still readable by its id, unchanged in value
        given().header("Authorization", REPORTER_HUAIYIN).when().get("/api/v1/monitoring-values/" + first).then()
                .statusCode(200).body("value", equalTo(1.9f)).body("status", equalTo("SUPERSEDED"));
        // a stale version, or correcting the superseded one, is a conflict
        given().header("Authorization", REPORTER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"version\":1,\"value\":2.3,\"reason\":\"再改\"}")
                .when().post("/api/v1/monitoring-values/" + second + "/corrections").then().statusCode(409);
        given().header("Authorization", REPORTER_HUAIYIN).contentType(ContentType.JSON)
                .body("{\"version\":1,\"value\":2.3,\"reason\":\"再改\"}")
                .when().post("/api/v1/monitoring-values/" + first + "/corrections").then().statusCode(409);
        given().header("Authorization", REPORTER_HUAIYIN).contentType(ContentType.JSON).body("{\"version\":2,\"value\":2.3}")
                .when().post("/api/v1/monitoring-values/" + second + "/corrections").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));

        MonitoringTopic.Event corrected = MonitoringTopic.await("370104001:NEONATAL_MORTALITY",
                e -> e.get("type").asText().equals("cn.guihua.indicator.monitoring.corrected.v1"));
        assertNotNull(corrected);
        assertEquals(first, corrected.cloudEvent().get("data").get("supersedes").asText());
        assertEquals("补录 6 月死亡病例", corrected.cloudEvent().get("data").get("reason").asText());
        assertEquals(2, corrected.cloudEvent().get("data").get("version").asInt());
    }

    @Test
    void reviewRules() {
        String id = submit(REPORTER_HUAIYIN, "{\"indicatorCode\":\"INFANT_MORTALITY\",\"jurisdiction\":\"370104002\",\"period\":\"2023\",\"value\":2.9}");
        // reporters do not review; nobody reviews twice; a province reviewer may review a district's value
        given().header("Authorization", REPORTER_HUAIYIN).contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\"}")
                .when().post("/api/v1/monitoring-values/" + id + "/review").then().statusCode(403);
        given().header("Authorization", DevTokens.bearer("reviewer", "370000")).contentType(ContentType.JSON)
                .body("{\"decision\":\"APPROVE\"}").when().post("/api/v1/monitoring-values/" + id + "/review").then()
                .statusCode(200).body("status", equalTo("APPROVED")).body("reviewReason", nullValue());
        given().header("Authorization", REVIEWER_HUAIYIN).contentType(ContentType.JSON).body("{\"decision\":\"REJECT\",\"reason\":\"x\"}")
                .when().post("/api/v1/monitoring-values/" + id + "/review").then().statusCode(409);
        given().header("Authorization", REVIEWER_HUAIYIN).contentType(ContentType.JSON).body("{\"decision\":\"MAYBE\"}")
                .when().post("/api/v1/monitoring-values/" + id + "/review").then().statusCode(400)
                .body("errors[0].field", equalTo("decision"));
        given().header("Authorization", REVIEWER_HUAIYIN).contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\"}")
                .when().post("/api/v1/monitoring-values/00000000-0000-0000-0000-000000000000/review").then().statusCode(404);
    }

    @Test
    void aSeriesHasOneCurrentValueAndRetriesAreIdempotent() {
        String body = "{\"indicatorCode\":\"CHILD_VENUES\",\"jurisdiction\":\"370104\",\"period\":\"2022\",\"value\":12}";
        String first = given().header("Authorization", REPORTER_HUAIYIN).header("Idempotency-Key", "venues-2022")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/monitoring-values").then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", REPORTER_HUAIYIN).header("Idempotency-Key", "venues-2022")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/monitoring-values").then().statusCode(201)
                .body("id", equalTo(first));
        given().header("Authorization", REPORTER_HUAIYIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/monitoring-values").then().statusCode(409).body("detail", containsString(first));
        given().header("Authorization", REPORTER_HUAIYIN).queryParam("indicatorCode", "CHILD_VENUES").queryParam("period", "2022")
                .queryParam("jurisdiction", "370104").when().get("/api/v1/monitoring-values").then().statusCode(200).body("total", equalTo(1))
                .body("totalPages", equalTo(1))
                .body("items.id", hasItem(first)).body("items.jurisdiction", not(hasItem("371302")));
        given().when().get("/api/v1/monitoring-values").then().statusCode(401);
    }

    @Test
    void listFiltersAreNamedAfterTheirFieldsAndChecked() {
        String id = submit(REPORTER_HUAIYIN, "{\"indicatorCode\":\"CHILD_VENUES\",\"jurisdiction\":\"370104008\",\"period\":\"2023-Q2\",\"value\":3}");
        // indicatorCode, and the old name indicator as a deprecated alias; the field's name wins
        for (String[] filter : new String[][] { { "indicatorCode", "CHILD_VENUES" }, { "indicator", "CHILD_VENUES" } }) {
            given().header("Authorization", REPORTER_HUAIYIN).queryParam(filter[0], filter[1]).queryParam("jurisdiction", "370104008")
                    .when().get("/api/v1/monitoring-values").then().statusCode(200).body("items.id", contains(id));
        }
        given().header("Authorization", REPORTER_HUAIYIN).queryParam("indicatorCode", "CHILD_VENUES").queryParam("indicator", "NO_SUCH")
                .queryParam("jurisdiction", "370104008").when().get("/api/v1/monitoring-values").then().statusCode(200)
                .body("items.id", contains(id));
        given().header("Authorization", REPORTER_HUAIYIN).queryParam("period", "2023-q2").queryParam("year", 2023)
                .queryParam("jurisdiction", "370104008").when().get("/api/v1/monitoring-values").then().statusCode(200)
                .body("items.id", contains(id));
        // years within 1900-2199, periods and jurisdictions as submissions have them
        for (String[] bad : new String[][] { { "year", "1899" }, { "year", "2200" }, { "year", "-1" }, { "period", "2023-13" },
            { "period", "12345-06" }, { "jurisdiction", "3701" }, { "jurisdiction", "%" } }) {
            given().header("Authorization", REPORTER_HUAIYIN).header("Accept-Language", "en").queryParam(bad[0], bad[1])
                    .when().get("/api/v1/monitoring-values").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[0]));
        }
        given().header("Authorization", REPORTER_HUAIYIN).queryParam("page", 2_147_483_647)
                .when().get("/api/v1/monitoring-values").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}
