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
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
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

    /** A burst leaves at most what the producer may hold: 16 batches of 256 KB, not Kafka's default of 32 MB (issue 17). */
    @Test
    void aRelaysProducerHoldsAtMostSixteenBatches() throws Exception {
        try (Relay relay = new Relay(dataSource, clients, config, "relay-buffer")) {
            Map<String, Object> metrics = new HashMap<>();
            relay.producer().metrics().forEach((name, metric) -> metrics.putIfAbsent(name.name(), metric.metricValue()));
            assertEquals(4.0 * 1024 * 1024, metrics.get("buffer-total-bytes"));
            assertEquals(4.0 * 1024 * 1024, metrics.get("buffer-available-bytes"));
        }
    }

    @Test
    void twoRelaysSideBySideKeepTheOrderOfEachKey() throws Exception {
        String topic = newTopic("guihua.test.order.");
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
        String topic = newTopic("guihua.test.copy.");
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

    /**
     * Chunk rows among rows of one event, in one transaction: a chunk larger than any batch, one written through
     * Hibernate and one through JDBC. On the real broker every event is one record with its own key and exactly its
     * CloudEvent, in the order written, each key's events in order on its partition; every row ends marked sent.
     */
    @Test
    void aChunkRowIsOneRecordPerEventInOrderAndIsMarkedSent() throws Exception {
        String topic = newTopic("guihua.test.chunk.");
        List<String[]> expected = new ArrayList<>(); // key, CloudEvent, in the order written
        QuarkusTransaction.requiringNew().run(() -> {
            expected.add(single(topic, "key-0", 0));
            OutboxChunk large = new OutboxChunk(topic);
            for (int seq = 1; seq <= 6000; seq++) { // more than a batch (5000, and 1000 for the relay below)
                expected.add(add(large, "key-" + seq % 7, seq));
            }
            outbox.publish(large);
            expected.add(single(topic, "key-0", 6001));
            OutboxChunk small = new OutboxChunk(topic);
            for (int seq = 6002; seq <= 6004; seq++) {
                expected.add(add(small, "key-" + seq % 7, seq));
            }
            try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(Outbox.INSERT_CHUNK)) {
                Outbox.bind(insert, small);
                assertEquals(1, insert.executeUpdate());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(4, rows(topic));
        assertEquals(6005, count("SELECT coalesce(sum(events), 0) FROM outbox_event WHERE topic = ?", topic));
        OutboxConfig smallBatches = config(1000, Duration.ofDays(7));
        // this relay and the application's take turns (the advisory lock); whichever sends a row sends all of it
        try (Relay relay = new Relay(dataSource, clients, smallBatches, "relay-chunks")) {
            long until = System.currentTimeMillis() + 60_000;
            while (unsent(topic) > 0 && System.currentTimeMillis() < until) {
                if (relay.relayBatch() == 0) {
                    Thread.sleep(20);
                }
            }
        }
        assertEquals(0, unsent(topic), "every row marked sent");
        assertEquals(4, rows(topic));

        Map<String, List<String>> expectedByKey = new HashMap<>();
        for (String[] e : expected) {
            expectedByKey.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
        }
        Map<String, List<String>> seen = new HashMap<>();
        int records = 0;
        try (KafkaConsumer<String, String> c = consumer()) {
            c.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + 30_000;
            while (records < expected.size() && System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    records++;
                    seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value());
                    assertEquals("application/cloudevents+json; charset=UTF-8",
                            new String(r.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
                }
            }
            // nothing more than one record per event
            for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(1000))) {
                records++;
                seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value());
            }
        }
        assertEquals(expected.size(), records);
        assertEquals(expectedByKey, seen, "each key's CloudEvents, exactly and in the order written");
    }

    /** An event written straight into a chunk is, byte for byte, the event prepareJson builds of the same data. */
    @Test
    void anEventWrittenIntoAChunkIsTheEventPrepareJsonBuilds() throws Exception {
        Outbox.JsonData data = g -> {
            g.writeStartObject();
            g.writeStringField("name", "五年规划\t\"引号\" \\ 𠀀 ‰\n");
            g.writeNumberField("n", new java.math.BigDecimal("1.50"));
            g.writeNullField("none");
            g.writeEndObject();
        };
        java.io.StringWriter text = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g = json.getFactory().createGenerator(text)) {
            data.write(g);
        }
        Outbox.Prepared prepared = outbox.prepareJson("cn.guihua.test.chunk.v1", "items/1", text.toString());
        java.time.OffsetDateTime time = java.time.OffsetDateTime.parse("2026-12-01T08:30:00.123456Z");
        OutboxChunk chunk = new OutboxChunk("guihua.test.chunk");
        UUID first = outbox.add(chunk, "k1", "cn.guihua.test.chunk.v1", "items/1", time, data);
        UUID second = outbox.add(chunk, "k2", "cn.guihua.test.chunk.v1", null, time, g -> g.writeString("plain"));
        assertEquals(first, chunk.firstId());
        assertEquals(time, chunk.firstTime());
        List<OutboxChunk.Message> out = OutboxChunk.read(chunk.bytes());
        assertEquals(List.of("k1", "k2"), out.stream().map(OutboxChunk.Message::key).toList());
        String expected = prepared.payload().replace(prepared.id().toString(), first.toString())
                .replace("\"time\":\"" + Outbox.TIME.format(prepared.time()) + "\"", "\"time\":\"2026-12-01T08:30:00.123456Z\"");
        assertEquals(expected, out.get(0).payloadText());
        JsonNode e = json.readTree(out.get(1).payload());
        assertEquals(second.toString(), e.get("id").asText());
        assertEquals("plain", e.get("data").asText());
        assertTrue(e.get("subject") == null);
    }

    /** A batch is counted in events: rows up to the batch size, a chunk row with all of its events, never no row. */
    @Test
    void aBatchCountsTheEventsOfItsChunkRows() throws Exception {
        String topic = newTopic("guihua.test.batch.");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long before;
                try (PreparedStatement max = c.prepareStatement("SELECT coalesce(max(id), 0) FROM outbox_event");
                        ResultSet rs = max.executeQuery()) {
                    rs.next();
                    before = rs.getLong(1);
                }
                // not committed: only this connection sees the rows, no relay sends them
                try (PreparedStatement insert = c.prepareStatement(Outbox.INSERT_CHUNK)) {
                    for (int size : new int[] { 2000, 300, 300, 300, 300, 300 }) {
                        OutboxChunk chunk = new OutboxChunk(topic);
                        for (int i = 0; i < size; i++) {
                            add(chunk, "k", i);
                        }
                        Outbox.bind(insert, chunk);
                        insert.executeUpdate();
                    }
                }
                assertEquals(List.of(2000), batch(c, before, 100), "one row, whatever its size");
                assertEquals(List.of(2000), batch(c, before, 2000));
                assertEquals(List.of(2000, 300), batch(c, before, 2001));
                assertEquals(List.of(2000, 300, 300, 300, 300), batch(c, before, 3000));
                assertEquals(List.of(2000, 300, 300, 300, 300, 300), batch(c, before, 5000));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * A chunk row one of whose records the producer refuses (larger than the broker takes): the round fails, the row
     * stays unsent, though the records before it went out (the consumers skip them when they come again).
     */
    @Test
    void aChunkRowIsNotMarkedSentUntilEveryRecordIsAcknowledged() throws Exception {
        String topic = newTopic("guihua.test.chunk-refused.");
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxChunk chunk = new OutboxChunk(topic);
            add(chunk, "k", 1);
            chunk.add(outbox.prepareJson("cn.guihua.test.chunk.v1", "items/2",
                    json.valueToTree(Map.of("big", "x".repeat(2 * 1024 * 1024))).toString()), "k");
            add(chunk, "k", 3);
            try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(Outbox.INSERT_CHUNK)) {
                Outbox.bind(insert, chunk);
                insert.executeUpdate();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (Relay relay = new Relay(dataSource, clients, config(5000, Duration.ofDays(7)), "relay-refused")) {
            Exception failure = null;
            long until = System.currentTimeMillis() + 20_000;
            while (failure == null && System.currentTimeMillis() < until) {
                try {
                    if (relay.relayBatch() == 0) {
                        Thread.sleep(20); // the application's relay has the lock
                    }
                } catch (Exception e) {
                    failure = e;
                }
            }
            assertNotNull(failure, "the round fails");
            assertEquals(1, unsent(topic), "the row is not marked sent");
        } finally {
            // the row would fail every round of the application's relay too
            try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM outbox_event WHERE topic = ?")) {
                delete.setString(1, topic);
                delete.executeUpdate();
            }
        }
    }

    /** The events, uncompressed, of the rows a batch after {@code after} reads with {@code batchSize}. */
    private static List<Integer> batch(Connection c, long after, int batchSize) throws Exception {
        List<Integer> events = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(Relay.SELECT_AFTER)) {
            select.setLong(1, after);
            select.setInt(2, 5000);
            select.setInt(3, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    assertEquals(rs.getInt(6), OutboxChunk.read(rs.getBytes(5)).size());
                    events.add(rs.getInt(6));
                }
            }
        }
        return events;
    }

    private String[] single(String topic, String key, int seq) {
        UUID id = outbox.publish(topic, key, "cn.guihua.test.chunk.v1", "items/" + seq, Map.of("seq", seq));
        return new String[] { key, OutboxEvent.<OutboxEvent>find("eventId", id).firstResult().payload };
    }

    private String[] add(OutboxChunk chunk, String key, int seq) {
        try {
            Outbox.Prepared e = outbox.prepareJson("cn.guihua.test.chunk.v1", "items/" + seq,
                    json.writeValueAsString(Map.of("seq", seq, "name", "行\t" + seq)));
            chunk.add(e, key);
            return new String[] { key, e.payload() };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OutboxConfig config(int batchSize, Duration retention) {
        return new OutboxConfig() {
            public boolean enabled() { return true; }
            public int batchSize() { return batchSize; }
            public boolean chunkRows() { return true; }
            public Duration idleInterval() { return Duration.ofMillis(50); }
            public Duration retention() { return retention; }
            public Duration maxAge() { return Duration.ofMinutes(2); }
            public Duration sendTimeout() { return Duration.ofSeconds(30); }
        };
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
            public boolean chunkRows() { return true; }
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

    /**
     * A topic of its own, created with its partitions' leaders in place before the relay sends to it, as the
     * services' topics are (deploy/k8s/base/kafka.yaml). Auto-created on the first send instead, a partition could
     * refuse the first batch (NOT_LEADER_OR_FOLLOWER) while the next was accepted; the idempotent producer then
     * retried the first out of sequence until its delivery timeout, longer than a test waits.
     */
    private static String newTopic(String prefix) throws Exception {
        String topic = prefix + UUID.randomUUID();
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> c = consumer()) {
            long until = System.currentTimeMillis() + 30_000;
            while (c.partitionsFor(topic).stream().anyMatch(i -> i.leader() == null || i.leader().isEmpty())) {
                if (System.currentTimeMillis() > until) {
                    throw new IllegalStateException(topic + " has no leader for every partition after 30 s");
                }
                Thread.sleep(50);
            }
        }
        return topic;
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "order-check-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
