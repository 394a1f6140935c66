package cn.guihua.indicator.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformTest {

    @Test
    void readinessChecksTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void servesPrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().header("Accept-Language", "en").when().get("/api/v1/no-such-thing").then()
                .statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not found"));
    }
}
