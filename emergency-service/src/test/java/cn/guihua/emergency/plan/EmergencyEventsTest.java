package cn.guihua.emergency.plan;

import static cn.guihua.emergency.plan.PlanFixtures.HUAIYIN;
import static cn.guihua.emergency.plan.PlanFixtures.manager;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import cn.guihua.testsupport.KafkaResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The events other systems rely on arrive on the real broker as CloudEvents keyed by jurisdiction. */
@QuarkusTest
class EmergencyEventsTest {

    @Test
    void publicationFilingDrillAndRevisionDueAreEventsOnTheTopic() throws Exception {
        String id = PlanFixtures.draftSpecial(HUAIYIN, "槐荫区城市燃气突发事件应急预案", "区住房城乡建设局");
        PlanFixtures.publish(HUAIYIN, id, LocalDate.of(2022, 11, 24));
        String filing = given().header("Authorization", manager(HUAIYIN)).when().get("/api/v1/emergency-plans/" + id + "/filings")
                .then().extract().path("[0].id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"filedOn\":\"2022-12-20\",\"version\":0}")
                .when().post("/api/v1/emergency-plans/" + id + "/filings/" + filing + "/record").then().statusCode(200);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"heldOn\":\"2023-05-10\",\"form\":\"LIVE\",\"organiser\":\"区住房城乡建设局\",\"revisionNeeded\":true,\"findings\":\"应急资源发生变化\"}")
                .when().post("/api/v1/emergency-plans/" + id + "/drills").then().statusCode(201);

