package cn.guihua.emergency.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.outbox.Outbox;

/**
 * The events of topic {@value #TOPIC}, keyed by jurisdiction code (docs/asyncapi/emergency-service.yaml): CloudEvents
 * built by the platform's outbox in the caller's transaction, with the absolute {@code source}
 * {@code https://guihua.dev/services/emergency-service} and a {@code dataschema} per type. {@code subject} stays
 * {@code plans/<planId>} (an identifier, not the REST path).
 */
@ApplicationScoped
public class PlanEvents {

    public static final String TOPIC = "guihua.emergency.events";
    public static final String PUBLISHED = "cn.guihua.emergency.plan.published.v1";
    public static final String FILED = "cn.guihua.emergency.plan.filed.v1";
    public static final String DRILL_RECORDED = "cn.guihua.emergency.drill.recorded.v1";
    public static final String REVISION_DUE = "cn.guihua.emergency.plan.revision-due.v1";

    @Inject
    Outbox outbox;

    /** {@code data} gets planId, jurisdiction and title first, then the event's own fields. */
    public void publish(String type, EmergencyPlan plan, Map<String, Object> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planId", plan.id.toString());
        data.put("jurisdiction", plan.jurisdiction);
        data.put("title", plan.title);
        data.putAll(fields);
        outbox.publish(TOPIC, plan.jurisdiction, type, "plans/" + plan.id, data);
    }
}
