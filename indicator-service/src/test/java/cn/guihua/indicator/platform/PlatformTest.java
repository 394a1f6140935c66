package cn.guihua.indicator.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What the platform gives this service; the platform's own tests cover the rest (problems, paging, hardening). */
@QuarkusTest
class PlatformTest {

    @Test
    void readinessChecksTheDatabaseAndTheOutboxRelay() {
        // indicator-service consumes no events: no consumer is listed under "Kafka consumers"
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem("Outbox relay"))
                .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("UP"));
    }
}
