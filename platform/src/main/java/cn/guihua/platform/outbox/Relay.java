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
 * relay publishes at a time, whatever the number of replicas: each round runs in a transaction that first takes a
 * PostgreSQL advisory lock, and a relay that does not get it publishes nothing. So the order of the rows of one key
 * is the order on its partition. A round reads a batch, sends it, and while the broker acknowledges it reads and sends
 * the next one; a batch is marked sent (by its ids) only once the broker acknowledged every record of it, and the
 * marks commit with the round. A chunk row ({@link OutboxChunk}) is sent as one record per event, in order, each with
 * its own key, in the place of the row; the batch size counts events. A failure rolls the round back and the next
 * attempt sends its rows again (consumers are idempotent on the event id).
 */
final class Relay implements AutoCloseable {

    /** The advisory lock of the relay: "guihua" and 1. Each service has a database of its own. */
    static final long LOCK = 0x6775_6968_7561_0001L;
    /** Batches one round (one transaction, one hold of the lock) sends at most before it commits. */
    static final int MAX_BATCHES_PER_ROUND = 8;
    /** A round commits after about this long even when rows still wait, so marks do not pile up uncommitted. */
    static final long MAX_ROUND_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    /**
     * A batch: the first unsent rows (after an id, within a round) up to the batch size in events, a chunk row counting
     * its events, and always at least one row. The inner LIMIT bounds the rows read; the window sums their events, and
     * a chunk row's {@code chunk} (stored out of line) is only fetched for the rows kept.
     */
    private static final String SELECT = "SELECT id, topic, message_key, payload, chunk, events FROM ("
            + "SELECT id, topic, message_key, payload, chunk, events, sum(events) OVER (ORDER BY id) - events AS before FROM ("
            + "SELECT id, topic, message_key, payload, chunk, events FROM outbox_event WHERE sent_at IS NULL%s ORDER BY id LIMIT ?"
            + ") unsent) batch WHERE before < ? ORDER BY id";
    static final String SELECT_FIRST = String.format(SELECT, "");
    static final String SELECT_AFTER = String.format(SELECT, " AND id > ?");

    private final DataSource dataSource;
    private final KafkaClients clients;
    private final OutboxConfig config;
    private final String name;
    private KafkaProducer<String, byte[]> producer;
    private String clientId;
    /** Whether the last round stopped at one of its limits with rows still waiting. */
    private volatile boolean more;

    /** One batch sent and not yet marked: its rows, the events they hold, a send per event. */
    private record InFlight(Long[] ids, int events, List<Future<RecordMetadata>> sends, long deadline) {
    }

    Relay(DataSource dataSource, KafkaClients clients, OutboxConfig config, String name) {
        this.dataSource = dataSource;
        this.clients = clients;
        this.config = config;
        this.name = name;
    }

