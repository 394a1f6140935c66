package cn.guihua.indicator.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.platform.PlanServiceStub;
import cn.guihua.platform.outbox.OutboxChunk;
import cn.guihua.testsupport.DevTokens;
import cn.guihua.testsupport.KafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BulkImportTest {

    private static final String REPORTER = DevTokens.bearer("reporter", "370104");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Inject
    EntityManager em;

    @BeforeEach
    void catalogue() {
        PlanServiceStub.ensureLoaded();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** The outbox's events whose message key matches, as the relay sends them: a chunk row's one by one. */
    private List<OutboxChunk.Message> outboxEvents(Predicate<String> key) {
        List<OutboxChunk.Message> events = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT message_key, payload, chunk FROM outbox_event ORDER BY id").getResultList());
        for (Object[] row : rows) {
            List<OutboxChunk.Message> messages = row[2] == null
                    ? List.of(new OutboxChunk.Message((String) row[0], ((String) row[1]).getBytes(StandardCharsets.UTF_8)))
                    : OutboxChunk.read((byte[]) row[2]);
            for (OutboxChunk.Message m : messages) {
                if (key.test(m.key())) {
                    events.add(m);
                }
            }
        }
        return events;
    }

    private long outboxEventCount(Predicate<String> key) {
        return outboxEvents(key).size();
    }

    private static JsonNode cloudEvent(OutboxChunk.Message m) {
        try {
            return JSON.readTree(m.payload());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aGb18030CsvWithChineseHeadersImports() {
        String csv = "指标代码,行政区划代码,期间,性别,城乡,年龄组,数值,分子,分母,单位,报送单位,备注\r\n"
                + "NEONATAL_MORTALITY,370104003,2022,合计,合计,TOTAL,2.4,3,1250,‰,区卫生健康局,\"含流动人口, 全年\"\r\n"
                + "NEONATAL_MORTALITY,370104003,2022,女,城镇,0-5,1.6,,,‰,区卫生健康局,\r\n"
                + "CHILD_VENUES,370104003,2022-Q3,,,,7,,,个,区教育和体育局,新建 2 处\r\n";
        byte[] bytes = csv.getBytes(GB18030);
        given().header("Authorization", REPORTER).contentType("text/csv; charset=GB18030").body(bytes)
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200)
                .body("mode", equalTo("ATOMIC")).body("received", equalTo(3)).body("accepted", equalTo(3))
                .body("rejected", equalTo(0));
        given().header("Authorization", REPORTER).queryParam("jurisdiction", "370104003")
                .when().get("/api/v1/monitoring-values").then().statusCode(200).body("total", equalTo(3))
                .body("items.department", hasItem("区卫生健康局"))
                .body("items.comment", hasItem("含流动人口, 全年"))
                .body("items.find { it.sex == 'FEMALE' }.residence", equalTo("URBAN"))
                .body("items.find { it.sex == 'FEMALE' }.ageGroup", equalTo("0-5"))
                .body("items.find { it.indicatorCode == 'CHILD_VENUES' }.period", equalTo("2022-Q3"));
        assertEquals(3, outboxEvents(k -> k.startsWith("370104003:")).stream()
                .filter(m -> cloudEvent(m).path("type").asText().equals("cn.guihua.indicator.monitoring.submitted.v1")).count());
    }

    @Test
    void gb18030SentAsUtf8IsRefusedClearly() {
        byte[] bytes = "指标代码,行政区划代码,期间,数值\r\nNEONATAL_MORTALITY,370104004,2022,2.4\r\n".getBytes(GB18030);
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType("text/csv; charset=utf-8").body(bytes)
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400)
                .body("detail", containsString("state the charset (utf-8 or gb18030)"));
    }

    @Test
    void aFailedAtomicBulkLeavesNothingBehind() {
        long values = count("SELECT count(*) FROM monitoring_value");
        long events = count("SELECT count(*) FROM outbox_event");
        long eventsOf005 = outboxEventCount(k -> k.startsWith("370104005:"));
        String json = "[{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104005\",\"period\":\"2022\",\"value\":2.1},"
                + "{\"indicatorCode\":\"DISABLED_LIVING_SUBSIDY_COVERAGE\",\"jurisdiction\":\"370104005\",\"period\":\"2022\",\"value\":120},"
                + "{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"371302\",\"period\":\"2022\",\"value\":1.8}]";
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("2 of 3 rows are invalid; nothing was written (mode=partial writes the valid rows)"))
                .body("errors.field", contains("rows[2].value", "rows[3].jurisdiction"));
        assertEquals(values, count("SELECT count(*) FROM monitoring_value"));
        assertEquals(events, count("SELECT count(*) FROM outbox_event"));
        assertEquals(eventsOf005, outboxEventCount(k -> k.startsWith("370104005:")));
    }

    @Test
    void partialModeWritesTheValidRowsAndReportsEachRejectedOne() {
        String csv = "indicatorCode,jurisdiction,period,sex,value\n"
                + "INFANT_MORTALITY,370104006,2022,TOTAL,2.7\n"
                + "INFANT_MORTALITY,370104006,2022,TOTAL,2.8\n"
                + "NO_SUCH,370104006,2022-13,X,abc\n"
                + "INFANT_MORTALITY,370104006,2022-05,MALE,3.1\n";
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("mode", "partial")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200)
                .body("mode", equalTo("PARTIAL")).body("received", equalTo(4)).body("accepted", equalTo(2))
                .body("rejected", equalTo(2))
                .body("rejections.row", contains(2, 3))
                .body("rejections[0].errors[0].message", containsString("duplicates another row"))
                .body("rejections[1].errors.field", contains("indicatorCode", "period", "sex", "value"));
        assertEquals(2, count("SELECT count(*) FROM monitoring_value WHERE jurisdiction = '370104006'"));
        assertEquals(2, outboxEventCount("370104006:INFANT_MORTALITY"::equals));
        // the same rows again: every one now collides with a current value
        given().header("Authorization", REPORTER).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("mode", "partial")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200).body("accepted", equalTo(0))
                .body("rejected", equalTo(4));
    }

    @Test
    void theSameIdempotencyKeyChangesNothing() {
        String json = "[{\"indicatorCode\":\"CHILD_VENUES\",\"jurisdiction\":\"370104007\",\"period\":\"2021\",\"value\":4},"
                + "{\"indicatorCode\":\"CHILD_VENUES\",\"jurisdiction\":\"370104007\",\"period\":\"2022\",\"value\":5}]";
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", REPORTER).header("Idempotency-Key", "bulk-370104007").contentType(ContentType.JSON)
                    .body(json).when().post("/api/v1/monitoring-values/bulk").then().statusCode(200)
                    .body("accepted", equalTo(2));
        }
        assertEquals(2, count("SELECT count(*) FROM monitoring_value WHERE jurisdiction = '370104007'"));
        assertEquals(2, outboxEventCount("370104007:CHILD_VENUES"::equals));
        given().header("Authorization", REPORTER).header("Idempotency-Key", "bulk-370104007").contentType(ContentType.JSON)
                .body(json.replace("\"value\":5", "\"value\":6")).when().post("/api/v1/monitoring-values/bulk").then().statusCode(422);
    }

    @Test
    void malformedBodiesAndWrongRoles() {
        given().header("Authorization", REPORTER).contentType(ContentType.JSON).body("{\"not\":\"an array\"}")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", REPORTER).contentType("text/csv").body("指标,期间\nX,2022\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400).body("errors[0].field", equalTo("header"));
        given().header("Authorization", REPORTER).contentType(ContentType.JSON).body("[]").queryParam("mode", "sometimes")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400).body("errors[0].field", equalTo("mode"));
        given().header("Authorization", DevTokens.bearer("reviewer", "370104")).contentType(ContentType.JSON).body("[]")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(403);
    }

    @Test
    void aCsvHeaderWithAColumnTwiceOrAnUnknownColumnIsRefusedNamingIt() {
        long values = count("SELECT count(*) FROM monitoring_value");
        // two value columns: which one is the value?
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType("text/csv")
                .body("indicatorCode,jurisdiction,period,value,value\nNEONATAL_MORTALITY,370104009,2022,2.4,2.5\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("header"))
                .body("errors[0].message", equalTo("column 5, \"value\", repeats column 4, \"value\": both are value"));
        // a synonym counts as the same field, in Chinese as well
        given().header("Authorization", REPORTER).contentType("text/csv; charset=utf-8")
                .body("指标代码,行政区划代码,期间,数值,value\nNEONATAL_MORTALITY,370104009,2022,2.4,2.5\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400)
                .body("errors.field", contains("header"))
                .body("errors[0].message", equalTo("第 5 列“value”与第 4 列“数值”重复，两列都是 value"));
        // any other column twice, and an unknown column, each named
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType("text/csv; charset=utf-8")
                .body("indicatorCode,jurisdiction,period,value,行政区划代码,colour\nNEONATAL_MORTALITY,370104009,2022,2.4,370104009,red\n"
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400)
                .body("errors.field", contains("header", "header"))
                .body("errors.message", contains("column 5, \"行政区划代码\", repeats column 2, \"jurisdiction\": both are jurisdiction",
                        "column 6, \"colour\", is not a known column name"));
        assertEquals(values, count("SELECT count(*) FROM monitoring_value"));
    }

    @Test
    void aJsonRowWithAKeyTwiceOrAControlCharacterIsARejectedRow() {
        String json = "[{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104009\",\"period\":\"2022\",\"value\":2.4,\"value\":2.5},"
                + "{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104009\",\"period\":\"2023\",\"value\":2.2,\"comment\":\"a\\u0000b\"},"
                + "{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104009\",\"period\":\"2024\",\"value\":1e400},"
                + "{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104009\",\"period\":\"2025\",\"value\":2.1}]";
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400)
                .body("errors.field", contains("rows[1].value", "rows[2].comment", "rows[3].value"))
                .body("errors[0].message", equalTo("appears more than once in the same object"));
        given().header("Authorization", REPORTER).contentType(ContentType.JSON).body(json).queryParam("mode", "partial")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(3)).body("rejections.row", contains(1, 2, 3));
        assertEquals(1, count("SELECT count(*) FROM monitoring_value WHERE jurisdiction = '370104009'"));
    }

    @Test
    void aBodyThatIsNotJsonSaysWhereWithoutTheParsersWords() {
        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("[{\"indicatorCode\":\"NEONATAL_MORTALITY\",,]")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400).contentType("application/problem+json")
                .body("detail", matchesPattern("The body is not valid JSON \\(near 1:\\d+\\)"));
    }

    /** Written with COPY, a bulk row's event is the event a single submission writes: the same envelope and data. */
    @Test
    void aBulkRowsEventIsTheEventOfASingleSubmission() throws Exception {
        given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                .body("[{\"indicatorCode\":\"INFANT_MORTALITY\",\"jurisdiction\":\"370104012\",\"period\":\"2023-Q2\","
                        + "\"sex\":\"FEMALE\",\"value\":2.50,\"department\":\"区卫生\\t健康局\",\"comment\":\"含\\\\流动\\n人口\"}]")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200).body("accepted", equalTo(1));
        given().header("Authorization", REPORTER).contentType(ContentType.JSON)
                .body("{\"indicatorCode\":\"INFANT_MORTALITY\",\"jurisdiction\":\"370104012\",\"period\":\"2023-Q3\","
                        + "\"sex\":\"FEMALE\",\"value\":2.50}")
                .when().post("/api/v1/monitoring-values").then().statusCode(201);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> byPeriod = new java.util.HashMap<>();
        for (OutboxChunk.Message m : outboxEvents("370104012:INFANT_MORTALITY"::equals)) {
            com.fasterxml.jackson.databind.JsonNode e = json.readTree(m.payload());
            byPeriod.put(e.get("data").get("period").asText(), e);
        }
        com.fasterxml.jackson.databind.JsonNode bulk = byPeriod.get("2023-Q2");
        com.fasterxml.jackson.databind.JsonNode single = byPeriod.get("2023-Q3");
        java.util.List<String> names = new java.util.ArrayList<>();
        bulk.fieldNames().forEachRemaining(names::add);
        java.util.List<String> singleNames = new java.util.ArrayList<>();
        single.fieldNames().forEachRemaining(singleNames::add);
        assertEquals(singleNames, names, "the same attributes in the same order");
        java.util.List<String> data = new java.util.ArrayList<>();
        bulk.get("data").fieldNames().forEachRemaining(data::add);
        java.util.List<String> singleData = new java.util.ArrayList<>();
        single.get("data").fieldNames().forEachRemaining(singleData::add);
        assertEquals(singleData, data);
        for (String f : new String[] { "specversion", "source", "type", "datacontenttype", "dataschema" }) {
            assertEquals(single.get(f), bulk.get(f), f);
        }
        String id = bulk.get("data").get("valueId").asText();
        assertEquals("monitoring-values/" + id, bulk.get("subject").asText());
        assertEquals(2.50, bulk.get("data").get("value").asDouble());
        assertEquals("PENDING", bulk.get("data").get("status").asText());
        // and the row: the text COPY escapes comes back as it was sent
        given().header("Authorization", REPORTER).when().get("/api/v1/monitoring-values/" + id).then().statusCode(200)
                .body("period", equalTo("2023-Q2")).body("department", equalTo("区卫生\t健康局"))
                .body("comment", equalTo("含\\流动\n人口")).body("value", equalTo(2.50f));
    }

    /**
     * 2 500 rows, more than a chunk (2 000), one of them invalid. Atomic: the first chunk's values and its outbox row
     * are written before the reader reaches the bad row, and the failure takes them back with everything else. Partial:
     * the 2 499 valid rows' events are two outbox rows (2 000 and 499 events), and the relay publishes them as one
     * record per value, each with its series' key, exactly the events stored.
     */
    @Test
    void moreThanAChunkIsChunkRowsPublishedOneRecordPerValueAndAFailureTakesThemBack() throws Exception {
        String[] sexes = { "TOTAL", "FEMALE", "MALE" };
        String[] residences = { "TOTAL", "URBAN", "RURAL" };
        StringBuilder csv = new StringBuilder("indicatorCode,jurisdiction,period,sex,residence,value,unit\n");
        int n = 0;
        outer:
        for (int street = 13; street <= 17; street++) {
            for (int m = 0; m < 72; m++) {
                for (String sex : sexes) {
                    for (String residence : residences) {
                        n++;
                        String value = n == 2300 ? "abc" : String.valueOf((10 + n % 40) / 10.0);
                        csv.append("NEONATAL_MORTALITY,3701040").append(street).append(',')
                                .append(String.format("%d-%02d", 2020 + m / 12, m % 12 + 1)).append(',').append(sex).append(',')
                                .append(residence).append(',').append(value).append(",‰\n");
                        if (n == 2500) {
                            break outer;
                        }
                    }
                }
            }
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        Predicate<String> ours = k -> k.matches("3701040(1[3-7]):NEONATAL_MORTALITY");
        long rows = count("SELECT count(*) FROM outbox_event");
        long maxId = count("SELECT coalesce(max(id), 0) FROM outbox_event");

        given().header("Authorization", REPORTER).header("Accept-Language", "en").contentType("text/csv; charset=utf-8").body(body)
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(400)
                .body("detail", equalTo("1 of 2500 rows are invalid; nothing was written (mode=partial writes the valid rows)"))
                .body("errors.field", contains("rows[2300].value"));
        assertEquals(0, count("SELECT count(*) FROM monitoring_value WHERE jurisdiction BETWEEN '370104013' AND '370104017'"));
        assertEquals(0, outboxEventCount(ours));
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE chunk IS NOT NULL AND id > " + maxId));
        assertEquals(rows, count("SELECT count(*) FROM outbox_event WHERE id <= " + maxId), "no row of before is touched");

        given().header("Authorization", REPORTER).contentType("text/csv; charset=utf-8").body(body).queryParam("mode", "partial")
                .when().post("/api/v1/monitoring-values/bulk").then().statusCode(200)
                .body("accepted", equalTo(2499)).body("rejected", equalTo(1)).body("rejections.row", contains(2300));
        assertEquals(List.of(2000L, 499L), QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT events FROM outbox_event WHERE chunk IS NOT NULL AND id > " + maxId + " ORDER BY id").getResultList())
                .stream().map(e -> ((Number) e).longValue()).toList());
        List<OutboxChunk.Message> stored = outboxEvents(ours);
        assertEquals(2499, stored.size());
        Set<String> valueIds = new HashSet<>();
        Map<String, String> storedById = new java.util.HashMap<>();
        for (OutboxChunk.Message m : stored) {
            JsonNode e = cloudEvent(m);
            JsonNode data = e.get("data");
            assertEquals(data.get("jurisdiction").asText() + ":NEONATAL_MORTALITY", m.key());
            valueIds.add(data.get("valueId").asText());
            storedById.put(e.get("id").asText(), m.payloadText());
        }
        assertEquals(2499, valueIds.size());
        assertEquals(2499, count("SELECT count(*) FROM monitoring_value WHERE jurisdiction BETWEEN '370104013' AND '370104017'"));

        // on the broker: one record per event, its key and exactly its CloudEvent
        Map<String, String> published = new java.util.HashMap<>();
        int records = 0;
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", KafkaResource.broker().bootstrapServers(),
                "group.id", "bulk-test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("guihua.indicator.monitoring"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (published.size() < 2499 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (ours.test(r.key())) {
                        records++;
                        JsonNode e = JSON.readTree(r.value());
                        assertEquals(e.get("data").get("jurisdiction").asText() + ":NEONATAL_MORTALITY", r.key());
                        published.put(e.get("id").asText(), r.value());
                    }
                }
            }
        }
        assertEquals(2499, records, "one record per value");
        assertEquals(storedById, published);
        // marked once the broker acknowledged them, which is before the relay's transaction commits
        String unsent = "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND id > " + maxId + " AND chunk IS NOT NULL";
        long until = System.currentTimeMillis() + 10_000;
        while (count(unsent) > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertEquals(0, count(unsent), "the chunk rows are marked sent");
    }
}
