package cn.guihua.platform.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.outbox.Outbox;
import cn.guihua.platform.testapp.ProbeHandler;
import cn.guihua.testsupport.DevTokens;
import cn.guihua.testsupport.KafkaResource;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A request's W3C trace context travels with the event it publishes: the CloudEvent on the topic carries the
 * request's trace (traceparent and tracestate, the distributed-tracing extension), and the consumer that applies it
 * works in a span of that trace, its log lines naming the trace id.
 */
@QuarkusTest
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Inject
    Outbox outbox;

    @Inject
    OpenTelemetry telemetry;

    @Inject
    ObjectMapper json;

    @Test
    void aRequestsTraceIdReachesItsEventAndTheConsumersSpanAndLogLines() throws Exception {
        String traceId = hex(16);
        String callerSpan = hex(8);
        String subject = "traced-" + UUID.randomUUID();
        String eventId = given().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .header("tracestate", "guihua=t61rcWkgMzE")
                .auth().oauth2(DevTokens.token("planner", "planner", "370104"))
                .contentType("application/json").body(Map.of("subject", subject, "seq", 1))
                .when().post("/api/v1/demo/probes")
                .then().statusCode(202).extract().path("eventId");

        // the event as another system reads it from the topic
        ConsumerRecord<String, String> record = find(ProbeHandler.TOPIC, r -> r.value() != null && r.value().contains(eventId));
        JsonNode event = json.readTree(record.value());
        String traceparent = event.path("traceparent").asText();
        String[] parts = traceparent.split("-");
        assertEquals(4, parts.length, traceparent);
        assertEquals("00", parts[0]);
        assertEquals(traceId, parts[1], "the event carries the request's trace id");
        assertEquals("01", parts[3], "sampled");
        assertEquals("guihua=t61rcWkgMzE", event.path("tracestate").asText());
        // and as Kafka headers, for tooling and instrumented consumers that do not read the CloudEvent
        assertEquals(traceparent, header(record, "traceparent"), "the record's traceparent header is the event's");
        assertEquals("guihua=t61rcWkgMzE", header(record, "tracestate"));
        assertEquals("application/cloudevents+json; charset=UTF-8", header(record, "content-type"));

        // the request's server span, a child of the caller's, wrote the event
        SpanData server = awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId));
        assertEquals(callerSpan, server.getParentSpanId());
        assertEquals(server.getSpanId(), parts[2], "the event's parent is the span that wrote it");

        // the consumer applied it in a span of the same trace, child of the event's
        SpanData consumer = awaitSpan(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(traceId));
        assertEquals("process " + ProbeHandler.TOPIC, consumer.getName());
        assertEquals(parts[2], consumer.getParentSpanId());
        assertEquals("kafka", consumer.getAttributes().asMap().entrySet().stream()
                .filter(e -> e.getKey().getKey().equals("messaging.system")).findFirst().orElseThrow().getValue());
        assertEquals(traceId, ProbeHandler.LOGGED_TRACE_IDS.get(eventId), "the handler's log lines carry the trace id");
    }

    @Test
    void eventsOfSeveralTracesAreEachAppliedInASpanOfTheirOwnTrace() throws Exception {
        String[][] traced = { { hex(16), hex(8) }, { hex(16), hex(8) } };
        String untraced = UUID.randomUUID().toString();
        for (String[] t : traced) {
            Probes.send(ProbeHandler.TOPIC, "k", event(UUID.randomUUID().toString(), "\"traceparent\":\"00-" + t[0] + "-" + t[1] + "-01\","));
        }
        Probes.send(ProbeHandler.TOPIC, "k", event(untraced, ""));
        for (String[] t : traced) {
            SpanData consumer = awaitSpan(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(t[0]));
            assertEquals(t[1], consumer.getParentSpanId(), "a child of the span that wrote the event");
        }
        long until = System.currentTimeMillis() + 20_000;
        while (!ProbeHandler.LOGGED_TRACE_IDS.containsKey(untraced) && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertNotNull(ProbeHandler.LOGGED_TRACE_IDS.get(untraced), "an event without trace context is applied in a span too");
    }

    private static String event(String id, String trace) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"https://guihua.dev/services/test\",\"type\":\""
                + ProbeHandler.PROBE + "\",\"subject\":\"traced\"," + trace + "\"datacontenttype\":\"application/json\",\"data\":{\"seq\":3}}";
    }

    @Test
    void bulkWritersWriteTheSameTraceContextAndNoneOutsideASpan() throws Exception {
        Span span = telemetry.getTracer("test").spanBuilder("bulk import").startSpan();
        Outbox.Prepared viaSdk;
        Outbox.Prepared direct;
        try (Scope scope = span.makeCurrent()) {
            viaSdk = outbox.prepare("cn.guihua.test.copy.v1", "items/1", Map.of("n", 1));
            direct = outbox.prepareJson("cn.guihua.test.copy.v1", "items/1", "{\"n\":1}");
        } finally {
            span.end();
        }
        String expected = "00-" + span.getSpanContext().getTraceId() + "-" + span.getSpanContext().getSpanId() + "-01";
        assertEquals(expected, json.readTree(viaSdk.payload()).path("traceparent").asText());
        assertEquals(expected, json.readTree(direct.payload()).path("traceparent").asText());
        assertEquals(fields(viaSdk), fields(direct), "the same attributes in the same order");
        assertTrue(fields(direct).indexOf("traceparent") < fields(direct).indexOf("data"));

        JsonNode untraced = json.readTree(outbox.prepareJson("cn.guihua.test.copy.v1", "items/2", "{}").payload());
        assertNull(untraced.get("traceparent"), "no span, no trace context");
        assertNotNull(untraced.get("id"));
    }

    @Test
    void anEventWrittenOutsideASpanIsSentWithoutTraceHeaders() throws Exception {
        String subject = "untraced-" + UUID.randomUUID();
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish("guihua.test.demo", "370104", "cn.guihua.test.demo.created.v1",
                subject, Map.of("n", 1)));
        ConsumerRecord<String, String> record = find("guihua.test.demo", r -> r.value() != null && r.value().contains(id.toString()));
        assertNull(json.readTree(record.value()).get("traceparent"));
        assertNull(record.headers().lastHeader("traceparent"), "no trace context, no traceparent header");
        assertNull(record.headers().lastHeader("tracestate"));
        assertEquals("application/cloudevents+json; charset=UTF-8", header(record, "content-type"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        List<org.apache.kafka.common.header.Header> all = new ArrayList<>();
        record.headers().headers(name).forEach(all::add);
        assertEquals(1, all.size(), "one " + name + " header");
        return new String(all.get(0).value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<String> fields(Outbox.Prepared p) throws Exception {
        List<String> names = new ArrayList<>();
        json.readTree(p.payload()).fieldNames().forEachRemaining(names::add);
        return names;
    }

    private SpanData awaitSpan(Predicate<SpanData> wanted) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            for (SpanData s : spans.getFinishedSpanItems()) {
                if (wanted.test(s)) {
                    return s;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such span among " + spans.getFinishedSpanItems().stream()
                .map(s -> s.getKind() + " " + s.getName() + " " + s.getTraceId()).toList());
    }

    private static ConsumerRecord<String, String> find(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-check-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(300))) {
                    if (wanted.test(r)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("the event did not reach " + topic);
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros
        return HexFormat.of().formatHex(b);
    }
}
