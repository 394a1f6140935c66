package cn.guihua.credit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.testsupport.KafkaResource;

/** Reads guihua.credit.events from the embedded broker. */
public final class Events {

    private Events() {
    }

    /** The CloudEvents with this key that match, waiting up to 20 s for the first. */
    public static List<JsonNode> await(String key, Predicate<JsonNode> match) {
        List<JsonNode> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", KafkaResource.broker().bootstrapServers(),
                "group.id", "credit-test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("guihua.credit.events"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (found.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    JsonNode event = Api.read(r.value());
                    if (key.equals(r.key()) && match.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }
}
