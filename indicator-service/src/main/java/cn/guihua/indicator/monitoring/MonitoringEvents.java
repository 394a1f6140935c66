package cn.guihua.indicator.monitoring;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

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
        g.writeFieldName(VALUE_ID);
        g.writeString(id.toString());
        g.writeFieldName(VERSION);
        g.writeNumber(1);
        g.writeFieldName(SUPERSEDES);
        g.writeNull();
        g.writeFieldName(INDICATOR_CODE);
        g.writeString(a.indicator().code());
        g.writeFieldName(JURISDICTION);
        g.writeString(a.jurisdiction());
        g.writeFieldName(PERIOD);
        g.writeString(a.period().text());
        g.writeFieldName(YEAR);
        g.writeNumber(a.period().year());
        g.writeFieldName(SEX);
        g.writeString(a.sex().name());
        g.writeFieldName(RESIDENCE);
        g.writeString(a.residence().name());
        g.writeFieldName(AGE_GROUP);
        g.writeString(a.ageGroup());
        g.writeFieldName(VALUE);
        g.writeNumber(a.value());
        g.writeFieldName(UNIT);
        g.writeString(a.unit());
        g.writeFieldName(STATUS);
        g.writeString(PENDING);
        g.writeFieldName(REPORTED_BY);
        g.writeString(reportedBy);
        g.writeFieldName(REVIEWED_BY);
        g.writeNull();
        g.writeFieldName(REASON);
        g.writeNull();
        g.writeFieldName(AT);
        g.writeString(at);
        g.writeEndObject();
    }

    // the names of writeSubmitted, encoded once (a bulk import writes them 100 000 times)
    private static final SerializedString VALUE_ID = new SerializedString("valueId");
    private static final SerializedString VERSION = new SerializedString("version");
    private static final SerializedString SUPERSEDES = new SerializedString("supersedes");
    private static final SerializedString INDICATOR_CODE = new SerializedString("indicatorCode");
    private static final SerializedString JURISDICTION = new SerializedString("jurisdiction");
    private static final SerializedString PERIOD = new SerializedString("period");
    private static final SerializedString YEAR = new SerializedString("year");
    private static final SerializedString SEX = new SerializedString("sex");
    private static final SerializedString RESIDENCE = new SerializedString("residence");
    private static final SerializedString AGE_GROUP = new SerializedString("ageGroup");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString UNIT = new SerializedString("unit");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString PENDING = new SerializedString(ValueStatus.PENDING.name());
    private static final SerializedString REPORTED_BY = new SerializedString("reportedBy");
    private static final SerializedString REVIEWED_BY = new SerializedString("reviewedBy");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString AT = new SerializedString("at");
}
