package cn.guihua.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a topic from its end at creation on, on a thread of its own, and counts the records and the distinct
 * CloudEvent ids among them: an at-least-once re-send is a second record with an id seen before, so "published" is
 * the number of distinct ids. It remembers when the distinct count first reached a given number.
 */
final class TopicWatch implements AutoCloseable {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final Set<String> ids = new HashSet<>();
    private volatile boolean running = true;
    private volatile long records;
    private volatile long unreadable;
    private volatile long target = Long.MAX_VALUE;
    private volatile long reachedAt;
    private volatile Throwable failure;

    TopicWatch(String bootstrap, String topic) {
        consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", "false",
                "max.poll.records", "5000", "fetch.max.bytes", String.valueOf(64 * 1024 * 1024)),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (partitions.isEmpty()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null) {
                infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            if (partitions.isEmpty() && System.nanoTime() > deadline) {
                // the topic does not exist yet: created by the first publication, with the broker's default partitions
                throw new IllegalStateException("topic " + topic + " has no partitions yet");
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start now, before anything is published
        thread = new Thread(this::run, "topic-watch-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    records++;
                    String id = id(r.value());
                    if (id == null) {
                        unreadable++;
                        continue;
                    }
                    synchronized (ids) {
                        if (ids.add(id) && ids.size() >= target && reachedAt == 0) {
                            reachedAt = System.nanoTime();
                        }
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } catch (Throwable t) {
            failure = t;
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** The top-level "id" of a structured CloudEvent, or null. */
    static String id(byte[] value) {
        if (value == null) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(value)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("id") && t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** From now on, remember when the distinct ids first reach {@code n} (already reached: now). */
    void expect(long n) {
        synchronized (ids) {
            target = n;
            if (ids.size() >= n && reachedAt == 0) {
                reachedAt = System.nanoTime();
            }
        }
    }

    /** nanoTime when the expected number of distinct ids was reached, 0 before. */
    long reachedAt() {
        return reachedAt;
    }

    long distinct() {
        synchronized (ids) {
            return ids.size();
        }
    }

    long records() {
        return records;
    }

    long unreadable() {
        return unreadable;
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5000);
    }
}
