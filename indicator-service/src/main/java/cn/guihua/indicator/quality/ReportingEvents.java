package cn.guihua.indicator.quality;

/**
 * The topic and types of reporting events (docs/events.md, docs/asyncapi/indicator-service.yaml). A topic of their
 * own: the consumers of {@code guihua.indicator.monitoring} (plan-service, subsidy-service) list the types they apply
 * and send any other to their dead-letter topic.
 */
public final class ReportingEvents {

    public static final String TOPIC = "guihua.indicator.reporting";
    public static final String OVERDUE = "cn.guihua.indicator.reporting.overdue.v1";

    private ReportingEvents() {
    }

    /** As the monitoring events: every event of one jurisdiction's indicator on one partition. */
    public static String key(String jurisdiction, String indicatorCode) {
        return jurisdiction + ":" + indicatorCode;
    }

    public static String subject(String jurisdiction, String indicatorCode, String period) {
        return "reporting/" + jurisdiction + "/" + indicatorCode + "/" + period;
    }
}