        Map<String, JsonNode> byType = consume("emergency-events-test", 4, event -> id.equals(event.path("data").path("planId").asText()));
        JsonNode published = byType.get("cn.guihua.emergency.plan.published.v1");
        assertTrue(published != null, "no publication event; got " + byType.keySet());
        assertEquals("1.0", published.get("specversion").asText());
        assertEquals("https://guihua.dev/services/emergency-service", published.get("source").asText());
        for (JsonNode event : byType.values()) {
            assertEquals("https://guihua.dev/schemas/events/" + event.get("type").asText(), event.get("dataschema").asText());
            assertEquals("application/json", event.get("datacontenttype").asText());
        }
        assertEquals("plans/" + id, published.get("subject").asText());
        assertEquals("2022-11-24", published.at("/data/issueDate").asText());
        assertEquals("市政府有关主管部门", published.at("/data/filings/0/recipient").asText());
        assertEquals("2022-12-22", published.at("/data/filings/0/dueOn").asText());
        assertEquals("2022-12-20", byType.get("cn.guihua.emergency.plan.filed.v1").at("/data/filedOn").asText());
        assertEquals(false, byType.get("cn.guihua.emergency.plan.filed.v1").at("/data/late").asBoolean());
        assertEquals("LIVE", byType.get("cn.guihua.emergency.drill.recorded.v1").at("/data/form").asText());
        assertEquals(6, byType.get("cn.guihua.emergency.plan.revision-due.v1").at("/data/circumstance").asInt());
        assertEquals("000:1619", byType.get("cn.guihua.emergency.plan.revision-due.v1").at("/data/sourceRef").asText());
        for (JsonNode event : byType.values()) {
            matchesTheAsyncApi(event);
        }
    }

    /**
     * Issue 14: a warning issued, adjusted and lifted, and a response activated and terminated, are events on the topic,
     * each as the AsyncAPI document describes it, so other systems act on a red warning without polling.
     */
    @Test
    void warningStepsAndResponseActivationAndTerminationAreEventsOnTheTopic() throws Exception {
        String body = "{\"planCode\":\"HY_OVERALL\",\"jurisdiction\":\"370104\",\"category\":\"NATURAL\",\"level\":1,"
                + "\"issuerBody\":\"槐荫区人民政府\",\"issuedAt\":\"2026-07-20T06:00:00+08:00\",\"content\":{\"category\":\"自然灾害（暴雨）\","
                + "\"level\":\"一级（红色）\",\"startTime\":\"2026-07-20T08:00:00+08:00\",\"affectedArea\":\"槐荫区全域\","
                + "\"warningMatters\":\"特大暴雨\",\"development\":\"持续\",\"measures\":\"停课停工\",\"consultation\":\"12345\","
                + "\"issuedAt\":\"2026-07-20T06:00:00+08:00\",\"issuer\":\"槐荫区人民政府\"}}";
        String warning = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/warnings").then().statusCode(201).extract().path("id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{\"level\":2,\"version\":0}")
                .when().post("/api/v1/warnings/" + warning + "/adjustments").then().statusCode(200);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON).body("{\"reason\":\"雨势减弱\",\"version\":1}")
                .when().post("/api/v1/warnings/" + warning + "/lift").then().statusCode(200);
        String incident = given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"jurisdiction\":\"370104\",\"title\":\"某批号注射液不良事件（事件测试）\",\"eventType\":\"药品安全事件\","
                        + "\"gradingTable\":\"HY_DRUG_SAFETY\",\"facts\":{\"similarAdverseEventCases\":12},"
                        + "\"occurredAt\":\"2026-07-20T08:00:00+08:00\",\"discoveredAt\":\"2026-07-20T08:30:00+08:00\"}")
                .when().post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"action\":\"ACTIVATE\",\"at\":\"2026-07-20T10:00:00+08:00\",\"version\":0}")
                .when().post("/api/v1/incidents/" + incident + "/response/transitions").then().statusCode(200);
        given().header("Authorization", manager(HUAIYIN)).contentType(ContentType.JSON)
                .body("{\"action\":\"TERMINATE\",\"at\":\"2026-07-22T10:00:00+08:00\",\"version\":1}")
                .when().post("/api/v1/incidents/" + incident + "/response/transitions").then().statusCode(200);

        Map<String, JsonNode> byType = consume("emergency-warning-events-test", 5,
                event -> warning.equals(event.path("data").path("warningId").asText())
                        || incident.equals(event.path("data").path("incidentId").asText()));
        assertEquals(5, byType.size(), "got " + byType.keySet());
        JsonNode issued = byType.get("cn.guihua.emergency.warning.issued.v1");
        assertEquals("warnings/" + warning, issued.get("subject").asText());
        assertEquals("RED", issued.at("/data/color").asText());
        assertEquals("000:1311", issued.at("/data/sourceRef").asText());
        JsonNode adjusted = byType.get("cn.guihua.emergency.warning.adjusted.v1");
        assertEquals(1, adjusted.at("/data/fromLevel").asInt());
        assertEquals("ORANGE", adjusted.at("/data/color").asText());
        assertEquals("LIFTED", byType.get("cn.guihua.emergency.warning.lifted.v1").at("/data/status").asText());
        JsonNode activated = byType.get("cn.guihua.emergency.response.activated.v1");
        assertEquals("incidents/" + incident, activated.get("subject").asText());
        assertEquals("Ⅳ级", activated.at("/data/tierName").asText());
        assertEquals("区政府", activated.at("/data/activator").asText());
        assertEquals("2026-07-22T10:00:00+08:00", byType.get("cn.guihua.emergency.response.terminated.v1").at("/data/terminatedAt").asText());
        for (JsonNode event : byType.values()) {
            assertEquals("https://guihua.dev/schemas/events/" + event.get("type").asText(), event.get("dataschema").asText());
            matchesTheAsyncApi(event);
        }
    }

    /** The events on the topic that the filter picks, by type, each keyed by 槐荫区. */
    private static Map<String, JsonNode> consume(String group, int expected, java.util.function.Predicate<JsonNode> filter) throws Exception {
        Map<String, JsonNode> byType = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", KafkaResource.broker().bootstrapServers(),
                "group.id", group, "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("guihua.emergency.events"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (byType.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    JsonNode event = new ObjectMapper().readTree(r.value());
                    if (filter.test(event)) {
                        assertEquals(HUAIYIN, r.key());
                        byType.put(event.get("type").asText(), event);
                    }
                }
            }
        }
        return byType;
    }

    /** The committed docs/asyncapi/emergency-service.yaml is what consumers code against: each event must fit it. */
    private static void matchesTheAsyncApi(JsonNode event) throws Exception {
        JsonNode doc = new YAMLMapper().readTree(Path.of("../docs/asyncapi/emergency-service.yaml").toFile());
        JsonNode envelope = doc.at("/components/schemas/envelope");
        String type = event.get("type").asText();
        for (JsonNode attribute : envelope.get("required")) {
            assertTrue(event.hasNonNull(attribute.asText()), type + " lacks " + attribute.asText());
        }
        envelope.get("properties").fields().forEachRemaining(p -> {
            if (p.getValue().has("const")) {
                assertEquals(p.getValue().get("const").asText(), event.get(p.getKey()).asText(), type + " " + p.getKey());
            }
        });
        JsonNode message = null;
        for (JsonNode m : doc.at("/components/messages")) {
            if (m.path("title").asText().equals(type)) {
                message = m;
            }
        }
        assertTrue(message != null, "the AsyncAPI document has no message " + type);
        JsonNode payload = message.at("/payload/allOf/1/properties");
        assertEquals(payload.at("/dataschema/const").asText(), event.get("dataschema").asText(), type);
        // the fields every event of its kind carries (planFields, warningFields, responseFields), then its own
        String base = payload.at("/data/allOf/0/$ref").asText().replace("#", "");
        JsonNode common = doc.at(base);
        assertTrue(!common.isMissingNode(), type + " names no common fields");
        for (JsonNode required : common.get("required")) {
            assertTrue(event.get("data").has(required.asText()), type + " data lacks " + required.asText());
        }
        JsonNode fields = payload.at("/data/allOf/1/properties");
        fields.fieldNames().forEachRemaining(f -> assertTrue(event.get("data").has(f), type + " data lacks " + f));
        event.get("data").fieldNames().forEachRemaining(f -> assertTrue(fields.has(f)
                || common.get("properties").has(f), type + " data has the undocumented " + f));
    }
}
