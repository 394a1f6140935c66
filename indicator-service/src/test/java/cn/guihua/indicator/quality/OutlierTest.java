package cn.guihua.indicator.quality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Outliers through the API: a 新生儿死亡率 (NEONATAL_MORTALITY) of 120‰ for 历下区 (370102), whose history 2020-2024
 * lies around 3‰ (the level the plans cap it at, 000:663), is flagged without any parameter, with its z-score and the
 * default threshold; the reviewer sees it before approving; a planner's bounds flag it too.
 */
@QuarkusTest
class OutlierTest {

    private static final String DISTRICT = "370102";
    private static final String REPORTER = DevTokens.bearer("reporter", DISTRICT);
    private static final String REVIEWER = DevTokens.bearer("reviewer", DISTRICT);
    private static final String PLANNER = DevTokens.bearer("planner", DISTRICT);

    @BeforeEach
    void catalogue() {
        PlanServiceStub.ensureLoaded();
    }

    @Test
    void aHundredAndTwentyPerMilleAgainstAHistoryAroundThreeIsFlaggedWithItsZScoreAndTheDefaultThreshold() {
        StringBuilder history = new StringBuilder("[");
        String[] values = { "3.1", "2.9", "3.0", "3.2", "2.8" };
        for (int i = 0; i < values.length; i++) {
            history.append(i == 0 ? "" : ",").append("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"").append(DISTRICT)
                    .append("\",\"period\":\"").append(2020 + i).append("\",\"value\":").append(values[i]).append("}");
        }
        history.append("]");
        given().header("Authorization", REPORTER).contentType(ContentType.JSON).body(history.toString())
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200).body("accepted", equalTo(5));

        // accepted (a ‰ rate up to 1000 is possible), but the answer says it is an outlier
        String id = given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"" + DISTRICT + "\",\"period\":\"2025\",\"value\":120}")
                .when().post("/api/v1/monitoring-values").then().statusCode(201)
                .body("quality.flagged", equalTo(true))
                .body("quality.outliers[0].method", equalTo("Z_SCORE"))
                .extract().path("id");

        // the reviewer sees it before approving
        given().header("Authorization", REVIEWER).when().get("/api/v1/monitoring-values/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("quality.flagged", equalTo(true))
                .body("quality.validation", hasSize(0))
                .body("quality.outliers", hasSize(1))
                .body("quality.outliers[0].method", equalTo("Z_SCORE"))
                .body("quality.outliers[0].score", equalTo(739.973f))
                .body("quality.outliers[0].threshold", equalTo(3.0f))
                .body("quality.outliers[0].mean", equalTo(3))
                .body("quality.outliers[0].standardDeviation", equalTo(0.1581f))
                .body("quality.outliers[0].historySize", equalTo(5))
                .body("quality.outliers[0].historyFrom", equalTo("2020"))
                .body("quality.outliers[0].historyTo", equalTo("2024"));

        // the analysis, without any parameter but where and when: the method, the score and the threshold
        given().header("Authorization", REVIEWER).queryParam("periodFrom", "2020").queryParam("periodTo", "2025")
                .when().get("/api/v1/data-quality/outliers").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].valueId", equalTo(id))
                .body("items[0].period", equalTo("2025"))
                .body("items[0].value", equalTo(120))
                .body("items[0].unit", equalTo("‰"))
                .body("items[0].method", equalTo("Z_SCORE"))
                .body("items[0].score", equalTo(739.973f))
                .body("items[0].threshold", equalTo(3.0f))
                .body("items[0].upperBound", equalTo(3.4743f));
        given().header("Authorization", REVIEWER).queryParam("periodFrom", "2025").queryParam("method", "MODIFIED_Z_SCORE")
                .when().get("/api/v1/data-quality/outliers").then().statusCode(200)
                .body("items.method", contains("MODIFIED_Z_SCORE"))
                .body("items[0].threshold", equalTo(3.5f))
                .body("items[0].median", equalTo(3))
                .body("items[0].medianAbsoluteDeviation", equalTo(0.1f));
        given().header("Authorization", REVIEWER).queryParam("periodFrom", "2025").queryParam("threshold", "1000")
                .when().get("/api/v1/data-quality/outliers").then().statusCode(200).body("total", equalTo(0));

        // a planner's bounds: the value is outside them as well
        int bound = given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"min\":0.5,\"max\":10,\"reason\":\"历年在 1‰-6‰ 之间\"}")
                .when().post("/api/v1/outlier-bounds").then().statusCode(201).body("jurisdiction", equalTo(DISTRICT))
                .extract().path("id");
        given().header("Authorization", REVIEWER).when().get("/api/v1/monitoring-values/" + id).then().statusCode(200)
                .body("quality.outliers.method", containsInAnyOrder("Z_SCORE", "MIN_MAX"))
                .body("quality.outliers.find { it.method == 'MIN_MAX' }.boundSource", equalTo("PLANNER"))
                .body("quality.outliers.find { it.method == 'MIN_MAX' }.upperBound", equalTo(10));
        given().header("Authorization", REVIEWER).queryParam("periodFrom", "2025").queryParam("method", "MIN_MAX")
                .when().get("/api/v1/data-quality/outliers").then().statusCode(200)
                .body("items.boundSource", contains("PLANNER"));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"min\":1}")
                .when().post("/api/v1/outlier-bounds").then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", PLANNER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"version\":0,\"min\":10,\"max\":1}").when().put("/api/v1/outlier-bounds/" + bound).then().statusCode(400)
                .body("errors[0].field", equalTo("max"));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body("{\"version\":0,\"min\":0.5,\"max\":200}")
                .when().put("/api/v1/outlier-bounds/" + bound).then().statusCode(200).body("version", equalTo(1));
        given().header("Authorization", REVIEWER).when().get("/api/v1/monitoring-values/" + id).then().statusCode(200)
                .body("quality.outliers.method", contains("Z_SCORE"));
        given().header("Authorization", PLANNER).when().delete("/api/v1/outlier-bounds/" + bound).then().statusCode(204);
        given().header("Authorization", PLANNER).when().get("/api/v1/outlier-bounds/" + bound).then().statusCode(404);

        // the reviewer approves it knowingly
        given().header("Authorization", REVIEWER).contentType(ContentType.JSON).body("{\"decision\":\"APPROVE\",\"reason\":\"核实：统计口径变化\"}")
                .when().post("/api/v1/monitoring-values/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("quality.outliers[0].method", equalTo("Z_SCORE"));
    }
}
