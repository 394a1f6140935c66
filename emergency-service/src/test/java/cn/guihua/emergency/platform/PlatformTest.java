package cn.guihua.emergency.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What the platform gives this service; the platform's own tests cover problem+json, metrics and the rest. */
@QuarkusTest
class PlatformTest {

    /** emergency-service consumes nothing: readiness is the database and the outbox relay of its events. */
    @Test
    void readinessChecksTheDatabaseAndTheOutboxRelay() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Outbox relay"))
                .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("UP"));
    }
}
