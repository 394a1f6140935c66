package cn.guihua.plan.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.kafka.DeadLetters;
import cn.guihua.platform.kafka.EventConsumers;
import cn.guihua.testsupport.KafkaResource;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * CloudEvents in the documented shape, through the real broker and the platform's consumer {@code monitoring}, seen
 * as progress over HTTP. The counters are the platform's {@code guihua_consumer_events_total{consumer="monitoring"}}
 * by outcome.
 */
@QuarkusTest
class MonitoringProgressTest {

    private static final String TOPIC = "guihua.indicator.monitoring";
    private static final String APPLIED = "applied";
    private static final String DUPLICATE = "duplicate";
    private static final String DEAD_LETTERED = "dead-lettered";
    private static final String NEONATAL = "targets.find { it.target.indicatorCode == 'NEONATAL_MORTALITY' }.target.progress";
    private static KafkaProducer<String, String> producer;

    @Inject
    MeterRegistry registry;

    @Inject
    EventConsumers consumers;

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
        double duplicates = count(DUPLICATE);
        send(submitted);
        awaitCount(DUPLICATE, duplicates + 1);
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
                .body(containsString("guihua_consumer_events_total{consumer=\"monitoring\",outcome=\"applied\"}"))
                .body(containsString("guihua_consumer_events_total{consumer=\"monitoring\",outcome=\"duplicate\"}"))
                .body(containsString("guihua_consumer_lag{consumer=\"monitoring\"}"));
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
    void aValueIsJudgedAsTheWordingMeansIt() throws Exception {
        double applied = count(APPLIED);
        // 就业人员中的女性比例保持在45%左右 (000:203): ±1 point either way
        send(event("reviewed", UUID.randomUUID(), 1, null, "370104", "FEMALE_SHARE_EMPLOYED", "2023", "TOTAL", "44.3", "%", "APPROVED"));
        // 妇女基本养老保险参保率达到95% (002:4402): 95.3 meets it
        send(event("reviewed", UUID.randomUUID(), 1, null, "370303", "BASIC_PENSION_INSURANCE_COVERAGE_WOMEN", "2023", "TOTAL", "95.3", "%", "APPROVED"));
        // 全市建设 5-8 所高水平中等职业学校 (003:981): 9 is above the range, and more is better
        send(event("reviewed", UUID.randomUUID(), 1, null, "370600", "HIGH_LEVEL_VOCATIONAL_SCHOOLS", "2023", "TOTAL", "9", "所", "APPROVED"));
        // 农村卫生厕所改造基本完成 (000:513): 基本 admits 5 points
        send(event("reviewed", UUID.randomUUID(), 1, null, "370104", "RURAL_SANITARY_TOILET_RETROFIT_COMPLETION", "2023", "TOTAL", "96", "%", "APPROVED"));
        awaitCount(APPLIED, applied + 4);
        String share = "targets.find { it.target.indicatorCode == 'FEMALE_SHARE_EMPLOYED' }.target.progress";
        given().header("Accept-Language", "en").when().get("/api/v1/plans/370104-women-2021/progress").then().statusCode(200)
                .body(share + ".latest.meets", equalTo(true))
                .body(share + ".explanation", org.hamcrest.Matchers.hasItem("Tolerance ±1% (default of the phrasing)"))
                .body("targets.find { it.target.indicatorCode == 'RURAL_SANITARY_TOILET_RETROFIT_COMPLETION' }.target.progress.latest.meets",
                        equalTo(true));
        given().when().get("/api/v1/plans/370303-women-2021/progress").then()
                .body("targets.find { it.target.indicatorCode == 'BASIC_PENSION_INSURANCE_COVERAGE_WOMEN' }.target.progress.latest.meets",
                        equalTo(true));
        given().when().get("/api/v1/plans/370600-children-2021/progress").then()
                .body("targets.find { it.target.indicatorCode == 'HIGH_LEVEL_VOCATIONAL_SCHOOLS' }.target.progress.latest.meets",
                        equalTo(true));
        // 46.5 is above the band of 保持在45%左右: a miss, two-sided
        send(event("reviewed", UUID.randomUUID(), 1, null, "370104", "FEMALE_SHARE_EMPLOYED", "2024", "TOTAL", "46.5", "%", "APPROVED"));
        awaitCount(APPLIED, applied + 5);
        given().when().get("/api/v1/plans/370104-women-2021/progress").then()
                .body(share + ".latest.period", equalTo("2024")).body(share + ".latest.meets", equalTo(false));
    }

