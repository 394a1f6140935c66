package cn.guihua.indicator.monitoring;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;

/** The topic, key, types and data of monitoring events (docs/events.md, docs/asyncapi/indicator-service.yaml). */
public final class MonitoringEvents {

    public static final String TOPIC = "guihua.indicator.monitoring";
    public static final String SUBMITTED = "cn.guihua.indicator.monitoring.submitted.v1";
    public static final String CORRECTED = "cn.guihua.indicator.monitoring.corrected.v1";
    public static final String REVIEWED = "cn.guihua.indicator.monitoring.reviewed.v1";

    private MonitoringEvents() {
    }

    /** Every value of one series on one partition, in order. */
    public static String key(MonitoringValue v) {
        return key(v.jurisdiction, v.indicatorCode);
    }

    static String key(String jurisdiction, String indicatorCode) {
        return jurisdiction + ":" + indicatorCode;
    }

    public static String subject(MonitoringValue v) {
        return subject(v.id);
    }

    static String subject(UUID id) {
        return "monitoring-values/" + id;
    }

    static String time(OffsetDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    /** The event's data: this version of the value and its status after the event; {@code reason} may be null. */
    public static Map<String, Object> data(MonitoringValue v, String reason, OffsetDateTime at) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("valueId", v.id.toString());
        d.put("version", v.version);
        d.put("supersedes", v.supersedes == null ? null : v.supersedes.toString());
        d.put("indicatorCode", v.indicatorCode);
        d.put("jurisdiction", v.jurisdiction);
        d.put("period", v.period);
        d.put("year", v.year);
        d.put("sex", v.sex.name());
        d.put("residence", v.residence.name());
        d.put("ageGroup", v.ageGroup);
        d.put("value", v.value);
        d.put("unit", v.unit);
        d.put("status", v.status.name());
        d.put("reportedBy", v.reportedBy);
        d.put("reviewedBy", v.reviewedBy);
        d.put("reason", reason);
        d.put("at", time(at));
        return d;
    }

    /**
     * The data of a submitted event of a new value, written directly (bulk imports write thousands): the same fields,
     * in the same order and form, as {@link #data} of the value stored, with version 1 and status PENDING.
     */
    static void writeSubmitted(JsonGenerator g, UUID id, Accepted a, String reportedBy, String at) throws IOException {
        g.writeStartObject();
        g.writeStringField("valueId", id.toString());
        g.writeNumberField("version", 1);
        g.writeNullField("supersedes");
        g.writeStringField("indicatorCode", a.indicator().code());
        g.writeStringField("jurisdiction", a.jurisdiction());
        g.writeStringField("period", a.period().text());
        g.writeNumberField("year", a.period().year());
        g.writeStringField("sex", a.sex().name());
        g.writeStringField("residence", a.residence().name());
        g.writeStringField("ageGroup", a.ageGroup());
        g.writeNumberField("value", a.value());
        g.writeStringField("unit", a.unit());
        g.writeStringField("status", ValueStatus.PENDING.name());
        g.writeStringField("reportedBy", reportedBy);
        g.writeNullField("reviewedBy");
        g.writeNullField("reason");
        g.writeStringField("at", at);
        g.writeEndObject();
    }
}
