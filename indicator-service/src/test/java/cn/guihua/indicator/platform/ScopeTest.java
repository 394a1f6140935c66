package cn.guihua.indicator.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every read by id checks the caller's jurisdiction as the lists do: a record of 槐荫区 (370104) read with a token of
 * 兰山区 (371302) is a 403 problem. 403, not 404: a monitoring value's id is a random UUID only someone shown the value
 * knows, and a plan's code is public (plans are published documents), so the answer leaks nothing.
 * <p>
 * Exempt, not scoped: {@code GET /api/v1/catalogue} and {@code /api/v1/catalogue/indicators} (plan-service's public
 * catalogue, no path parameter), {@code GET /api/v1/audit} (admins and auditors only, who are unscoped) and
 * {@code GET /api/v1/reporting-schedules/{indicatorCode}} (an indicator's reporting deadlines are the same everywhere,
 * like the catalogue they belong to). A shipped validation rule has no jurisdiction and is everyone's.
 */
@QuarkusTest
class ScopeTest {

    private static final String HUAIYIN = DevTokens.bearer("reporter", "370104");
    private static final String LANSHAN = DevTokens.bearer("reporter", "371302");
    private static final String LANSHAN_REVIEWER = DevTokens.bearer("reviewer", "371302");
    private static final String HUAIYIN_PLAN = "370104-children-2021";

    @BeforeEach
    void catalogue() {
        PlanServiceStub.ensureLoaded();
    }

