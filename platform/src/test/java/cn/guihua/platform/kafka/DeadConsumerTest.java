package cn.guihua.platform.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.guihua.platform.testapp.ProbeHandler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A consumer whose thread has died makes its service not ready (an application of its own: it stays dead). */
@QuarkusTest
@TestProfile(DeadConsumerTest.OwnApplication.class)
class DeadConsumerTest {

    static final String TOPIC = "guihua.test.crash";

    public static class OwnApplication implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guihua.consumers.probe.topic", TOPIC);
        }
    }

    @Test
    void readinessGoesDownWhenTheConsumerThreadStops() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200);
        Probes.send(TOPIC, "k", Probes.event(UUID.randomUUID().toString(), ProbeHandler.CRASH, "s", "{}"));
        long until = System.currentTimeMillis() + 30_000;
        int status = 200;
        while (status == 200 && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            status = given().when().get("/q/health/ready").then().extract().statusCode();
        }
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Kafka consumers' }.data.probe", containsString("FAILED"));
    }
}
