package cn.guihua.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.guihua.platform.kafka.KafkaClients;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs the {@link Relay} on a thread of its own from start-up to shutdown: a round after another while rows wait,
 * a short pause when none do (cut short when a transaction of this instance that wrote outbox rows commits, see
 * {@link #wake()}), a growing pause after a failure. Every few seconds it measures the backlog (metrics
 * {@code guihua.outbox.backlog}, in events: a chunk row counts the events it holds, and
 * {@code guihua.outbox.oldest.age}), removes sent rows past their retention and checks the producer is alive.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration HOUSEKEEPING = Duration.ofSeconds(5);
    /** The pause after a round that sent rows: more are likely to follow (a stream of requests) before the idle interval. */
    private static final Duration BUSY_INTERVAL = Duration.ofMillis(20);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KafkaClients clients;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private Relay relay;
    private Thread thread;
    private volatile boolean running;
    private volatile long backlog;
    private volatile long oldestAgeSeconds;
    private volatile Instant lastHousekeeping = Instant.EPOCH;
    private volatile String lastFailure;
    private final Semaphore wakeUp = new Semaphore(0);

    void start(@Observes StartupEvent event) {
        Gauge.builder("guihua.outbox.backlog", () -> backlog)
                .description("Outbox events not yet published (a chunk row counts its events)").register(registry);
        Gauge.builder("guihua.outbox.oldest.age", () -> oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest unpublished outbox event").register(registry);
        if (!config.enabled()) {
            return;
        }
        relay = new Relay(dataSource, clients, config, application + "-outbox");
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(10_000);
        }
        if (relay != null) {
            relay.close();
        }
    }

    private void run() {
        Duration pause = config.idleInterval();
        while (running) {
            try {
                housekeeping();
                wakeUp.drainPermits();
                int sent = relay.relayBatch();
                lastFailure = null;
                if (relay.moreWaiting()) {
                    continue;
                }
                pause = sent > 0 && BUSY_INTERVAL.compareTo(config.idleInterval()) < 0 ? BUSY_INTERVAL : config.idleInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                lastFailure = String.valueOf(e);
                LOG.warnf("Outbox relay paused for %s, will retry: %s", pause, e);
                relay.discardProducer();
                Duration base = pause.compareTo(config.idleInterval()) < 0 ? config.idleInterval() : pause;
                pause = base.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : base.multipliedBy(2);
            }
            try {
                if (lastFailure != null) {
                    Thread.sleep(pause.toMillis()); // after a failure, new rows do not cut the pause short
                } else {
                    wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void housekeeping() throws Exception {
        if (Duration.between(lastHousekeeping, Instant.now()).compareTo(HOUSEKEEPING) < 0) {
            return;
        }
        lastHousekeeping = Instant.now();
        long[] b = relay.backlog();
        backlog = b[0];
        oldestAgeSeconds = b[1];
        relay.producerAlive();
        relay.removeSent();
    }

    /**
     * Asks the relay to look for rows now rather than after its pause: {@link Outbox} calls it when a transaction that
     * wrote outbox rows has committed. A relay of another replica finds them after its idle interval.
     */
    public void wake() {
        if (running && wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** For readiness: null when the relay works (or is switched off), else why not. */
    String problem() {
        if (!config.enabled()) {
            return null;
        }
        if (thread == null || !thread.isAlive()) {
            return "the relay thread is not running";
        }
        if (oldestAgeSeconds > config.maxAge().toSeconds()) {
            return "the oldest unsent event is " + oldestAgeSeconds + " s old" + (lastFailure == null ? "" : " (" + lastFailure + ")");
        }
        return null;
    }

    long backlog() {
        return backlog;
    }

    boolean enabled() {
        return config.enabled();
    }
}
