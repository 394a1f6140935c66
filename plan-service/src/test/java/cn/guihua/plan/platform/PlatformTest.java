package cn.guihua.plan.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.oneOf;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What plan-service adds to the platform's own tests: its readiness covers its database, relay and consumer. */
@QuarkusTest
class PlatformTest {

    @Test
    void readinessChecksTheDatabaseTheOutboxRelayAndTheMonitoringConsumer() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(containsString("Database"), equalTo("Outbox relay"), equalTo("Kafka consumers")))
                .body("checks.find { it.name == 'Kafka consumers' }.data.monitoring", oneOf("RUNNING", "STARTING"));
    }
}
