package cn.guihua.platform.outbox;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.jdbc.CopyRows;
import cn.guihua.platform.tracing.EventTrace;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;

/**
 * Writes CloudEvents 1.0 (structured JSON, built with the CloudEvents SDK) into the outbox table in the caller's
 * transaction, so an event exists exactly when its business change committed. The relay publishes them in order.
 * An event written while a span is current (a request's, a consumer's) carries its W3C trace context as the
 * CloudEvents distributed-tracing extension ({@code traceparent}, {@code tracestate}), so the consumers continue
 * the trace.
 */
@ApplicationScoped
public class Outbox {

    /** For writers that insert outbox rows in their own JDBC batches: bind with {@link #bind}. */
    public static final String INSERT = "INSERT INTO outbox_event (event_id, topic, message_key, payload, created_at) "
            + "VALUES (?, ?, ?, ?, ?)";

    /**
     * For writers that insert outbox rows with COPY ({@link CopyRows}): add each row with {@link #copy}. A writer of
     * thousands of events in one transaction writes them as chunk rows rather ({@link #INSERT_CHUNK}).
     */
    public static final String COPY = "COPY outbox_event (event_id, topic, message_key, payload, created_at) FROM STDIN";

    /**
     * For bulk writers: a chunk row, many events of one topic in one row ({@link OutboxChunk}), bound with
     * {@link #bind(PreparedStatement, OutboxChunk)}. The relay sends each of its events as a record of its own.
     */
    public static final String INSERT_CHUNK = "INSERT INTO outbox_event (event_id, topic, message_key, payload, created_at, "
            + "events, chunk) VALUES (?, ?, ?, '', ?, ?, ?)";

    /** An event built and serialised, not yet written. */
    public record Prepared(UUID id, String type, OffsetDateTime time, String payload) {
    }

    private static final JsonFormat FORMAT = new JsonFormat();
    /** The form of the {@code time} attribute. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** Writes an event's data, one JSON object, with the generator given. */
    @FunctionalInterface
    public interface JsonData {
        void write(JsonGenerator g) throws IOException;
    }

    private final URI source;
    private final String schemaBase;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Instance<OutboxRelay> relay;

    private final String sourceText;
    private final SerializedString sourceJson;

    @Inject
    public Outbox(EventsConfig config, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.source = config.source().orElse(URI.create("https://guihua.dev/services/" + application));
        this.schemaBase = config.schemaBase();
        this.sourceText = source.toString();
        this.sourceJson = new SerializedString(sourceText);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, String subject, Object data) {
        Prepared e = prepare(type, subject, data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = e.id();
        row.topic = topic;
        row.messageKey = key;
        row.payload = e.payload();
        row.createdAt = e.time();
        row.persist();
        return e.id();
    }

    /**
     * Writes {@code chunk}, many prepared events of one topic, as one outbox row in the caller's transaction (a bulk
     * writer on JDBC uses {@link #INSERT_CHUNK}); the relay publishes them as one record each, in order. Nothing is
     * written for an empty chunk.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(OutboxChunk chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        wakeRelayAfterCommit();
        OutboxEvent row = new OutboxEvent();
        row.eventId = chunk.firstId();
        row.topic = chunk.topic();
        row.messageKey = chunk.firstKey();
        row.payload = "";
        row.createdAt = chunk.firstTime();
        row.events = chunk.size();
        row.chunk = chunk.bytes();
        row.persist();
    }

    /** Builds the structured-mode CloudEvent of {@code data} (serialised as JSON) with a new id and the time now. */
    public Prepared prepare(String type, String subject, Object data) {
        wakeRelayAfterCommit();
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] body;
        try {
            body = json.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data of " + type + " is not serialisable", e);
        }
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(source)
                .withType(type)
                .withSubject(subject)
                .withTime(now)
                .withDataContentType("application/json")
                .withDataSchema(URI.create(schemaBase + type))
                .withData(body);
        EventTrace.Attributes trace = EventTrace.current();
        if (trace != null) {
            builder.withExtension(EventTrace.TRACEPARENT, trace.traceparent());
            if (trace.tracestate() != null) {
                builder.withExtension(EventTrace.TRACESTATE, trace.tracestate());
            }
        }
        CloudEvent event = builder.build();
        return new Prepared(id, type, now, new String(FORMAT.serialize(event), StandardCharsets.UTF_8));
    }

    /**
     * The same event as {@link #prepare}, for bulk writers (thousands of events in one request): its data is JSON the
     * caller wrote already (one object, for instance with a {@link JsonGenerator}), and the envelope is written
     * directly rather than through the CloudEvents SDK's builder and format. The attributes, their order and their
     * form are those {@link #prepare} writes.
     */
    public Prepared prepareJson(String type, String subject, String dataJson) {
        wakeRelayAfterCommit();
        EventTrace.Attributes trace = EventTrace.current();
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StringWriter out = new StringWriter(dataJson.length() + 400);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            writeEnvelope(g, id, type, subject, TIME.format(now), trace);
            g.writeRawValue(dataJson);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Prepared(id, type, now, out.toString());
    }