    /** A value of a street of 槐荫区, one series per test (the month). */
    private static String huaiyinValue(int month) {
        return given().header("Authorization", HUAIYIN).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"CHILD_MYOPIA_RATE\",\"jurisdiction\":\"370104011\",\"period\":\"2021-0"
                        + month + "\",\"sex\":\"MALE\",\"value\":51.5}")
                .when().post("/api/v1/monitoring-values").then().statusCode(201).extract().path("id");
    }

    @Test
    void aMonitoringValueOfAnotherJurisdiction() {
        String id = huaiyinValue(1);
        given().header("Authorization", HUAIYIN).when().get("/api/v1/monitoring-values/" + id).then().statusCode(200);
        given().header("Authorization", LANSHAN).header("Accept-Language", "en").when().get("/api/v1/monitoring-values/" + id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Your jurisdiction 371302 does not include 370104011"));
    }

    @Test
    void theHistoryOfAValueOfAnotherJurisdiction() {
        String id = huaiyinValue(2);
        given().header("Authorization", HUAIYIN).when().get("/api/v1/monitoring-values/" + id + "/history").then().statusCode(200);
        given().header("Authorization", LANSHAN).when().get("/api/v1/monitoring-values/" + id + "/history").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void writesByIdAreScopedToo() {
        String id = huaiyinValue(3);
        given().header("Authorization", LANSHAN).contentType(ContentType.JSON).body("{\"version\":1,\"value\":50,\"reason\":\"x\"}")
                .when().post("/api/v1/monitoring-values/" + id + "/corrections").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", LANSHAN_REVIEWER).contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\"}")
                .when().post("/api/v1/monitoring-values/" + id + "/review").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theReportsOfAPlanOfAnotherJurisdiction() {
        for (String kind : new String[] { "ANNUAL", "MID_TERM", "FINAL" }) {
            given().header("Authorization", HUAIYIN).queryParam("kind", kind).queryParam("year", 2023)
                    .when().get("/api/v1/reports/" + HUAIYIN_PLAN).then().statusCode(200);
            given().header("Authorization", LANSHAN).queryParam("kind", kind)
                    .queryParam("year", 2023).when().get("/api/v1/reports/" + HUAIYIN_PLAN).then().statusCode(403)
                    .contentType("application/problem+json");
            // the defaults of the year do not skip the check
            given().header("Authorization", LANSHAN).queryParam("kind", kind).when().get("/api/v1/reports/" + HUAIYIN_PLAN)
                    .then().statusCode(kind.equals("ANNUAL") ? 400 : 403).contentType("application/problem+json");
        }
        given().header("Authorization", LANSHAN).accept("text/csv").queryParam("year", 2023)
                .when().get("/api/v1/reports/" + HUAIYIN_PLAN).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theEvaluationsAndWarningsOfAPlanOfAnotherJurisdiction() {
        for (String path : new String[] { "/api/v1/evaluations", "/api/v1/evaluations/warnings" }) {
            given().header("Authorization", HUAIYIN).queryParam("plan", HUAIYIN_PLAN).queryParam("year", 2023)
                    .when().get(path).then().statusCode(200);
            given().header("Authorization", LANSHAN).queryParam("plan", HUAIYIN_PLAN).queryParam("year", 2023)
                    .when().get(path).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void theSpreadsheetsDocumentsChartsAndTemplatesOfAPlanOfAnotherJurisdiction() {
        for (String type : new String[] { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }) {
            given().header("Authorization", HUAIYIN).accept(type).queryParam("kind", "MID_TERM").when()
                    .get("/api/v1/reports/" + HUAIYIN_PLAN).then().statusCode(200).contentType(type);
            given().header("Authorization", LANSHAN).accept(type).queryParam("kind", "MID_TERM").when()
                    .get("/api/v1/reports/" + HUAIYIN_PLAN).then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", LANSHAN).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("plan", HUAIYIN_PLAN).queryParam("year", 2023).when().get("/api/v1/evaluations").then()
                .statusCode(403).contentType("application/problem+json");
        for (String chart : new String[] { "status", "trend?targetId=1" }) {
            String path = "/api/v1/reports/" + HUAIYIN_PLAN + "/charts/" + chart;
            given().header("Authorization", HUAIYIN).queryParam("kind", "FINAL").when().get(path).then().statusCode(200);
            given().header("Authorization", LANSHAN).queryParam("kind", "FINAL").when().get(path).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        // the template shows the previous period's values of the jurisdiction: scoped as the values are
        given().header("Authorization", LANSHAN).queryParam("plan", HUAIYIN_PLAN).queryParam("period", "2023").when()
                .get("/api/v1/monitoring-values/template").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", LANSHAN).queryParam("plan", "371302-children-2021").queryParam("period", "2023")
                .queryParam("jurisdiction", "370104").when().get("/api/v1/monitoring-values/template").then().statusCode(403);
    }

    @Test
    void aValidationRuleOfAnotherJurisdiction() {
        int id = given().header("Authorization", DevTokens.bearer("planner", "370104")).contentType(ContentType.JSON)
                .body("{\"code\":\"SCOPE_TEST_RULE\",\"importance\":\"WARNING\",\"left\":\"value[residence=URBAN]\","
                        + "\"operator\":\"LESS_THAN_OR_EQUAL_TO\",\"right\":\"value[residence=TOTAL]\",\"messageZh\":\"城镇不多于合计\","
                        + "\"messageEn\":\"Urban at most the total\",\"indicatorCodes\":[\"CHILD_MYOPIA_RATE\"]}")
                .when().post("/api/v1/validation-rules").then().statusCode(201).extract().path("id");
        given().header("Authorization", HUAIYIN).when().get("/api/v1/validation-rules/" + id).then().statusCode(200);
        given().header("Authorization", LANSHAN).when().get("/api/v1/validation-rules/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        int shipped = given().header("Authorization", LANSHAN).queryParam("size", 200).when().get("/api/v1/validation-rules").then()
                .statusCode(200).extract().path("items.find { it.code == 'SEX_SUM' }.id");
        given().header("Authorization", LANSHAN).when().get("/api/v1/validation-rules/" + shipped).then().statusCode(200);
    }

    @Test
    void outlierBoundsOfAnotherJurisdiction() {
        int id = given().header("Authorization", DevTokens.bearer("planner", "370104")).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"INFANT_MORTALITY\",\"periodType\":\"MONTH\",\"max\":50}")
                .when().post("/api/v1/outlier-bounds").then().statusCode(201).extract().path("id");
        given().header("Authorization", HUAIYIN).when().get("/api/v1/outlier-bounds/" + id).then().statusCode(200);
        // a street of 槐荫区 sees the district's bounds: they apply to its values
        given().header("Authorization", DevTokens.bearer("reporter", "370104001")).when().get("/api/v1/outlier-bounds/" + id)
                .then().statusCode(200);
        given().header("Authorization", LANSHAN).when().get("/api/v1/outlier-bounds/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", LANSHAN).when().get("/api/v1/outlier-bounds").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void theDataQualityAnalysesOfAnotherJurisdiction() {
        for (String path : new String[] { "validation", "outliers", "completeness", "overdue" }) {
            given().header("Authorization", LANSHAN).queryParam("jurisdiction", "370104").queryParam("periodFrom", "2023")
                    .when().get("/api/v1/data-quality/" + path).then().statusCode(403).contentType("application/problem+json");
        }
    }
}
