package cn.guihua.indicator.outbox;

import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes CloudEvents 1.0 (structured JSON) into the outbox table in the caller's transaction, so an
 * event exists exactly when its business change committed.
 */
@ApplicationScoped
public class Outbox {

    public static final String SOURCE = "/guihua/indicator-service";

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, String subject, Object data) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OutboxEvent row = new OutboxEvent();
        row.eventId = id;
        row.topic = topic;
        row.messageKey = key;
        row.createdAt = now;
        row.payload = cloudEvent(id, type, subject, now, data);
        row.persist();
        return id;
    }

    /** The structured-mode CloudEvent; also used by writers that insert outbox rows in JDBC batches. */
    public String cloudEvent(UUID id, String type, String subject, OffsetDateTime time, Object data) {
        // written field by field: a bulk submission builds 100 000 of these
        StringWriter out = new StringWriter(768);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.setCodec(json);
            g.writeStartObject();
            g.writeStringField("specversion", "1.0");
            g.writeStringField("id", id.toString());
            g.writeStringField("source", SOURCE);
            g.writeStringField("type", type);
            g.writeStringField("subject", subject);
            g.writeStringField("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
            g.writeStringField("datacontenttype", "application/json");
            g.writeFieldName("data");
            g.writeObject(data);
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Event data is not serialisable", e);
        }
        return out.toString();
    }
}
