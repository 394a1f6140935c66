package cn.guihua.indicator.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Warnings and reports of 兰山区's children's plan over values pending review. */
@QuarkusTest
class ReportResourceTest {

    private static final String REPORTER = DevTokens.bearer("reporter", "371302");

    @BeforeEach
    void data() {
        PlanServiceStub.ensureLoaded();
    }

    private static void bulk(String json) {
        given().header("Authorization", REPORTER).contentType(ContentType.JSON).body(json).queryParam("mode", "partial")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200);
    }

    @Test
    void warningsNameTheExpectedMissesAndLargeChanges() {
        // 001:1142 caps 兰山区's neonatal mortality at 2‰; 2.6 in 2023 after 1.9 in 2022 misses it and got worse
        bulk("[{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"371302\",\"period\":\"2022\",\"value\":1.9},"
                + "{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"371302\",\"period\":\"2023\",\"value\":2.6}]");
        given().header("Authorization", REPORTER).queryParam("plan", "371302-children-2021").queryParam("year", 2023)
                .queryParam("includePending", true).when().get("/api/v1/evaluations/warnings").then().statusCode(200)
                .body("expectedMisses.indicatorCode", hasItem("NEONATAL_MORTALITY"))
                .body("expectedMisses[0].status", equalTo("OFF_TRACK"))
                .body("expectedMisses[0].sourceRef", equalTo("001:1142"))
                .body("changeThresholdPercent", nullValue()).body("largeChanges.size()", equalTo(0));
        given().header("Authorization", REPORTER).queryParam("plan", "371302-children-2021").queryParam("year", 2023)
                .queryParam("includePending", true).queryParam("changeThreshold", 30)
                .when().get("/api/v1/evaluations/warnings").then().statusCode(200)
                .body("changeThresholdPercent", equalTo(30))
                .body("largeChanges[0].period", equalTo("2023")).body("largeChanges[0].previousPeriod", equalTo("2022"))
                .body("largeChanges[0].changePercent", equalTo(36.8f));
        // approved values only: nothing is approved, so there is no data
        given().header("Authorization", REPORTER).queryParam("plan", "371302-children-2021").queryParam("year", 2023)
                .when().get("/api/v1/evaluations").then().statusCode(200)
                .body("counts.NO_DATA", equalTo(1)).body("targets[0].status", equalTo("NO_DATA"));
    }

    @Test
    void reportsAsJsonAndCsv() {
        given().header("Authorization", REPORTER).queryParam("kind", "MID_TERM").queryParam("includePending", true)
                .when().get("/api/v1/reports/371302-children-2021").then().statusCode(200)
                .body("kind", equalTo("MID_TERM")).body("year", equalTo(2023))
                .body("areas[0].areaName", equalTo("儿童与健康"));
        given().header("Authorization", REPORTER).queryParam("kind", "FINAL")
                .when().get("/api/v1/reports/371302-children-2021").then().statusCode(200).body("year", equalTo(2025));
        given().header("Authorization", REPORTER).accept("text/csv").queryParam("kind", "ANNUAL").queryParam("year", 2023)
                .when().get("/api/v1/reports/371302-children-2021").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("371302-children-2021-annual-2023.csv"))
                .body(containsString("规划代码 planCode")).body(containsString("371302-children-2021,2023,ANNUAL,儿童与健康,3,NEONATAL_MORTALITY"));
        given().header("Authorization", REPORTER).queryParam("kind", "ANNUAL")
                .when().get("/api/v1/reports/371302-children-2021").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void plansOutsideTheCallersJurisdictionAndUnknownPlans() {
        given().header("Authorization", REPORTER).queryParam("plan", "370104-children-2021").queryParam("year", 2023)
                .when().get("/api/v1/evaluations").then().statusCode(403);
        given().header("Authorization", REPORTER).queryParam("plan", "371302-women-2021").queryParam("year", 2023)
                .when().get("/api/v1/evaluations").then().statusCode(404);
        given().header("Authorization", REPORTER).queryParam("plan", "371302-children-2021")
                .when().get("/api/v1/evaluations").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
