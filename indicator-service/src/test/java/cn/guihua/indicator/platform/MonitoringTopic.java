package cn.guihua.indicator.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.testsupport.KafkaResource;

/**
 * Reads {@code guihua.indicator.monitoring} (or another topic of the service) from the real broker, from the beginning,
 * as a fresh consumer group.
 */
public final class MonitoringTopic {

    public record Event(String key, JsonNode cloudEvent) {
    }

    private MonitoringTopic() {
    }

    /** The first event with this key that matches, waiting up to 20 s; null if none came. */
    public static Event await(String key, Predicate<JsonNode> match) throws Exception {
        return await("guihua.indicator.monitoring", key, match);
    }

    /** The first event of {@code topic} with this key that matches, waiting up to 20 s; null if none came. */
    public static Event await(String topic, String key, Predicate<JsonNode> match) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", KafkaResource.broker().bootstrapServers(),
                "group.id", "indicator-test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(r.key())) {
                        JsonNode event = json.readTree(r.value());
                        if (match.test(event)) {
                            return new Event(r.key(), event);
                        }
                    }
                }
            }
        }
        return null;
    }
}
