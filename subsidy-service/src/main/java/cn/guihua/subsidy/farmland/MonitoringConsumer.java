package cn.guihua.subsidy.farmland;

import java.time.Duration;
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
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads indicator-service's monitoring events (group {@code subsidy-service}). Each record is applied in its own
 * transaction, which also records the event id; offsets are committed only after that, so a restart resumes where
 * it stopped and a redelivered record is a no-op. A record that fails to apply is retried from its offset.
 */
@ApplicationScoped
public class MonitoringConsumer {

    public static final String TOPIC = "guihua.indicator.monitoring";
    private static final Logger LOG = Logger.getLogger(MonitoringConsumer.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "guihua.monitoring-consumer.group", defaultValue = "subsidy-service")
    String group;

    @ConfigProperty(name = "guihua.monitoring-consumer.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    FarmlandFigures figures;

    @Inject
    ObjectMapper json;

    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent ev) {
        if (!enabled) {
            return;
        }
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        // a topic created after start-up is found within seconds, not after the 5-minute default
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "3000");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        running = true;
        thread = new Thread(this::run, "monitoring-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(TOPIC));
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
                boolean failed = false;
                for (TopicPartition tp : records.partitions()) {
                    for (ConsumerRecord<String, String> r : records.records(tp)) {
                        if (!applyOne(r)) {
                            // later records of this partition wait behind the failed one
                            consumer.seek(tp, r.offset());
                            failed = true;
                            break;
                        }
                        applied.put(tp, new OffsetAndMetadata(r.offset() + 1));
                    }
                }
                if (!applied.isEmpty()) {
                    consumer.commitSync(applied);
                }
                if (failed) {
                    sleep();
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (Exception e) {
            LOG.errorf(e, "Monitoring consumer stopped");
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** False when the record must be retried (the database refused it); an unreadable record is logged and skipped. */
    private boolean applyOne(ConsumerRecord<String, String> r) {
        try {
            figures.apply(json.readTree(r.value()));
            return true;
        } catch (JsonProcessingException e) {
            LOG.warnf("Skipping unreadable record %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), e.getMessage());
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Could not apply record %s-%d@%d, will retry: %s", r.topic(), r.partition(), r.offset(), e.getMessage());
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop(@Observes ShutdownEvent ev) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(6000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
