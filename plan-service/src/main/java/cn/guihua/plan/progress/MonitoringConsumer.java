package cn.guihua.plan.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads {@code guihua.indicator.monitoring} on a thread of its own, started with the application and stopped with
 * it. Each poll is applied in one transaction; its offsets are committed only afterwards, so a crash in between
 * redelivers events that the processed-event table then recognises. A new group starts at the earliest offset.
 */
@ApplicationScoped
public class MonitoringConsumer {

    private static final Logger LOG = Logger.getLogger(MonitoringConsumer.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "guihua.monitoring.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "guihua.monitoring.topic", defaultValue = "guihua.indicator.monitoring")
    String topic;

    @ConfigProperty(name = "guihua.monitoring.group", defaultValue = "plan-service")
    String group;

    @ConfigProperty(name = "guihua.monitoring.max-poll-records", defaultValue = "2000")
    int maxPollRecords;

    @Inject
    MonitoringEventApplier applier;

    @Inject
    MeterRegistry registry;

    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;
    private Counter applied;
    private Counter duplicates;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        applied = Counter.builder("guihua.monitoring.events.applied")
                .description("Monitoring events applied to plan progress").register(registry);
        duplicates = Counter.builder("guihua.monitoring.events.duplicate")
                .description("Monitoring events received again and ignored").register(registry);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(maxPollRecords));
        // Find the topic soon after indicator-service first writes to it.
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        running = true;
        thread = new Thread(this::run, "monitoring-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                List<String> payloads = new ArrayList<>(records.count());
                Map<TopicPartition, Long> firstOffsets = new HashMap<>();
                for (ConsumerRecord<String, String> r : records) {
                    payloads.add(r.value());
                    firstOffsets.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset());
                }
                try {
                    MonitoringEventApplier.Outcome outcome = applier.apply(payloads);
                    consumer.commitSync();
                    applied.increment(outcome.applied());
                    duplicates.increment(outcome.duplicates());
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // Nothing of the batch committed: go back and try it again.
                    LOG.errorf(e, "Applying %d monitoring events failed; retrying", payloads.size());
                    firstOffsets.forEach(consumer::seek);
                    Thread.sleep(1000);
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The monitoring consumer stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }
}