    @Test
    void eventsSentWhileStoppedAreAppliedOnReturn() throws Exception {
        stopConsumers();
        double before = count(APPLIED);
        UUID v = UUID.randomUUID();
        send(event("reviewed", v, 1, null, "370600", "NEONATAL_MORTALITY", "2022", "TOTAL", "2.1", "‰", "APPROVED"));
        Thread.sleep(500);
        assertEquals(before, count(APPLIED));
        // a consumer stopped for maintenance is not running (the platform's readiness lists the running ones)
        given().when().get("/q/health/ready").then()
                .body("checks.find { it.name == 'Kafka consumers' }.data.monitoring", nullValue());
        startConsumers();
        awaitCount(APPLIED, before + 1);
        given().when().get("/api/v1/plans/370600-children-2021/progress").then()
                .body(NEONATAL + ".latest.valueId", equalTo(v.toString())).body(NEONATAL + ".latest.meets", equalTo(true));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Kafka consumers' }.data.monitoring", equalTo("RUNNING"));
    }

    @Test
    void aLargeBatchIsAppliedOnceWithSetBasedChecks() throws Exception {
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            batch.add(event("submitted", UUID.randomUUID(), 1, null, String.valueOf(370104001 + i % 7), "BATCH_TEST",
                    "2023-" + String.format("%02d", 1 + i % 12), "TOTAL", String.valueOf(i % 100), "%", "APPROVED"));
        }
        double applied = count(APPLIED);
        double duplicates = count(DUPLICATE);
        long started = System.nanoTime();
        sendAll(batch);
        awaitCount(APPLIED, applied + 5000);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(5000, stored("BATCH_TEST"));
        // The same 5000 events again (a redelivery of the whole batch): recognised by their ids, no second effect.
        sendAll(batch);
        awaitCount(DUPLICATE, duplicates + 5000);
        assertEquals(applied + 5000, count(APPLIED));
        assertEquals(5000, stored("BATCH_TEST"));
        assertTrue(millis < 20_000, "5000 events took " + millis + " ms");
    }

    @Test
    void eventsWhoseDataCannotBeStoredAreAcknowledgedAndLeftOutWithoutBreakingTheirBatch() throws Exception {
        // Applied as one batch, in one transaction: the two bad events do not fail it, the good one lands.
        UUID good = UUID.randomUUID();
        List<CloudEvent> events = List.of(
                cloudEvent(event("submitted", UUID.randomUUID(), 1, null, "3701040019999", "LEFT_OUT_TEST", "2023", "TOTAL", "1", "%", "APPROVED")),
                cloudEvent(event("submitted", UUID.randomUUID(), 1, null, "370104", "LEFT_OUT_TEST", "2023-H1", "TOTAL", "1", "%", "APPROVED")),
                cloudEvent(event("submitted", good, 1, null, "370104", "LEFT_OUT_TEST", "2023", "TOTAL", "1", "%", "APPROVED")),
                cloudEvent(event("submitted", UUID.randomUUID(), 1, null, "370104", "LEFT_OUT_TEST", "2023", "MALE", "1", "%", "APPROVED")));
        assertEquals(new MonitoringEventApplier.Outcome(1, 1, 2),
                QuarkusTransaction.requiringNew().call(() -> applier.applyBatch(events)));
        assertEquals(1, stored("LEFT_OUT_TEST"));

        // Through the broker: the bad events are acknowledged (their ids recorded, counted with the applied ones),
        // while a record that is not a CloudEvent and one whose id holds a NUL byte go to the dead-letter topic.
        double applied = count(APPLIED);
        double deadLettered = count(DEAD_LETTERED);
        double leftOut = registry.counter("guihua.monitoring.events.left-out").count();
        String badJurisdiction = event("submitted", UUID.randomUUID(), 1, null, "3701040019999", "LEFT_OUT_TEST", "2024", "TOTAL", "1", "%", "APPROVED");
        String badPeriod = event("submitted", UUID.randomUUID(), 1, null, "370104", "LEFT_OUT_TEST", "2024-13", "TOTAL", "1", "%", "APPROVED");
        String nulId = event("submitted", UUID.randomUUID(), 1, null, "370104", "LEFT_OUT_TEST", "2024", "TOTAL", "1", "%", "APPROVED")
                .replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"nul\\\\u0000id\"");
        UUID after = UUID.randomUUID();
        sendAll(List.of(badJurisdiction, "not json", badPeriod, nulId,
                event("submitted", after, 1, null, "370104", "LEFT_OUT_TEST", "2024", "TOTAL", "2", "%", "APPROVED")));
        awaitCount(APPLIED, applied + 3);
        awaitCount(DEAD_LETTERED, deadLettered + 2);
        assertEquals(2, stored("LEFT_OUT_TEST"));
        assertEquals(leftOut + 2, registry.counter("guihua.monitoring.events.left-out").count());
        long acknowledged = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM consumed_event WHERE consumer = 'monitoring' AND event_id IN (?1, ?2)")
                .setParameter(1, id(badJurisdiction)).setParameter(2, id(badPeriod)).getSingleResult()).longValue());
        assertEquals(2, acknowledged);

        String dlq = consumers.deadLetterTopic(MonitoringEventApplier.NAME);
        assertEquals(TOPIC + ".plan-service.dlq", dlq);
        List<ConsumerRecord<String, String>> dead = readDeadLetters(dlq,
                record -> "not json".equals(record.value()) || nulId.equals(record.value()), 2);
        assertEquals(java.util.Set.of("not json", nulId),
                dead.stream().map(ConsumerRecord::value).collect(java.util.stream.Collectors.toSet()));
        for (ConsumerRecord<String, String> r : dead) {
            String reason = header(r);
            assertTrue(r.value().equals("not json") ? reason.startsWith("not a CloudEvent") : reason.contains("control characters"),
                    r.value() + ": " + reason);
        }
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("guihua_consumer_events_total{consumer=\"monitoring\",outcome=\"dead-lettered\"}"))
                .body(containsString("guihua_monitoring_events_left_out_total"));
    }

    private double count(String outcome) {
        return registry.counter("guihua.consumer.events", "consumer", MonitoringEventApplier.NAME, "outcome", outcome).count();
    }

    private void awaitCount(String outcome, double expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (count(outcome) < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(count(outcome) >= expected, outcome + " reached " + count(outcome) + ", expected " + expected);
    }

    private long stored(String indicator) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM monitoring_value WHERE indicator_code = ?1").setParameter(1, indicator)
                .getSingleResult()).longValue());
    }

    /** The platform's maintenance operations: stop one consumer (its offsets stay committed) and start it again. */
    private void stopConsumers() throws Exception {
        consumers.stop("monitoring");
    }

    private void startConsumers() throws Exception {
        consumers.start("monitoring");
    }

    private static CloudEvent cloudEvent(String json) {
        return new JsonFormat().deserialize(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String id(String event) throws Exception {
        return new ObjectMapper().readTree(event).get("id").asText();
    }

    private static List<ConsumerRecord<String, String>> readDeadLetters(String topic,
            java.util.function.Predicate<ConsumerRecord<String, String>> ours, int atLeast) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of("bootstrap.servers",
                KafkaResource.broker().bootstrapServers(), "group.id", "dlq-check-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + 20_000;
            while (found.size() < atLeast && System.currentTimeMillis() < until) {
                c.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (ours.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<String, String> r) {
        return new String(r.headers().lastHeader(DeadLetters.REASON).value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void send(String event) throws Exception {
        sendAll(List.of(event));
    }

    /** Sends the events in order, each with its series' key, and waits until the broker has them all. */
    private static void sendAll(List<String> events) throws Exception {
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (String event : events) {
            String key = "unkeyed";
            try {
                Map<?, ?> data = (Map<?, ?>) new ObjectMapper().readValue(event, Map.class).get("data");
                key = data.get("jurisdiction") + ":" + data.get("indicatorCode");
            } catch (Exception notAnEvent) {
                // sent as it is, under a key of its own
            }
            sent.add(producer.send(new ProducerRecord<>(TOPIC, key, event)));
        }
        for (java.util.concurrent.Future<?> f : sent) {
            f.get();
        }
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
        event.put("source", "https://guihua.dev/services/indicator-service");
        event.put("type", "cn.guihua.indicator.monitoring." + kind + ".v1");
        event.put("subject", "monitoring-values/" + valueId);
        event.put("time", OffsetDateTime.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return new ObjectMapper().writeValueAsString(event);
    }
}
