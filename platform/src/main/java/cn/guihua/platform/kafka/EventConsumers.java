package cn.guihua.platform.kafka;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
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

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private final List<ConsumerLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    void start(@Observes StartupEvent event) {
        for (EventHandler handler : handlers) {
            ConsumersConfig.Consumer settings = config.consumers().get(handler.name());
            if (!settings.enabled()) {
                continue;
            }
            ConsumerLoop loop = new ConsumerLoop(handler, settings, application, clients, consumed, deadLetters, registry);
            Thread t = new Thread(loop, "consumer-" + handler.name());
            t.setDaemon(true);
            loops.add(loop);
            threads.add(t);
            t.start();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        loops.forEach(ConsumerLoop::stop);
        for (Thread t : threads) {
            t.join(10_000);
        }
    }

    List<ConsumerLoop> loops() {
        return List.copyOf(loops);
    }

    /** The dead-letter topic of a running consumer, by its handler's name; for operators and tests. */
    public String deadLetterTopic(String consumer) {
        return loops.stream().filter(l -> l.name().equals(consumer)).findFirst().map(ConsumerLoop::deadLetterTopic).orElse(null);
    }
}
