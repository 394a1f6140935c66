package cn.guihua.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import cn.guihua.platform.kafka.KafkaClients;

/**
 * One relay of the outbox: publishes the unsent rows in the order they were written and marks them sent. Only one
 * relay publishes at a time, whatever the number of replicas: each batch runs in a transaction that first takes a
 * PostgreSQL advisory lock, and a relay that does not get it publishes nothing. So the order of the rows of one key
 * is the order on its partition. A batch is sent whole, flushed, and marked only once the broker acknowledged every
 * record; a failure rolls it back and the next attempt sends it again (consumers are idempotent on the event id).
 */
final class Relay implements AutoCloseable {

    /** The advisory lock of the relay: "guihua" and 1. Each service has a database of its own. */
    static final long LOCK = 0x6775_6968_7561_0001L;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final DataSource dataSource;
    private final KafkaClients clients;
    private final OutboxConfig config;
    private final String name;
    private KafkaProducer<String, byte[]> producer;
    private String clientId;

    Relay(DataSource dataSource, KafkaClients clients, OutboxConfig config, String name) {
        this.dataSource = dataSource;
        this.clients = clients;
        this.config = config;
        this.name = name;
    }

    /** Publishes one batch; returns the rows sent, 0 when there were none or another relay holds the lock. */
    int relayBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int sent = relayBatch(c);
                c.commit();
                return sent;
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private int relayBatch(Connection c) throws Exception {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        KafkaProducer<String, byte[]> p = producer();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, topic, message_key, payload FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT ?")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(rs.getString(2), rs.getString(3),
                            rs.getString(4).getBytes(StandardCharsets.UTF_8));
                    record.headers().add("content-type", CONTENT_TYPE);
                    sends.add(p.send(record));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        p.flush();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (Future<RecordMetadata> f : sends) {
            f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        String mark = config.retention().isZero() ? "DELETE FROM outbox_event WHERE id = ANY (?)"
                : "UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?)";
        try (PreparedStatement update = c.prepareStatement(mark)) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
        return ids.size();
    }

    private static final byte[] CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);

    synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            clientId = name + "-" + CLIENTS.incrementAndGet();
            producer = clients.producer(clientId, Map.of(
                    ProducerConfig.LINGER_MS_CONFIG, "5",
                    ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024),
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000",
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(15_000, config.sendTimeout().toMillis()))));
        }
        return producer;
    }

    /**
     * False when the producer exists but its network thread is gone (it died, for instance of an OutOfMemoryError):
     * such a producer never sends again, so it is closed and the next batch builds a new one.
     */
    synchronized boolean producerAlive() {
        if (producer == null) {
            return true;
        }
        String thread = "kafka-producer-network-thread | " + clientId;
        boolean alive = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(thread) && t.isAlive());
        if (!alive) {
            discardProducer();
        }
        return alive;
    }

    /** After a failed send the producer may be broken for good (fenced, closed, out of memory): build it anew. */
    synchronized void discardProducer() {
        if (producer != null) {
            try {
                producer.close(java.time.Duration.ZERO);
            } catch (RuntimeException ignored) {
                // it is being thrown away
            }
            producer = null;
        }
    }

    /** Removes sent rows older than the retention, a chunk at a time; returns how many. */
    int removeSent() throws SQLException {
        if (config.retention().isZero()) {
            return 0;
        }
        int removed = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event WHERE sent_at < now() - ?::interval LIMIT 10000)")) {
            delete.setString(1, config.retention().toSeconds() + " seconds");
            int n;
            do {
                n = delete.executeUpdate();
                removed += n;
            } while (n == 10_000);
        }
        return removed;
    }

    /** The number of unsent rows and the age in seconds of the oldest (0 when none). */
    long[] backlog() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox_event WHERE sent_at IS NULL");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return new long[] { rs.getLong(1), (long) rs.getDouble(2) };
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }
}
