package cn.guihua.platform.kafka;

import java.util.List;
import java.util.Set;

import io.cloudevents.CloudEvent;

/**
 * What a service does with the events of one subscription. Implement it as an {@code @ApplicationScoped} bean; the
 * platform runs a consumer for it ({@link EventConsumers}) with the settings {@code guihua.consumers.<name>.*}.
 */
public interface EventHandler {

    /** The consumer's name: its settings, its metrics tag and its readiness check. */
    String name();

    /** The topic it reads, unless {@code guihua.consumers.<name>.topic} says otherwise. */
    String topic();

    /** The CloudEvent types it applies; an event of any other type goes to the dead-letter topic. */
    Set<String> types();

    /**
     * Applies events this consumer has not applied before, in the transaction in which their ids are recorded (one
     * per poll, or one per event when a batch fails and is retried event by event). An exception rolls it back; an
     * event that still fails after {@code max-attempts} goes to the dead-letter topic with the reason.
     */
    void apply(List<CloudEvent> events);
}
