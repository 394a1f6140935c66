package cn.guihua.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.kafka.KafkaClients;
import cn.guihua.testsupport.KafkaResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KafkaClients clients;

    @Inject
    OutboxConfig config;

    @Inject
    ObjectMapper json;

    @Test
    void twoRelaysSideBySideKeepTheOrderOfEachKey() throws Exception {
        String topic = "guihua.test.order." + UUID.randomUUID();
        int keys = 10;
        int perKey = 300;
        // written in many small transactions, as requests would
        for (int round = 0; round < perKey; round += 30) {
            int from = round;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int seq = from; seq < from + 30; seq++) {
                    for (int k = 0; k < keys; k++) {
                        outbox.publish(topic, "key-" + k, "cn.guihua.test.order.v1", "keys/" + k, Map.of("seq", seq));
                    }
                }
            });
        }
        Relay a = new Relay(dataSource, clients, config, "relay-a");
        Relay b = new Relay(dataSource, clients, config, "relay-b");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (Relay r : List.of(a, b)) {
            runs.add(pool.submit(() -> {
                int sent = 0;
                long until = System.currentTimeMillis() + 60_000;
                while (System.currentTimeMillis() < until && unsent(topic) > 0) {
                    int n = r.relayBatch();
                    sent += n;
                    if (n == 0) {
                        Thread.sleep(20);
                    }
                }
                return sent;
            }));
        }
        for (Future<Integer> f : runs) {
            f.get();
        }
        pool.shutdown();
        a.close();
        b.close();
        assertEquals(0, unsent(topic));

        Map<String, List<Integer>> seen = new HashMap<>();
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, String> c = consumer()) {
            c.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + 30_000;
            while (ids.size() < keys * perKey && System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    JsonNode event = json.readTree(r.value());
                    if (ids.add(event.get("id").asText())) {
                        seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(event.path("data").path("seq").asInt());
                    }
                    assertEquals("application/cloudevents+json; charset=UTF-8",
                            new String(r.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(keys * perKey, ids.size());
        for (List<Integer> sequence : seen.values()) {
            for (int i = 1; i < sequence.size(); i++) {
                assertTrue(sequence.get(i) > sequence.get(i - 1), "out of order: " + sequence);
            }
        }
    }

    @Test
    void anEventIsACloudEventWithAnAbsoluteSourceAndItsSchema() throws Exception {
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish("guihua.test.shape", "370104", "cn.guihua.test.shape.v1",
                "items/1", Map.of("name", "五年规划")));
        String payload = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("eventId", id).firstResult().payload);
        JsonNode e = json.readTree(payload);
        assertEquals("1.0", e.get("specversion").asText());
        assertEquals(id.toString(), e.get("id").asText());
        assertEquals("https://guihua.dev/services/platform-test", e.get("source").asText());
        assertEquals("https://guihua.dev/schemas/events/cn.guihua.test.shape.v1", e.get("dataschema").asText());
        assertEquals("application/json", e.get("datacontenttype").asText());
        assertEquals("五年规划", e.get("data").get("name").asText());
        assertNotNull(e.get("time"));
    }

    @Test
    void aBulkWritersEventIsTheSameCloudEventAndCopiedRowsArePublished() throws Exception {
        String topic = "guihua.test.copy." + UUID.randomUUID();
        Map<String, Object> data = Map.of("name", "五年规划\t\"引号\" \\ 𠀀", "n", 1.5);
        Outbox.Prepared viaSdk = outbox.prepare("cn.guihua.test.copy.v1", "items/1", data);
        Outbox.Prepared direct = outbox.prepareJson("cn.guihua.test.copy.v1", "items/1", json.writeValueAsString(data));
        JsonNode a = json.readTree(viaSdk.payload());
        JsonNode b = json.readTree(direct.payload());
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove(List.of("id", "time"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove(List.of("id", "time"));
        assertEquals(a, b);
        List<String> fieldsA = new ArrayList<>();
        json.readTree(viaSdk.payload()).fieldNames().forEachRemaining(fieldsA::add);
        List<String> fieldsB = new ArrayList<>();
        json.readTree(direct.payload()).fieldNames().forEachRemaining(fieldsB::add);
        assertEquals(fieldsA, fieldsB);
        assertEquals(direct.id().toString(), json.readTree(direct.payload()).get("id").asText());

        int n = 2500;
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                    cn.guihua.platform.jdbc.CopyRows rows = cn.guihua.platform.jdbc.CopyRows.open(c, Outbox.COPY)) {
                for (int i = 0; i < n; i++) {
                    Outbox.copy(rows, outbox.prepareJson("cn.guihua.test.copy.v1", "items/" + i,
                            json.writeValueAsString(Map.of("seq", i, "name", "行\n" + i))), topic, "key-" + (i % 7));
                }
                assertEquals(n, rows.finish());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(n, rows(topic));
        Map<String, List<Integer>> seen = new HashMap<>();
        try (KafkaConsumer<String, String> c = consumer()) {
            c.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + 30_000;
            int count = 0;
            while (count < n && System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    JsonNode event = json.readTree(r.value());
                    int seq = event.path("data").path("seq").asInt();
                    assertEquals("行\n" + seq, event.path("data").path("name").asText());
                    seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(seq);
                    count++;
                }
            }
            assertEquals(n, count, "the relay of the application publishes the copied rows");
        }
        for (List<Integer> sequence : seen.values()) {
            for (int i = 1; i < sequence.size(); i++) {
                assertTrue(sequence.get(i) > sequence.get(i - 1), "out of order: " + sequence);
            }
        }
    }

    @Test
    void sentRowsOlderThanTheRetentionAreRemoved() throws Exception {
        String topic = "guihua.test.retention";
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                outbox.publish(topic, "k", "cn.guihua.test.retention.v1", "r/" + i, Map.of("i", i));
            }
        });
        OutboxConfig shortRetention = new OutboxConfig() {
            public boolean enabled() { return true; }
            public int batchSize() { return 5000; }
            public Duration idleInterval() { return Duration.ofMillis(50); }
            public Duration retention() { return Duration.ofSeconds(1); }
            public Duration maxAge() { return Duration.ofMinutes(2); }
            public Duration sendTimeout() { return Duration.ofSeconds(30); }
        };
        try (Relay relay = new Relay(dataSource, clients, shortRetention, "relay-retention")) {
            long until = System.currentTimeMillis() + 30_000;
            while (unsent(topic) > 0 && System.currentTimeMillis() < until) {
                relay.relayBatch();
            }
            assertEquals(5, rows(topic), "sent rows are kept until the retention has passed");
            Thread.sleep(1500);
            relay.removeSent();
            assertEquals(0, rows(topic));
        }
    }

    private long unsent(String topic) throws Exception {
        return count("SELECT count(*) FROM outbox_event WHERE topic = ? AND sent_at IS NULL", topic);
    }

    private long rows(String topic) throws Exception {
        return count("SELECT count(*) FROM outbox_event WHERE topic = ?", topic);
    }

    private long count(String sql, String topic) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, topic);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "order-check-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
