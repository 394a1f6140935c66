package cn.guihua.platform.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Starts a {@link ConsumerLoop} for every {@link EventHandler} bean that is enabled, and stops them at shutdown. */
@ApplicationScoped
public class EventConsumers {

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    ConsumersConfig config;

    @Inject
    KafkaClients clients;

    @Inject
    ConsumedEvents consumed;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry registry;

    @Inject
    OpenTelemetry telemetry;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private record Running(ConsumerLoop loop, Thread thread) {
    }

    private final Map<String, Running> running = new ConcurrentHashMap<>();

    void start(@Observes StartupEvent event) {
        for (EventHandler handler : handlers) {
            if (config.consumers().get(handler.name()).enabled()) {
                start(handler);
            }
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        for (String name : running.keySet().toArray(String[]::new)) {
            stop(name);
        }
    }

    /** Stops one consumer, waiting for its thread to end (for maintenance; its offsets stay committed). */
    public synchronized void stop(String consumer) throws InterruptedException {
        Running r = running.remove(consumer);
        if (r != null) {
            r.loop().stop();
            r.thread().join(10_000);
        }
    }

    /** Starts one consumer again after {@link #stop(String)}; it resumes from its committed offsets. */
    public synchronized void start(String consumer) {
        if (!running.containsKey(consumer)) {
            for (EventHandler handler : handlers) {
                if (handler.name().equals(consumer)) {
                    start(handler);
                }
            }
        }
    }

    private void start(EventHandler handler) {
        String name = handler.name();
        // registered once per consumer; it reads whichever loop runs now, also after a restart
        Gauge.builder("guihua.consumer.lag", () -> {
            Running r = running.get(name);
            return r == null ? 0 : r.loop().lag();
        }).tag("consumer", name).description("Records on the consumer's partitions not yet read").register(registry);
        ConsumerLoop loop = new ConsumerLoop(handler, config.consumers().get(handler.name()), application, clients, consumed,
                deadLetters, registry, telemetry.getTracer("cn.guihua.platform.kafka"));
        Thread t = new Thread(loop, "consumer-" + handler.name());
        t.setDaemon(true);
        running.put(handler.name(), new Running(loop, t));
        t.start();
    }

    List<ConsumerLoop> loops() {
        return running.values().stream().map(Running::loop).toList();
    }

    /** The dead-letter topic of a running consumer, by its handler's name; for operators and tests. */
    public String deadLetterTopic(String consumer) {
        Running r = running.get(consumer);
        return r == null ? null : r.loop().deadLetterTopic();
    }
}
