package cn.guihua.indicator.monitoring;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

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
        return v.jurisdiction + ":" + v.indicatorCode;
    }

    public static String subject(MonitoringValue v) {
        return "monitoring-values/" + v.id;
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
        d.put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
        return d;
    }
}
