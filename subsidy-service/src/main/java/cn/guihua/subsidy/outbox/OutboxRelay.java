package cn.guihua.subsidy.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Publishes unsent outbox rows in order and marks them sent. Rows are locked with SKIP LOCKED so that
 * several replicas can relay side by side; a failed send rolls the batch back and it is retried.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "guihua.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @Inject
    EntityManager em;

    private Producer<String, String> producer;

    synchronized Producer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @Scheduled(every = "${guihua.outbox.interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            while (relayBatch() == batchSize) {
                // a full batch: there may be more waiting
            }
        } catch (Exception e) {
            LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
        }
    }

    /** Publishes one batch; returns how many rows it sent. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int relayBatch() throws Exception {
        List<OutboxEvent> batch = em.createNativeQuery(
                "SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT :n FOR UPDATE SKIP LOCKED",
                OutboxEvent.class).setParameter("n", batchSize).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxEvent e : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(e.topic, e.messageKey, e.payload);
            record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
            sends.add(producer().send(record));
        }
        for (Future<RecordMetadata> f : sends) {
            f.get(30, TimeUnit.SECONDS);
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (OutboxEvent e : batch) {
            e.sentAt = now;
        }
        return batch.size();
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
