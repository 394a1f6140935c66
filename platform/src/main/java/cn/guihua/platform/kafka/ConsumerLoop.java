package cn.guihua.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import cn.guihua.platform.json.InputGuards;
import cn.guihua.platform.tracing.EventTrace;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One consumer of one {@link EventHandler}, on a thread of its own. Each poll: records that are not CloudEvents (or
 * whose id could not be stored) and events of a type the handler does not know go to the dead-letter topic; the rest
 * are applied in one transaction that also records their ids, so a redelivered event is a no-op. When the batch
 * fails, each event is tried alone, up to {@code max-attempts} times, and one that keeps failing is dead-lettered.
 * Offsets are committed only then. The counters count what committed, so they stay right when a commit of offsets
 * fails after a rebalance and the events come back as duplicates.
 * <p>
 * Tracing: each transaction that applies events is a {@code process <topic>} span (kind CONSUMER) in the trace of
 * the events' {@code traceparent}: one span per distinct producing span of the batch (up to
 * {@link #MAX_TRACED_PARENTS}), each a child of it; events without a trace context, and the producers beyond that
 * number, share one more span that links to theirs. The first span is current while the handler runs, so its log
 * lines carry its trace id and the events it publishes continue the trace.
 */
final class ConsumerLoop implements Runnable {

    enum State { STARTING, RUNNING, STOPPED, FAILED }

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);
    private static final JsonFormat FORMAT = new JsonFormat();
    private static final int MAX_ID_LENGTH = 200;
    /** Distinct producing spans of one batch that each get a child span; the rest are links of one more span. */
    static final int MAX_TRACED_PARENTS = 16;
    /** Links one span carries at most (OpenTelemetry's default limit). */
    private static final int MAX_LINKS = 128;

    private final EventHandler handler;
    private final ConsumersConfig.Consumer settings;
    private final String topic;
    private final String group;
    private final String deadLetterTopic;
    private final KafkaClients clients;
    private final ConsumedEvents consumed;
    private final DeadLetters deadLetters;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter deadLettered;
    private final Tracer tracer;
    private final String spanName;

    private volatile boolean running = true;
    private volatile State state = State.STARTING;
    private volatile String failure;
    private volatile long lag;
    private volatile KafkaConsumer<String, byte[]> consumer;

    private record Incoming(ConsumerRecord<String, byte[]> record, CloudEvent event) {
    }

    ConsumerLoop(EventHandler handler, ConsumersConfig.Consumer settings, String application, KafkaClients clients,
            ConsumedEvents consumed, DeadLetters deadLetters, MeterRegistry registry, Tracer tracer) {
        this.handler = handler;
        this.settings = settings;
        this.topic = settings.topic().orElse(handler.topic());
        this.group = settings.group().orElse(application);
        this.deadLetterTopic = settings.deadLetterTopic().orElse(topic + "." + group + ".dlq");
        this.clients = clients;
        this.consumed = consumed;
        this.deadLetters = deadLetters;
        this.applied = counter(registry, "applied");
        this.duplicates = counter(registry, "duplicate");
        this.deadLettered = counter(registry, "dead-lettered");
        this.tracer = tracer;
        this.spanName = "process " + topic;
    }

    private Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("guihua.consumer.events").tag("consumer", handler.name()).tag("outcome", outcome)
                .description("Events received by a consumer, by what became of them").register(registry);
    }

    @Override
    public void run() {
        try {
            consumer = clients.consumer(group + "-" + handler.name(), group, Map.of(
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(settings.maxPollRecords()),
                    // a poll of thousands of events in one fetch (the relay compresses: a megabyte holds many)
                    ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(2 * 1024 * 1024),
                    // a topic created after start-up is found within seconds, not after the 5-minute default
                    ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000"));
            consumer.subscribe(List.of(topic));
            state = State.RUNNING;
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    handle(records);
                }
                lag = currentLag();
            }
            state = State.STOPPED;
        } catch (WakeupException e) {
            state = State.STOPPED;
        } catch (Throwable e) {
            failure = String.valueOf(e);
            state = State.FAILED;
            LOG.errorf(e, "Consumer %s stopped", handler.name());
        } finally {
            if (consumer != null) {
                consumer.close(Duration.ofSeconds(5));
            }
        }
    }

    private void handle(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        Map<TopicPartition, Long> first = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            first.putIfAbsent(tp, r.offset());
            next.put(tp, new OffsetAndMetadata(r.offset() + 1));
        }
        try {
            List<Incoming> events = new ArrayList<>(records.count());
            for (ConsumerRecord<String, byte[]> r : records) {
                String refusal = null;
                CloudEvent e = null;
                try {
                    e = FORMAT.deserialize(r.value() == null ? new byte[0] : r.value());
                    refusal = refusal(e);
                } catch (RuntimeException ex) {
                    refusal = "not a CloudEvent in structured JSON: " + ex.getMessage();
                }
                if (refusal != null) {
                    deadLetter(r, refusal);
                } else {
                    events.add(new Incoming(r, e));
                }
            }
            apply(events);
        } catch (KafkaException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // nothing of this poll is committed: read it again after a pause
            LOG.errorf(e, "Consumer %s could not finish a poll of %d records; reading them again", handler.name(), records.count());
            first.forEach(consumer::seek);
            Thread.sleep(settings.retryBackoff().toMillis());
            return;
        }
        try {
            consumer.commitSync(next);
        } catch (KafkaException e) {
            // applied and recorded already: after the rebalance they come back and count as duplicates
            LOG.warnf("Consumer %s could not commit its offsets (%s); the events will be redelivered and skipped", handler.name(), e);
        }
    }

    private String refusal(CloudEvent e) {
        String id = e.getId();
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH || InputGuards.hasControlCharacter(id) || id.indexOf('\t') >= 0
                || id.indexOf('\n') >= 0 || id.indexOf('\r') >= 0) {
            return "the event id is empty, longer than " + MAX_ID_LENGTH + " characters or holds control characters";
        }
        if (!handler.types().contains(e.getType())) {
            return "unknown event type " + e.getType();
        }
        return null;
    }

    private void apply(List<Incoming> events) throws Exception {
        if (events.isEmpty()) {
            return;
        }
        try {
            applyInTransaction(events);
        } catch (RuntimeException batchFailure) {
            LOG.warnf("Consumer %s: a batch of %d events failed (%s); applying them one by one", handler.name(), events.size(),
                    batchFailure);
            for (Incoming in : events) {
                applyAlone(in);
            }
        }
    }

    private void applyAlone(Incoming in) throws Exception {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                applyInTransaction(List.of(in));
                return;
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(settings.retryBackoff().toMillis() * attempt);
            }
        }
        deadLetter(in.record(), "not applied after " + settings.maxAttempts() + " attempts: " + rootMessage(last));
    }

    private void applyInTransaction(List<Incoming> events) {
        int[] outcome;
        try {
            outcome = applyAndRecord(events);
        } catch (RuntimeException e) {
            // an Error (out of memory, a linkage failure) is not the event's fault: the thread stops, readiness says so
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Error error) {
                    throw error;
                }
            }
            throw e;
        }
        applied.increment(outcome[0]);
        duplicates.increment(outcome[1]);
    }

    private int[] applyAndRecord(List<Incoming> events) {
        List<Span> spans = startSpans(events);
        try (Scope scope = spans.get(0).makeCurrent()) {
            int[] outcome = recordAndApply(events);
            spans.forEach(Span::end);
            return outcome;
        } catch (RuntimeException | Error e) {
            for (Span span : spans) {
                span.recordException(e);
                span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
                span.end();
            }
            throw e;
        }
    }

    /**
     * The spans of one transaction: a child of each distinct producing span (at most {@link #MAX_TRACED_PARENTS}),
     * and one more, linked to the remaining producers, for the events without a trace context or beyond that number.
     * Never empty.
     */
    private List<Span> startSpans(List<Incoming> events) {
        Map<SpanContext, Integer> parents = new LinkedHashMap<>();
        List<SpanContext> linked = new ArrayList<>();
        int untraced = 0;
        for (Incoming in : events) {
            SpanContext parent = EventTrace.of(in.event());
            if (!parent.isValid()) {
                untraced++;
            } else if (parents.containsKey(parent) || parents.size() < MAX_TRACED_PARENTS) {
                parents.merge(parent, 1, Integer::sum);
            } else {
                linked.add(parent);
            }
        }
        List<Span> spans = new ArrayList<>(parents.size() + 1);
        parents.forEach((parent, count) -> spans.add(span(Context.root().with(Span.wrap(parent)), count).startSpan()));
        if (untraced > 0 || !linked.isEmpty() || spans.isEmpty()) {
            SpanBuilder rest = span(Context.root(), untraced + linked.size());
            linked.stream().distinct().limit(MAX_LINKS).forEach(rest::addLink);
            spans.add(rest.startSpan());
        }
        return spans;
    }

    private SpanBuilder span(Context parent, int events) {
        return tracer.spanBuilder(spanName).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", group)
                .setAttribute("messaging.batch.message_count", events)
                .setAttribute("guihua.consumer", handler.name());
    }

    private int[] recordAndApply(List<Incoming> events) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> ids = events.stream().map(i -> i.event().getId()).toList();
            Set<String> fresh = consumed.recordNew(handler.name(), ids);
            Map<String, CloudEvent> toApply = new LinkedHashMap<>();
            for (Incoming i : events) {
                if (fresh.contains(i.event().getId())) {
                    toApply.putIfAbsent(i.event().getId(), i.event());
                }
            }
            if (!toApply.isEmpty()) {
                handler.apply(new ArrayList<>(toApply.values()));
            }
            return new int[] { toApply.size(), events.size() - toApply.size() };
        });
    }

    private void deadLetter(ConsumerRecord<String, byte[]> r, String reason) throws Exception {
        LOG.warnf("Consumer %s sends %s-%d@%d to %s: %s", handler.name(), r.topic(), r.partition(), r.offset(), deadLetterTopic, reason);
        deadLetters.send(deadLetterTopic, handler.name(), r, reason);
        deadLettered.increment();
    }

    private long currentLag() {
        long total = 0;
        Set<TopicPartition> assigned = new HashSet<>(consumer.assignment());
        for (TopicPartition tp : assigned) {
            total += consumer.currentLag(tp).orElse(0);
        }
        return total;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    String name() {
        return handler.name();
    }

    State state() {
        return state;
    }

    String failure() {
        return failure;
    }

    String topic() {
        return topic;
    }

    String deadLetterTopic() {
        return deadLetterTopic;
    }

    long lag() {
        return lag;
    }
}
