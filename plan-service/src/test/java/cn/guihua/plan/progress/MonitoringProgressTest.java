package cn.guihua.plan.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.testsupport.KafkaResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** CloudEvents in the documented shape, through the real broker, seen as progress over HTTP. */
@QuarkusTest
class MonitoringProgressTest {

    private static final String TOPIC = "guihua.indicator.monitoring";
    private static final String APPLIED = "guihua.monitoring.events.applied";
    private static final String NEONATAL = "targets.find { it.target.indicatorCode == 'NEONATAL_MORTALITY' }.target.progress";
    private static KafkaProducer<String, String> producer;

    @Inject
    MeterRegistry registry;

    @Inject
    MonitoringConsumer consumer;

    @Inject
    MonitoringEventApplier applier;

    @Inject
    jakarta.persistence.EntityManager em;

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", KafkaResource.broker().bootstrapServers(), "acks", "all"),
                new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void approvedValuesBecomeProgressOnceAndCorrectionsReplaceThem() throws Exception {
        double applied = count(APPLIED);
        UUID v1 = UUID.randomUUID();
        String submitted = event("submitted", v1, 1, null, "370104", "NEONATAL_MORTALITY", "2023", "TOTAL", "2.8", "‰", "PENDING");
        send(submitted);
        awaitCount(APPLIED, applied + 1);
        // Pending values do not count.
        given().when().get("/api/v1/plans/370104-children-2021/progress").then().statusCode(200)
                .body(NEONATAL + ".latest", nullValue());

        send(event("reviewed", v1, 1, null, "370104", "NEONATAL_MORTALITY", "2023", "TOTAL", "2.8", "‰", "APPROVED"));
        awaitCount(APPLIED, applied + 2);
        given().when().get("/api/v1/plans/370104-children-2021/progress").then().statusCode(200)
                .body(NEONATAL + ".latest.value", equalTo(2.8f)).body(NEONATAL + ".latest.period", equalTo("2023"))
                .body(NEONATAL + ".latest.status", equalTo("APPROVED")).body(NEONATAL + ".latest.meets", equalTo(true))
                .body(NEONATAL + ".latest.valueId", equalTo(v1.toString()));

        // The submission again (a redelivery): no second effect, the approval stands.
        double duplicates = count("guihua.monitoring.events.duplicate");
        send(submitted);
        awaitCount("guihua.monitoring.events.duplicate", duplicates + 1);
        given().when().get("/api/v1/plans/370104-children-2021/progress").then()
                .body(NEONATAL + ".latest.status", equalTo("APPROVED")).body(NEONATAL + ".latest.value", equalTo(2.8f));

        // A correction supersedes v1; once approved, it replaces it, and 3.2‰ misses the 3‰ cap (000:663).
        UUID v2 = UUID.randomUUID();
        send(event("corrected", v2, 2, v1, "370104", "NEONATAL_MORTALITY", "2023", "TOTAL", "3.2", "‰", "PENDING"));
        send(event("reviewed", v2, 2, v1, "370104", "NEONATAL_MORTALITY", "2023", "TOTAL", "3.2", "‰", "APPROVED"));
        awaitCount(APPLIED, applied + 4);
        given().when().get("/api/v1/plans/370104-children-2021/progress").then()
                .body(NEONATAL + ".latest.valueId", equalTo(v2.toString())).body(NEONATAL + ".latest.value", equalTo(3.2f))
                .body(NEONATAL + ".latest.meets", equalTo(false));

        // A rejected 2024 value and a value for girls only do not count.
        UUID v3 = UUID.randomUUID();
        send(event("submitted", v3, 1, null, "370104", "NEONATAL_MORTALITY", "2024", "TOTAL", "1.0", "‰", "PENDING"));
        send(event("reviewed", v3, 1, null, "370104", "NEONATAL_MORTALITY", "2024", "TOTAL", "1.0", "‰", "REJECTED"));
        send(event("reviewed", UUID.randomUUID(), 1, null, "370104", "NEONATAL_MORTALITY", "2025", "FEMALE", "0.5", "‰", "APPROVED"));
        awaitCount(APPLIED, applied + 7);
        given().when().get("/api/v1/plans/370104-children-2021").then().statusCode(200)
                .body("areas.goals.flatten().targets.flatten().find { it.indicatorCode == 'NEONATAL_MORTALITY' }.progress.latest.period",
                        equalTo("2023"))
                .body("areas.goals.flatten().targets.flatten().find { it.indicatorCode == 'NEONATAL_MORTALITY' }.progress.latest.value",
                        equalTo(3.2f));
        // Another jurisdiction's plan is untouched.
        given().when().get("/api/v1/plans/371302-children-2021/progress").then().body(NEONATAL + ".latest", nullValue());

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("guihua_monitoring_events_applied_total"))
                .body(containsString("guihua_monitoring_events_duplicate_total"));
    }

    @Test
    void eachStreetTargetsShowEveryStreet() throws Exception {
        // 张店区: 以镇（街道）为单位 vaccination ≥ 90% (002:4553).
        double applied = count(APPLIED);
        send(event("reviewed", UUID.randomUUID(), 1, null, "370303001", "NIP_VACCINATION_COVERAGE", "2023", "TOTAL", "95", "%", "APPROVED"));
        send(event("reviewed", UUID.randomUUID(), 1, null, "370303002", "NIP_VACCINATION_COVERAGE", "2023", "TOTAL", "85", "%", "APPROVED"));
        awaitCount(APPLIED, applied + 2);
        String vaccination = "targets.find { it.target.indicatorCode == 'NIP_VACCINATION_COVERAGE' }.target";
        given().when().get("/api/v1/plans/370303-children-2021/progress").then().statusCode(200)
                .body(vaccination + ".scope", equalTo("EACH_STREET"))
                .body(vaccination + ".progress.streets.jurisdiction", containsInAnyOrder("370303001", "370303002"))
                .body(vaccination + ".progress.streets.find { it.jurisdiction == '370303001' }.meets", equalTo(true))
                .body(vaccination + ".progress.meets", equalTo(false));
    }

    @Test
    void eventsSentWhileStoppedAreAppliedOnReturn() throws Exception {
        consumer.onStop(null);
        double before = count(APPLIED);
        UUID v = UUID.randomUUID();
        send(event("reviewed", v, 1, null, "370600", "NEONATAL_MORTALITY", "2022", "TOTAL", "2.1", "‰", "APPROVED"));
        Thread.sleep(500);
        assertEquals(before, count(APPLIED));
        consumer.onStart(null);
        awaitCount(APPLIED, before + 1);
        given().when().get("/api/v1/plans/370600-children-2021/progress").then()
                .body(NEONATAL + ".latest.valueId", equalTo(v.toString())).body(NEONATAL + ".latest.meets", equalTo(true));
    }

    @Test
    void aLargeBatchIsAppliedOnceWithSetBasedChecks() throws Exception {
        java.util.List<String> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            batch.add(event("submitted", UUID.randomUUID(), 1, null, String.valueOf(370104001 + i % 7), "BATCH_TEST",
                    "2023-" + String.format("%02d", 1 + i % 12), "TOTAL", String.valueOf(i % 100), "%", "APPROVED"));
        }
        long started = System.nanoTime();
        MonitoringEventApplier.Outcome first = applier.apply(batch);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(new MonitoringEventApplier.Outcome(5000, 0), first);
        assertEquals(new MonitoringEventApplier.Outcome(0, 5000), applier.apply(batch));
        // Events that cannot be stored are acknowledged, not retried for ever; the rest of their batch still lands.
        assertEquals(new MonitoringEventApplier.Outcome(2, 0), applier.apply(java.util.List.of(
                event("submitted", UUID.randomUUID(), 1, null, "3701040019999", "BATCH_TEST", "2023", "TOTAL", "1", "%", "APPROVED"),
                event("submitted", UUID.randomUUID(), 1, null, "370104", "BATCH_TEST", "2023-H1", "TOTAL", "1", "%", "APPROVED"),
                "not json")));
        long stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM monitoring_value WHERE indicator_code = 'BATCH_TEST'")
                .getSingleResult()).longValue());
        assertEquals(5000, stored);
        assertTrue(millis < 20_000, "5000 events took " + millis + " ms");
    }

    private double count(String name) {
        return registry.counter(name).count();
    }

    private void awaitCount(String name, double expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (count(name) < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(count(name) >= expected, name + " reached " + count(name) + ", expected " + expected);
    }

    private static void send(String event) throws Exception {
        Map<?, ?> e = new ObjectMapper().readValue(event, Map.class);
        Map<?, ?> data = (Map<?, ?>) e.get("data");
        producer.send(new ProducerRecord<>(TOPIC, data.get("jurisdiction") + ":" + data.get("indicatorCode"), event)).get();
    }

    private static String event(String kind, UUID valueId, int version, UUID supersedes, String jurisdiction,
            String indicator, String period, String sex, String value, String unit, String status) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("valueId", valueId.toString());
        data.put("version", version);
        data.put("supersedes", supersedes == null ? null : supersedes.toString());
        data.put("indicatorCode", indicator);
        data.put("jurisdiction", jurisdiction);
        data.put("period", period);
        data.put("year", Integer.parseInt(period.substring(0, 4)));
        data.put("sex", sex);
        data.put("residence", "TOTAL");
        data.put("ageGroup", "TOTAL");
        data.put("value", new java.math.BigDecimal(value));
        data.put("unit", unit);
        data.put("status", status);
        data.put("reportedBy", "reporter@" + jurisdiction);
        data.put("reviewedBy", "APPROVED".equals(status) || "REJECTED".equals(status) ? "reviewer@" + jurisdiction : null);
        data.put("reason", "REJECTED".equals(status) ? "口径不一致" : null);
        data.put("at", OffsetDateTime.now().toString());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/guihua/indicator-service");
        event.put("type", "cn.guihua.indicator.monitoring." + kind + ".v1");
        event.put("subject", "monitoring-values/" + valueId);
        event.put("time", OffsetDateTime.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return new ObjectMapper().writeValueAsString(event);
    }
}
