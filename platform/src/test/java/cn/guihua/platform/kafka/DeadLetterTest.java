package cn.guihua.platform.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.guihua.platform.testapp.ProbeHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A record that is not a CloudEvent, one of an unknown type, one whose id PostgreSQL cannot store, an empty one and
 * one the handler keeps failing on go to the dead-letter topic with their reason; the consumer goes on, applies
 * the good events once each, and stays ready.
 */
@QuarkusTest
class DeadLetterTest {

    @Inject
    EntityManager em;

    @Inject
    EventConsumers consumers;

    @Test
    void badRecordsAreDeadLetteredAndTheConsumerGoesOn() throws Exception {
        String good = UUID.randomUUID().toString();
        String topic = ProbeHandler.TOPIC;
        Probes.send(topic, "k", "this is not json");
        Probes.send(topic, "k", Probes.event(UUID.randomUUID().toString(), "cn.guihua.test.unknown.v1", "s", "{}"));
        Probes.send(topic, "k", Probes.event("nul\\u0000id", ProbeHandler.PROBE, "s", "{\"seq\":1}"));
        Probes.send(topic, "k", (String) null);
        Probes.send(topic, "k", Probes.event(UUID.randomUUID().toString(), ProbeHandler.PROBE, "s", "{\"fail\":true}"));
        Probes.send(topic, "k", Probes.event(good, ProbeHandler.PROBE, "good", "{\"seq\":7}"));
        Probes.send(topic, "k", Probes.event(good, ProbeHandler.PROBE, "good", "{\"seq\":7}"));

        long until = System.currentTimeMillis() + 30_000;
        while (applied(good) == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertEquals(1, applied(good));

        String dlq = consumers.deadLetterTopic("probe");
        assertEquals(ProbeHandler.TOPIC + ".platform-test.dlq", dlq);
        List<ConsumerRecord<String, String>> dead = Probes.read(dlq, 5, Duration.ofSeconds(20));
        List<String> reasons = dead.stream().map(r -> Probes.header(r, DeadLetters.REASON)).toList();
        assertEquals(5, dead.size(), "dead letters: " + reasons);
        assertTrue(reasons.get(0).startsWith("not a CloudEvent"), reasons.get(0));
        assertEquals("unknown event type cn.guihua.test.unknown.v1", reasons.get(1));
        assertTrue(reasons.get(2).contains("control characters"), reasons.get(2));
        assertTrue(reasons.get(3).startsWith("not a CloudEvent"), reasons.get(3));
        assertTrue(reasons.get(4).startsWith("not applied after 2 attempts"), reasons.get(4));
        assertEquals("this is not json", dead.get(0).value());
        assertEquals(ProbeHandler.TOPIC, Probes.header(dead.get(0), "guihua-dlq-topic"));

        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("guihua_consumer_events_total{consumer=\"probe\",outcome=\"dead-lettered\"}"))
                .body(org.hamcrest.Matchers.containsString("guihua_consumer_lag"))
                .body(org.hamcrest.Matchers.containsString("guihua_outbox_backlog"));
    }

    private long applied(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM probe_applied WHERE event_id = ?1").setParameter(1, id).getSingleResult())
                .longValue());
    }
}
