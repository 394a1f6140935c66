package cn.guihua.plan.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.testsupport.DevTokens;
import cn.guihua.testsupport.KafkaResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class KafkaRoundTripTest {

    @Test
    void aCreatedJurisdictionIsPublishedAsACloudEvent() throws Exception {
        given().header("Authorization", DevTokens.bearer("admin", "370000")).contentType(ContentType.JSON)
                .body("{\"code\":\"370303001\",\"name\":\"车站街道\",\"parentCode\":\"370303\"}")
                .when().post("/api/v1/jurisdictions").then().statusCode(201);

        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", KafkaResource.broker().bootstrapServers(),
                "group.id", "round-trip-test", "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("guihua.plan.events"));
            ConsumerRecord<String, String> found = null;
            long deadline = System.currentTimeMillis() + 20_000;
            while (found == null && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if ("370303001".equals(r.key())) {
                        found = r;
                    }
                }
            }
            assertNotNull(found, "no event for 370303001 on guihua.plan.events");
            JsonNode event = new ObjectMapper().readTree(found.value());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("cn.guihua.plan.jurisdiction.created.v1", event.get("type").asText());
            assertEquals("https://guihua.dev/services/plan-service", event.get("source").asText());
            assertEquals("https://guihua.dev/schemas/events/cn.guihua.plan.jurisdiction.created.v1", event.get("dataschema").asText());
            assertEquals("jurisdictions/370303001", event.get("subject").asText());
            assertEquals("车站街道", event.get("data").get("name").asText());
            assertEquals("370303", event.get("data").get("parentCode").asText());
        }
    }
}
