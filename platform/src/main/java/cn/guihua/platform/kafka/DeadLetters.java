package cn.guihua.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a record a consumer cannot apply to its dead-letter topic, unchanged, with headers saying why and where it
 * came from: {@code guihua-dlq-reason}, {@code -consumer}, {@code -topic}, {@code -partition}, {@code -offset}.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "guihua-dlq-reason";

    @Inject
    KafkaClients clients;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private KafkaProducer<String, byte[]> producer;

    /** Blocks until the broker has the record, so the offset is committed only after it is safe. */
    public void send(String deadLetterTopic, String consumer, ConsumerRecord<String, byte[]> r, String reason) throws Exception {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(deadLetterTopic, r.key(), r.value());
        r.headers().forEach(h -> out.headers().add(h));
        out.headers().add(REASON, bytes(reason.length() > 1000 ? reason.substring(0, 1000) : reason));
        out.headers().add("guihua-dlq-consumer", bytes(consumer));
        out.headers().add("guihua-dlq-topic", bytes(r.topic()));
        out.headers().add("guihua-dlq-partition", bytes(String.valueOf(r.partition())));
        out.headers().add("guihua-dlq-offset", bytes(String.valueOf(r.offset())));
        producer().send(out).get(30, TimeUnit.SECONDS);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = clients.producer(application + "-dead-letters", Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000"));
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
