package cn.guihua.subsidy.farmland;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.testsupport.KafkaResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** indicator-service's monitoring events, published on the real broker, prefill an assessment. */
@QuarkusTest
class FarmlandFiguresFromKafkaTest {

    static final String STREET = "370104007";
    static final ObjectMapper JSON = new ObjectMapper();

    static String event(String id, String type, String indicator, String status, Object value, int version) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("valueId", UUID.randomUUID().toString());
        data.put("version", version);
        data.put("supersedes", null);
        data.put("indicatorCode", indicator);
        data.put("jurisdiction", STREET);
        data.put("period", "2022");
        data.put("year", 2022);
        data.put("sex", "TOTAL");
        data.put("residence", "TOTAL");
        data.put("ageGroup", "TOTAL");
        data.put("value", value);
        data.put("unit", indicator.endsWith("RATIO") ? "%" : "亩");
        data.put("status", status);
        data.put("reportedBy", "reporter@370104");
        data.put("reviewedBy", "APPROVED".equals(status) ? "reviewer@370104" : null);
        data.put("reason", null);
        data.put("at", Instant.now().toString());
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("specversion", "1.0");
        e.put("id", id);
        e.put("source", "/guihua/indicator-service");
        e.put("type", "cn.guihua.indicator.monitoring." + type + ".v1");
        e.put("subject", "monitoring-values/" + data.get("valueId"));
        e.put("time", Instant.now().toString());
        e.put("datacontenttype", "application/json");
        e.put("data", data);
        return JSON.writeValueAsString(e);
    }

    @Test
    void approvedFarmlandFiguresPrefillAnAssessment() throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        String duplicateId = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            send(producer, "FARMLAND_CULTIVATED_AREA", event(UUID.randomUUID().toString(), "reviewed", "FARMLAND_CULTIVATED_AREA", "APPROVED", 1300.5, 1));
            send(producer, "FARMLAND_CULTIVATED_TARGET", event(UUID.randomUUID().toString(), "reviewed", "FARMLAND_CULTIVATED_TARGET", "APPROVED", 1000, 1));
            send(producer, "FARMLAND_PERMANENT_BASIC_AREA", event(UUID.randomUUID().toString(), "reviewed", "FARMLAND_PERMANENT_BASIC_AREA", "APPROVED", 900, 1));
            send(producer, "FARMLAND_PERMANENT_BASIC_TARGET", event(duplicateId, "reviewed", "FARMLAND_PERMANENT_BASIC_TARGET", "APPROVED", 850, 1));
            // a value awaiting review does not count
            send(producer, "FARMLAND_ILLEGAL_OCCUPATION_RATIO", event(UUID.randomUUID().toString(), "submitted", "FARMLAND_ILLEGAL_OCCUPATION_RATIO", "PENDING", 3, 1));
            // a redelivered event (same id, another value) changes nothing
            send(producer, "FARMLAND_PERMANENT_BASIC_TARGET", event(duplicateId, "reviewed", "FARMLAND_PERMANENT_BASIC_TARGET", "APPROVED", 999, 1));
            // other indicators are not farmland figures
            send(producer, "NEONATAL_MORTALITY", event(UUID.randomUUID().toString(), "reviewed", "NEONATAL_MORTALITY", "APPROVED", 1.2, 1));
            producer.flush();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonPath figures;
        do {
            Thread.sleep(300);
            figures = given().header("Authorization", FarmlandTest.OFFICER).queryParam("jurisdiction", STREET)
                    .when().get("/api/v1/farmland/figures").then().statusCode(200).extract().jsonPath();
        } while (figures.getList("$").size() < 4 && Instant.now().isBefore(deadline));
        assertEquals(4, figures.getList("$").size(), "the four approved farmland figures arrive");

        given().header("Authorization", FarmlandTest.OFFICER).contentType(ContentType.JSON)
                .body(Map.of("year", 2023, "jurisdiction", STREET, "name", "腊山街道",
                        "inputs", Map.of("illegalOccupationRatio", 0, "lastYearIncentive", "NONE")))
                .when().post("/api/v1/farmland/assessments").then().statusCode(201)
                .body("inputs.cultivatedArea", equalTo(1300.5f))
                .body("inputs.cultivatedTarget", equalTo(1000))
                .body("inputs.permanentBasicArea", equalTo(900))
                .body("inputs.permanentBasicTarget", equalTo(850))
                .body("inputs.illegalOccupationRatio", equalTo(0))
                .body("prefilled.cultivatedArea.indicatorCode", equalTo("FARMLAND_CULTIVATED_AREA"))
                .body("prefilled.cultivatedArea.period", equalTo("2022"))
                .body("prefilled.keySet()", hasSize(4))
                .body("score.items[0]", equalTo(15 + 5))
                .body("score.items[1]", equalTo(20));
    }

    @jakarta.inject.Inject
    cn.guihua.platform.kafka.EventConsumers consumers;

    @Test
    void anEmptyRecordARecordThatIsNotJsonAndAnUnknownTypeGoToTheDeadLetterTopicAndTheConsumerGoesOn() throws Exception {
        String street = "370104008";
        String run = UUID.randomUUID().toString();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            // once retried forever, blocking every later record of the partition
            producer.send(new ProducerRecord<>(TOPIC, run + ":empty", null));
            producer.send(new ProducerRecord<>(TOPIC, run + ":blank", ""));
            producer.send(new ProducerRecord<>(TOPIC, run + ":not-json", "not json {"));
            // once counted as applied
            producer.send(new ProducerRecord<>(TOPIC, run + ":unknown", event(UUID.randomUUID().toString(), "deleted",
                    "FARMLAND_CULTIVATED_AREA", "APPROVED", 1, 1)));
            // then a good one, on the same partition as the bad ones (same key prefix does not matter: all partitions are read)
            String good = event(UUID.randomUUID().toString(), "reviewed", "FARMLAND_CULTIVATED_AREA", "APPROVED", 777.25, 1)
                    .replace(STREET, street);
            producer.send(new ProducerRecord<>(TOPIC, run + ":good", good));
            producer.flush();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonPath figures;
        do {
            Thread.sleep(300);
            figures = given().header("Authorization", FarmlandTest.OFFICER).queryParam("jurisdiction", street)
                    .when().get("/api/v1/farmland/figures").then().statusCode(200).extract().jsonPath();
        } while (figures.getList("$").isEmpty() && Instant.now().isBefore(deadline));
        assertEquals(1, figures.getList("$").size(), "the good event after the bad ones is applied");
        assertEquals(0, new java.math.BigDecimal("777.25").compareTo(new java.math.BigDecimal(figures.getString("[0].value"))));

        String deadLetterTopic = consumers.deadLetterTopic("monitoring");
        assertEquals("guihua.indicator.monitoring.subsidy-service.dlq", deadLetterTopic);
        Properties c = new Properties();
        c.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        c.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + run);
        c.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, String> reasons = new java.util.HashMap<>();
        try (org.apache.kafka.clients.consumer.KafkaConsumer<String, String> dlq = new org.apache.kafka.clients.consumer.KafkaConsumer<>(c,
                new org.apache.kafka.common.serialization.StringDeserializer(), new org.apache.kafka.common.serialization.StringDeserializer())) {
            dlq.subscribe(java.util.List.of(deadLetterTopic));
            deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (reasons.size() < 4 && Instant.now().isBefore(deadline)) {
                for (org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r : dlq.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && r.key().startsWith(run)) {
                        reasons.put(r.key().substring(run.length() + 1),
                                new String(r.headers().lastHeader("guihua-dlq-reason").value(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertEquals(java.util.Set.of("empty", "blank", "not-json", "unknown"), reasons.keySet(), "dead letters: " + reasons);
        org.junit.jupiter.api.Assertions.assertTrue(reasons.get("unknown").contains("cn.guihua.indicator.monitoring.deleted.v1"),
                reasons.get("unknown"));
    }

    static final String TOPIC = "guihua.indicator.monitoring";

    private static void send(KafkaProducer<String, String> producer, String indicator, String payload) {
        producer.send(new ProducerRecord<>("guihua.indicator.monitoring", STREET + ":" + indicator, payload));
    }
}