    /**
     * Publishes one round (one batch or more, see the class comment); returns the events sent (a chunk row counts its
     * events), 0 when there were none or another relay holds the lock.
     */
    int relayBatch() throws Exception {
        more = false;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int sent = round(c);
                c.commit();
                return sent;
            } catch (Exception e) {
                more = false;
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Whether the last round left rows it could have sent (it stopped at its limits): the next should follow at once. */
    boolean moreWaiting() {
        return more;
    }

    private int round(Connection c) throws Exception {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        KafkaProducer<String, byte[]> p = producer();
        long started = System.nanoTime();
        int batchSize = config.batchSize();
        int sent = 0;
        InFlight pending = null;
        try (PreparedStatement first = c.prepareStatement(SELECT_FIRST);
                PreparedStatement after = c.prepareStatement(SELECT_AFTER);
                PreparedStatement mark = c.prepareStatement(config.retention().isZero()
                        ? "DELETE FROM outbox_event WHERE id = ANY (?)"
                        : "UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?)")) {
            long last = 0;
            for (int batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
                PreparedStatement select;
                if (batch == 0) {
                    select = first;
                    select.setInt(1, batchSize);
                    select.setInt(2, batchSize);
                } else {
                    // within one round the rows after the last one sent: a row of a lower id that commits meanwhile is
                    // read by the next round, which starts from the lowest unsent id again
                    select = after;
                    select.setLong(1, last);
                    select.setInt(2, batchSize);
                    select.setInt(3, batchSize);
                }
                List<Long> ids = new ArrayList<>();
                List<Future<RecordMetadata>> sends = new ArrayList<>(batchSize);
                int events = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        ids.add(id);
                        String topic = rs.getString(2);
                        byte[] chunk = rs.getBytes(5);
                        if (chunk == null) {
                            // text as the connection sends it: UTF-8, no detour through a String
                            sends.add(p.send(record(topic, rs.getString(3), rs.getBytes(4))));
                            events++;
                        } else {
                            // a chunk row: its events one record each, in order, with their own keys
                            List<OutboxChunk.Message> messages = chunkOf(id, chunk, rs.getInt(6));
                            for (OutboxChunk.Message m : messages) {
                                sends.add(p.send(record(topic, m.key(), m.payload())));
                            }
                            events += messages.size();
                        }
                        last = id;
                    }
                }
                // while this batch is on its way, the one before it is acknowledged and marked
                if (pending != null) {
                    sent += markAcknowledged(c, mark, pending);
                    pending = null;
                }
                if (ids.isEmpty()) {
                    break;
                }
                pending = new InFlight(ids.toArray(Long[]::new), events, sends, System.nanoTime() + config.sendTimeout().toNanos());
                if (events < batchSize) {
                    break;
                }
                if (batch == MAX_BATCHES_PER_ROUND - 1 || System.nanoTime() - started > MAX_ROUND_NANOS) {
                    more = true;
                    break;
                }
            }
            if (pending != null) {
                p.flush();
                sent += markAcknowledged(c, mark, pending);
            }
        }
        return sent;
    }

    /**
     * Waits until the broker acknowledged every record of the batch (every event of its chunk rows too), then marks
     * its rows sent; returns the events.
     */
    private static int markAcknowledged(Connection c, PreparedStatement mark, InFlight batch) throws Exception {
        for (Future<RecordMetadata> f : batch.sends()) {
            f.get(Math.max(1, batch.deadline() - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        Array array = c.createArrayOf("bigint", batch.ids());
        mark.setArray(1, array);
        mark.executeUpdate();
        array.free();
        return batch.events();
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, byte[] payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add("content-type", CONTENT_TYPE);
        TraceHeaders.add(payload, record.headers());
        return record;
    }

    /**
     * The events of chunk row {@code id}. A row that cannot be read, or holds another number of events than its
     * {@code events} says, fails the round (nothing of it is sent; it stays unsent, readiness goes DOWN after
     * {@code max-age}): an event is never skipped silently.
     */
    private static List<OutboxChunk.Message> chunkOf(long id, byte[] chunk, int events) {
        List<OutboxChunk.Message> messages;
        try {
            messages = OutboxChunk.read(chunk);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("outbox row " + id + ": " + e.getMessage(), e);
        }
        if (messages.size() != events) {
            throw new IllegalStateException("outbox row " + id + " says " + events + " events and holds " + messages.size());
        }
        return messages;
    }

    /** Bytes of a producer batch, compressed: hundreds of events (it was 1 MB, docs/performance.md). */
    static final int BATCH_BYTES = 256 * 1024;
    /**
     * Bytes of batches the producer holds at once, sent and not yet acknowledged or still filling: 16 batches. Kafka's
     * default of 32 MB let a burst of 100 000 events leave 50 batch buffers (13 MB) on the heap for good (issue 17,
     * a heap dump of indicator-service after a bulk import); a send waits while the broker acknowledges.
     */
    static final int BUFFER_BYTES = 16 * BATCH_BYTES;
    private static final byte[] CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);

    synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            clientId = name + "-" + CLIENTS.incrementAndGet();
            producer = clients.producer(clientId, Map.of(
                    // a batch of the outbox is thousands of records: large, compressed producer batches, sent as they
                    // fill; the linger only gathers the tail of a round. The producer keeps every batch buffer it ever
                    // had in use for good (its BufferPool), so the size is also what a burst leaves on the heap
                    ProducerConfig.LINGER_MS_CONFIG, "10",
                    ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(BATCH_BYTES),
                    ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(BUFFER_BYTES),
                    ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
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

    /** The number of unsent events (a chunk row counts its events) and the age in seconds of the oldest (0 when none). */
    long[] backlog() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT coalesce(sum(events), 0), coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox_event "
                        + "WHERE sent_at IS NULL");
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
