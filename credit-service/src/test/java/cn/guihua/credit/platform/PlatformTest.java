package cn.guihua.credit.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformTest {

    @Test
    void readinessChecksTheDatabaseAndTheOutboxRelay() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void servesPrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("guihua_outbox_backlog"));
    }

    @Test
    void theRulesArePublic() {
        given().when().get("/api/v1/rules").then().statusCode(200).body("docNumber", hasItem("张政字〔2021〕87号"));
        given().when().get("/api/v1/rules/rows/ME-11-03").then().statusCode(200).body("source", equalTo("002:1092"))
                .body("pointsPrinted", equalTo("-40"));
        given().queryParam("model", "PUBLIC_SERVANT").when().get("/api/v1/rules/rows").then().statusCode(200).body("total", equalTo(133));
    }

    @Test
    void unknownPathIsAProblem() {
        given().header("Accept-Language", "en").when().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}
