package cn.guihua.subsidy.farmland;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.kafka.EventHandler;
import io.cloudevents.CloudEvent;

/**
 * indicator-service's monitoring events (topic {@code guihua.indicator.monitoring}), read by the platform's consumer
 * under the name {@code monitoring} (settings {@code guihua.consumers.monitoring.*}). All three monitoring event types
 * are received and passed to {@link FarmlandFigures}, which keeps only the APPROVED annual FARMLAND_* values of
 * streets and villages and ignores the rest on purpose (a {@code submitted} event is PENDING; a {@code corrected} one
 * is PENDING or SUPERSEDED until reviewed). An event of any other type, or a record that is not a CloudEvent, goes to
 * the dead-letter topic.
 */
@ApplicationScoped
public class MonitoringHandler implements EventHandler {

    public static final String NAME = "monitoring";
    public static final String TOPIC = "guihua.indicator.monitoring";
    public static final String SUBMITTED = "cn.guihua.indicator.monitoring.submitted.v1";
    public static final String CORRECTED = "cn.guihua.indicator.monitoring.corrected.v1";
    public static final String REVIEWED = "cn.guihua.indicator.monitoring.reviewed.v1";

    @Inject
    FarmlandFigures figures;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Set<String> types() {
        return Set.of(SUBMITTED, CORRECTED, REVIEWED);
    }

    @Override
    public void apply(List<CloudEvent> events) {
        figures.apply(events);
    }
}