    /**
     * Adds to {@code chunk}, to be sent with {@code key}, the event {@link #prepareJson} would build of the data that
     * {@code data} writes, written straight into the chunk as UTF-8 (no text in between): the cheapest way for a bulk
     * writer's thousands of events. Its id is new and its {@code time} is {@code time}, the occurrence's (the events
     * of one bulk submission share the submission's). Runs on any thread (a bulk writer's reader): the trace context
     * is the current one, and {@link #wakeRelayAfterCommit} is for the transaction's thread to call. Returns the id.
     */
    public UUID add(OutboxChunk chunk, String key, String type, String subject, OffsetDateTime time, JsonData data) {
        UUID id = UUID.randomUUID();
        try {
            JsonGenerator g = chunk.beginEvent(key, json.getFactory());
            writeEnvelope(g, id, type, subject, chunk.timeText(time), EventTrace.current());
            data.write(g);
            g.writeEndObject();
            chunk.endEvent(id, key, time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    /** The attributes of an event up to its data, in the order {@link #prepare} writes them; then the data field's name. */
    private void writeEnvelope(JsonGenerator g, UUID id, String type, String subject, String time, EventTrace.Attributes trace)
            throws IOException {
        g.writeStartObject();
        g.writeFieldName(SPECVERSION);
        g.writeString(SPECVERSION_1);
        g.writeFieldName(ID);
        g.writeString(id.toString());
        g.writeFieldName(SOURCE);
        g.writeString(sourceJson);
        g.writeFieldName(TYPE);
        g.writeString(type);
        g.writeFieldName(DATACONTENTTYPE);
        g.writeString(APPLICATION_JSON);
        g.writeFieldName(DATASCHEMA);
        g.writeString(schemaBase + type);
        if (subject != null) {
            g.writeFieldName(SUBJECT);
            g.writeString(subject);
        }
        g.writeFieldName(TIME_NAME);
        g.writeString(time);
        if (trace != null) {
            g.writeStringField(EventTrace.TRACEPARENT, trace.traceparent());
            if (trace.tracestate() != null) {
                g.writeStringField(EventTrace.TRACESTATE, trace.tracestate());
            }
        }
        g.writeFieldName(DATA);
    }

    // the envelope's names and fixed values, encoded once (a bulk writer writes them thousands of times)
    private static final SerializedString SPECVERSION = new SerializedString("specversion");
    private static final SerializedString SPECVERSION_1 = new SerializedString("1.0");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString DATACONTENTTYPE = new SerializedString("datacontenttype");
    private static final SerializedString APPLICATION_JSON = new SerializedString("application/json");
    private static final SerializedString DATASCHEMA = new SerializedString("dataschema");
    private static final SerializedString SUBJECT = new SerializedString("subject");
    private static final SerializedString TIME_NAME = new SerializedString("time");
    private static final SerializedString DATA = new SerializedString("data");

    /** Adds one row of {@link #COPY} to {@code rows}. */
    public static void copy(CopyRows rows, Prepared event, String topic, String key) throws SQLException {
        rows.uuid(event.id()).text(topic).text(key).text(event.payload()).timestamp(event.time()).endRow();
    }

    /** Binds one row of {@link #INSERT}; the caller adds it to its batch. */
    public static void bind(PreparedStatement insert, Prepared event, String topic, String key) throws SQLException {
        insert.setObject(1, event.id());
        insert.setString(2, topic);
        insert.setString(3, key);
        insert.setString(4, event.payload());
        insert.setObject(5, event.time());
    }

    /**
     * Binds {@link #INSERT_CHUNK} to {@code chunk} (compressing it, unless {@link OutboxChunk#bytes()} did already);
     * the caller executes it or adds it to its batch. A chunk without events is not a row: the caller skips it.
     */
    public static void bind(PreparedStatement insert, OutboxChunk chunk) throws SQLException {
        byte[] bytes = chunk.bytes();
        insert.setObject(1, chunk.firstId());
        insert.setString(2, chunk.topic());
        insert.setString(3, chunk.firstKey());
        insert.setObject(4, chunk.firstTime());
        insert.setInt(5, chunk.size());
        insert.setBytes(6, bytes);
    }

    public URI source() {
        return source;
    }

    private static final Object WAKE = new Object();

    /**
     * Once per transaction: when it commits, the relay of this instance looks for the new rows at once instead of
     * after its idle interval. {@link #prepare} asks for it; a bulk writer that prepares events on another thread
     * than the transaction's calls it on the transaction's thread.
     */
    public void wakeRelayAfterCommit() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || transactions.getResource(WAKE) != null
                || !relay.isResolvable()) {
            return; // no transaction to follow (the relay finds the rows after its pause), or asked already
        }
        transactions.putResource(WAKE, Boolean.TRUE);
        OutboxRelay r = relay.get();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    r.wake();
                }
            }
        });
    }
}
