package cn.guihua.subsidy.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What the platform's own tests do not cover: this service's readiness, with its consumer and its outbox setting. */
@QuarkusTest
class PlatformTest {

    @Test
    void readinessChecksTheDatabaseTheOutboxRelayAndTheMonitoringConsumer() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem("Outbox relay"))
                .body("checks.name", hasItem("Kafka consumers"))
                .body("checks.find { it.name == 'Kafka consumers' }.data.monitoring", startsWith("RUNNING"));
    }
}
