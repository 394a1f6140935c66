package cn.guihua.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;

/**
 * Writes CloudEvents 1.0 (structured JSON, built with the CloudEvents SDK) into the outbox table in the caller's
 * transaction, so an event exists exactly when its business change committed. The relay publishes them in order.
 */
@ApplicationScoped
public class Outbox {

    /** For writers that insert outbox rows in their own JDBC batches: bind with {@link #bind}. */
    public static final String INSERT = "INSERT INTO outbox_event (event_id, topic, message_key, payload, created_at) "
            + "VALUES (?, ?, ?, ?, ?)";

    /** An event built and serialised, not yet written. */
    public record Prepared(UUID id, String type, OffsetDateTime time, String payload) {
    }

    private static final JsonFormat FORMAT = new JsonFormat();

    private final URI source;
    private final String schemaBase;

    @Inject
    ObjectMapper json;

    @Inject
    public Outbox(EventsConfig config, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.source = config.source().orElse(URI.create("https://guihua.dev/services/" + application));
        this.schemaBase = config.schemaBase();
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
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] body;
        try {
            body = json.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data of " + type + " is not serialisable", e);
        }
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(source)
                .withType(type)
                .withSubject(subject)
                .withTime(now)
                .withDataContentType("application/json")
                .withDataSchema(URI.create(schemaBase + type))
                .withData(body)
                .build();
        return new Prepared(id, type, now, new String(FORMAT.serialize(event), StandardCharsets.UTF_8));
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
}
