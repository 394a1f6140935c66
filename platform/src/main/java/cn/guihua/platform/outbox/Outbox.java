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

    /** For writers that insert outbox rows with COPY ({@link CopyRows}): add each row with {@link #copy}. */
    public static final String COPY = "COPY outbox_event (event_id, topic, message_key, payload, created_at) FROM STDIN";

    /** An event built and serialised, not yet written. */
    public record Prepared(UUID id, String type, OffsetDateTime time, String payload) {
    }

    private static final JsonFormat FORMAT = new JsonFormat();

    private final URI source;
    private final String schemaBase;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Instance<OutboxRelay> relay;

    private final String sourceText;

    @Inject
    public Outbox(EventsConfig config, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.source = config.source().orElse(URI.create("https://guihua.dev/services/" + application));
        this.schemaBase = config.schemaBase();
        this.sourceText = source.toString();
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
            g.writeStartObject();
            g.writeStringField("specversion", "1.0");
            g.writeStringField("id", id.toString());
            g.writeStringField("source", sourceText);
            g.writeStringField("type", type);
            g.writeStringField("datacontenttype", "application/json");
            g.writeStringField("dataschema", schemaBase + type);
            if (subject != null) {
                g.writeStringField("subject", subject);
            }
            g.writeStringField("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now));
            if (trace != null) {
                g.writeStringField(EventTrace.TRACEPARENT, trace.traceparent());
                if (trace.tracestate() != null) {
                    g.writeStringField(EventTrace.TRACESTATE, trace.tracestate());
                }
            }
            g.writeFieldName("data");
            g.writeRawValue(dataJson);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Prepared(id, type, now, out.toString());
    }

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
