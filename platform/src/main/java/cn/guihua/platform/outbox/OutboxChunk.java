package cn.guihua.platform.outbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * Many events of one topic in one outbox row (a chunk row), for bulk writers: thousands of events in one request cost
 * the database one row and its index entries, not one each. Each event stays its own CloudEvent with its own id,
 * message key and payload; the relay publishes a chunk row as one Kafka record per event, in the order they were
 * added, with the key each was added with, and marks the row sent once the broker acknowledged all of them. So a
 * consumer sees exactly the records that one row per event would have given.
 * <p>
 * Events are added prepared ({@link #add}) or written straight into the chunk as UTF-8 ({@link Outbox#add}, the
 * cheaper way for thousands). Written with {@link Outbox#INSERT_CHUNK} and
 * {@link Outbox#bind(java.sql.PreparedStatement, OutboxChunk)} (or {@link Outbox#publish(OutboxChunk)}) in the
 * transaction of the change. The row's {@code events} is the number of events, {@code chunk} holds them, and its
 * {@code event_id}, {@code message_key} and {@code created_at} are those of the first event. {@code chunk} is
 * <ul>
 * <li>one byte, the format: 1 (an LZ4 block);</li>
 * <li>four bytes, big-endian: the length of the block uncompressed;</li>
 * <li>the LZ4 block (the fast compressor; it shrinks CloudEvent JSON about six times) of: four bytes, the number of
 * events; then per event four bytes with the length of its key in UTF-8, the key, four bytes with the length of its
 * CloudEvent in UTF-8, the CloudEvent.</li>
 * </ul>
 * Lengths rather than separators, so a key or an event may hold any character, and the relay slices the events out
 * without parsing them. Compressed by the writer, because a chunk row is large (about 1.7 MB of JSON for 2000 events)
 * and PostgreSQL's own pglz compression costs more than writing the row (lz4 column compression is not in every
 * build, the embedded server's included); the column is stored out of line uncompressed ({@code STORAGE EXTERNAL}).
 * <p>
 * Not thread-safe: one writer adds the events, then {@link #bytes()} compresses them once (on the writer's thread,
 * so a bulk writer can do it on the thread that prepares the events rather than on the one that writes them).
 */
public final class OutboxChunk {

    /** At most this many events in one chunk: the relay holds a chunk row's events in memory while it sends them. */
    public static final int MAX_EVENTS = 10_000;
    /** At most this many bytes of keys and CloudEvents in one chunk, uncompressed. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    static final byte FORMAT_LZ4 = 1;
    private static final int HEADER = 5;
    private static final LZ4Factory LZ4 = lz4();

    /** One event of a chunk as the relay sends it: its message key and its CloudEvent, UTF-8. */
    public record Message(String key, byte[] payload) {

        public String payloadText() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final String topic;
    private byte[] raw = new byte[64 * 1024];
    private int length = 4;
    private int events;
    private UUID firstId;
    private String firstKey;
    private OffsetDateTime firstTime;
    private byte[] compressed;
    /** Where the CloudEvent being written starts (after its length), or -1. */
    private int eventStart = -1;
    private boolean broken;
    private JsonGenerator generator;
    private OffsetDateTime lastTime;
    private String lastTimeText;

    /** An empty chunk of events for {@code topic}. */
    public OutboxChunk(String topic) {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException("an outbox chunk needs a topic");
        }
        this.topic = topic;
    }

    /** Adds {@code event} (built by {@link Outbox#prepare} or {@link Outbox#prepareJson}), to be sent with {@code key}. */
    public OutboxChunk add(Outbox.Prepared event, String key) {
        checkOpen(key);
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        byte[] p = event.payload().getBytes(StandardCharsets.UTF_8);
        if ((long) length + 8 + k.length + p.length > MAX_BYTES) {
            throw new IllegalStateException("an outbox chunk holds at most " + MAX_BYTES + " bytes of events");
        }
        ensure(8 + k.length + p.length);
        putInt(k.length);
        System.arraycopy(k, 0, raw, length, k.length);
        length += k.length;
        putInt(p.length);
        System.arraycopy(p, 0, raw, length, p.length);
        length += p.length;
        added(event.id(), key, event.time());
        return this;
    }

    /**
     * For {@link Outbox#add}: starts an event sent with {@code key} and answers the generator (of {@code factory}, UTF-8,
     * no separator between root values) that writes its CloudEvent into the chunk; {@link #endEvent} ends it.
     */
    JsonGenerator beginEvent(String key, JsonFactory factory) throws IOException {
        checkOpen(key);
        if (eventStart >= 0) {
            throw new IllegalStateException("an event of the chunk is being written");
        }
        if (generator == null) {
            generator = factory.createGenerator(new Raw(), JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
            // a character beyond the BMP (𠀀) as its UTF-8 bytes, as the text of Outbox.prepareJson has it, not as
            // two escaped surrogates
            generator.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
        }
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        ensure(8 + k.length);
        putInt(k.length);
        System.arraycopy(k, 0, raw, length, k.length);
        length += k.length;
        putInt(0); // the CloudEvent's length, known at its end
        eventStart = length;
        broken = true; // until the event ends
        return generator;
    }

    /** Ends the event {@link #beginEvent} started. */
    void endEvent(UUID id, String key, OffsetDateTime time) throws IOException {
        generator.flush();
        int n = length - eventStart;
        raw[eventStart - 4] = (byte) (n >>> 24);
        raw[eventStart - 3] = (byte) (n >>> 16);
        raw[eventStart - 2] = (byte) (n >>> 8);
        raw[eventStart - 1] = (byte) n;
        eventStart = -1;
        broken = false;
        added(id, key, time);
    }

    /** {@code time} as the CloudEvent's {@code time} attribute; formatted once for the events that share it. */
    String timeText(OffsetDateTime time) {
        if (!time.equals(lastTime)) {
            lastTime = time;
            lastTimeText = Outbox.TIME.format(time);
        }
        return lastTimeText;
    }

    private void checkOpen(String key) {
        if (broken) {
            throw new IllegalStateException("writing an event of the chunk failed; the chunk cannot be written");
        }
        if (compressed != null) {
            throw new IllegalStateException("the chunk is compressed already; start another for more events");
        }
        if (events == MAX_EVENTS) {
            throw new IllegalStateException("an outbox chunk holds at most " + MAX_EVENTS + " events");
        }
        if (key == null) {
            throw new IllegalArgumentException("an outbox event needs a message key");
        }
    }

    private void added(UUID id, String key, OffsetDateTime time) {
        if (events == 0) {
            firstId = id;
            firstKey = key;
            firstTime = time;
        }
        events++;
    }

    /** The generator's output: into the chunk's buffer. */
    private final class Raw extends OutputStream {
        @Override
        public void write(int b) {
            ensure(1);
            raw[length++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, raw, length, len);
            length += len;
        }
    }

    public String topic() {
        return topic;
    }

    /** The number of events added. */
    public int size() {
        return events;
    }

    public boolean isEmpty() {
        return events == 0;
    }

    /** The id, key and time of the first event: the row's {@code event_id}, {@code message_key} and {@code created_at}. */
    public UUID firstId() {
        return firstId;
    }

    public String firstKey() {
        return firstKey;
    }

    public OffsetDateTime firstTime() {
        return firstTime;
    }

    /** The column {@code chunk}: the events compressed (the first call compresses them; no event can be added after). */
    public byte[] bytes() {
        if (events == 0) {
            throw new IllegalStateException("an empty outbox chunk is not written");
        }
        if (broken || eventStart >= 0) {
            throw new IllegalStateException("writing an event of the chunk failed; the chunk cannot be written");
        }
        if (compressed == null) {
            if (generator != null) {
                try {
                    generator.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                generator = null;
            }
            raw[0] = (byte) (events >>> 24);
            raw[1] = (byte) (events >>> 16);
            raw[2] = (byte) (events >>> 8);
            raw[3] = (byte) events;
            LZ4Compressor compressor = LZ4.fastCompressor();
            byte[] out = new byte[HEADER + compressor.maxCompressedLength(length)];
            int n = compressor.compress(raw, 0, length, out, HEADER, out.length - HEADER);
            out[0] = FORMAT_LZ4;
            out[1] = (byte) (length >>> 24);
            out[2] = (byte) (length >>> 16);
            out[3] = (byte) (length >>> 8);
            out[4] = (byte) length;
            compressed = Arrays.copyOf(out, HEADER + n);
            raw = null;
        }
        return compressed;
    }

    /**
     * The events of a chunk row's {@code chunk}, in order: what the relay sends. An operator's or a test's way to see
     * them too (the column is compressed, SQL cannot read it).
     *
     * @throws IllegalArgumentException when {@code chunk} is not a chunk of this format
     */
    public static List<Message> read(byte[] chunk) {
        if (chunk == null || chunk.length < HEADER || chunk[0] != FORMAT_LZ4) {
            throw new IllegalArgumentException("not an outbox chunk (format "
                    + (chunk == null || chunk.length == 0 ? "none" : chunk[0]) + ")");
        }
        int rawLength = getInt(chunk, 1);
        if (rawLength < 4 || rawLength > MAX_BYTES) {
            throw new IllegalArgumentException("an outbox chunk of " + rawLength + " bytes");
        }
        byte[] raw = new byte[rawLength];
        LZ4SafeDecompressor decompressor = LZ4.safeDecompressor();
        int n;
        try {
            n = decompressor.decompress(chunk, HEADER, chunk.length - HEADER, raw, 0, rawLength);
        } catch (LZ4Exception e) {
            throw new IllegalArgumentException("a damaged outbox chunk: " + e.getMessage(), e);
        }
        if (n != rawLength) {
            throw new IllegalArgumentException("a damaged outbox chunk: " + n + " of " + rawLength + " bytes");
        }
        int count = getInt(raw, 0);
        if (count < 1 || count > MAX_EVENTS) {
            throw new IllegalArgumentException("an outbox chunk of " + count + " events");
        }
        List<Message> messages = new ArrayList<>(count);
        int at = 4;
        for (int i = 0; i < count; i++) {
            int keyLength = length(raw, at);
            String key = new String(raw, at + 4, keyLength, StandardCharsets.UTF_8);
            at += 4 + keyLength;
            int payloadLength = length(raw, at);
            messages.add(new Message(key, Arrays.copyOfRange(raw, at + 4, at + 4 + payloadLength)));
            at += 4 + payloadLength;
        }
        if (at != rawLength) {
            throw new IllegalArgumentException("a damaged outbox chunk: " + (rawLength - at) + " bytes after its " + count
                    + " events");
        }
        return messages;
    }

    /** A length at {@code at} that fits in what follows it. */
    private static int length(byte[] raw, int at) {
        if (at + 4 > raw.length) {
            throw new IllegalArgumentException("a damaged outbox chunk: it ends within an event");
        }
        int n = getInt(raw, at);
        if (n < 0 || n > raw.length - at - 4) {
            throw new IllegalArgumentException("a damaged outbox chunk: a length of " + n + " at byte " + at);
        }
        return n;
    }

    /**
     * The JNI build of LZ4 where it loads (about three times faster than the Java one); the library's own choice
     * passes it over when it is not on the system class loader, as in Quarkus. The safe Java one otherwise.
     */
    private static LZ4Factory lz4() {
        try {
            LZ4Factory f = LZ4Factory.nativeInstance();
            byte[] probe = "outbox".getBytes(StandardCharsets.UTF_8);
            byte[] back = new byte[probe.length];
            f.safeDecompressor().decompress(f.fastCompressor().compress(probe), back);
            if (Arrays.equals(probe, back)) {
                return f;
            }
        } catch (Throwable e) {
            // no native library for this platform, or it is loaded by another class loader: the Java one below
        }
        return LZ4Factory.fastestJavaInstance();
    }

    private void ensure(int n) {
        if ((long) length + n > MAX_BYTES + 8L) {
            throw new IllegalStateException("an outbox chunk holds at most " + MAX_BYTES + " bytes of events");
        }
        if (length + n > raw.length) {
            raw = Arrays.copyOf(raw, (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) raw.length * 2, (long) length + n)));
        }
    }

    private void putInt(int v) {
        raw[length++] = (byte) (v >>> 24);
        raw[length++] = (byte) (v >>> 16);
        raw[length++] = (byte) (v >>> 8);
        raw[length++] = (byte) v;
    }

    private static int getInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
