package cn.guihua.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A call made with java.net.http through {@link TracedHttp} carries the W3C trace context of a CLIENT span of the
 * current trace, or of the trace stored with a call that is made later; the neighbour is a small HTTP server that
 * records what it receives.
 */
@QuarkusTest
class TracedHttpTest {

    /** The trace headers of every request the neighbour received, by path. */
    private static final List<Map<String, String>> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer neighbour;

    @Inject
    TracedHttp http;

    @Inject
    OpenTelemetry telemetry;

    @Inject
    InMemorySpanExporter spans;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startNeighbour() throws IOException {
        neighbour = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        neighbour.createContext("/", TracedHttpTest::answer);
        neighbour.start();
    }

    @AfterAll
    static void stopNeighbour() {
        neighbour.stop(0);
    }

    private static void answer(HttpExchange ex) throws IOException {
        ex.getRequestBody().readAllBytes();
        String traceparent = ex.getRequestHeaders().getFirst("traceparent");
        String tracestate = ex.getRequestHeaders().getFirst("tracestate");
        RECEIVED.add(Map.of("path", ex.getRequestURI().getPath(), "traceparent", traceparent == null ? "" : traceparent,
                "tracestate", tracestate == null ? "" : tracestate));
        int status = ex.getRequestURI().getPath().endsWith("/refused") ? 503 : 201;
        byte[] body = "{}".getBytes();
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + neighbour.getAddress().getPort() + path);
    }

    private static Map<String, String> received(String path) {
        return RECEIVED.stream().filter(r -> r.get("path").equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("the neighbour received no call to " + path));
    }

    @Test
    void aCallCarriesTheCurrentTraceInAClientSpanOfItsOwn() throws Exception {
        Span work = telemetry.getTracer("test").spanBuilder("work").startSpan();
        HttpResponse<String> response;
        try (Scope scope = work.makeCurrent()) {
            response = http.send(client, HttpRequest.newBuilder(uri("/current")).timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString("{}")),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            work.end();
        }
        assertEquals(201, response.statusCode());
        String[] traceparent = received("/current").get("traceparent").split("-");
        assertEquals(4, traceparent.length, "a W3C traceparent: " + String.join("-", traceparent));
        assertEquals(work.getSpanContext().getTraceId(), traceparent[1], "the call carries the current trace");
        assertEquals("01", traceparent[3], "sampled");

        SpanData call = awaitSpan(s -> s.getKind() == SpanKind.CLIENT && s.getSpanId().equals(traceparent[2]));
        assertEquals(work.getSpanContext().getSpanId(), call.getParentSpanId(), "the client span is a child of the current one");
        assertEquals("POST", call.getName());
        assertEquals("POST", call.getAttributes().get(AttributeKey.stringKey("http.request.method")));
        assertEquals(uri("/current").toString(), call.getAttributes().get(AttributeKey.stringKey("url.full")));
        assertEquals(201L, call.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals(StatusCode.UNSET, call.getStatus().getStatusCode());
    }

    @Test
    void aCallMadeLaterContinuesTheStoredTrace() throws Exception {
        Span queuing = telemetry.getTracer("test").spanBuilder("queuing").startSpan();
        EventTrace.Attributes stored;
        try (Scope scope = queuing.makeCurrent()) {
            stored = EventTrace.current();
        } finally {
            queuing.end();
        }
        // later, on a thread without a span: the relay sends it in the stored trace
        assertTrue(!Span.current().getSpanContext().isValid());
        HttpResponse<String> response = http.send(client, HttpRequest.newBuilder(uri("/refused")).timeout(Duration.ofSeconds(5)).GET(), HttpResponse.BodyHandlers.ofString(),
                TracedHttp.parent(stored.traceparent(), stored.tracestate()));
        assertEquals(503, response.statusCode());
        String[] traceparent = received("/refused").get("traceparent").split("-");
        assertEquals(queuing.getSpanContext().getTraceId(), traceparent[1], "the trace of the work that queued the call");
        assertNotEquals(queuing.getSpanContext().getSpanId(), traceparent[2]);
        SpanData call = awaitSpan(s -> s.getKind() == SpanKind.CLIENT && s.getSpanId().equals(traceparent[2]));
        assertEquals(queuing.getSpanContext().getSpanId(), call.getParentSpanId());
        assertEquals(StatusCode.ERROR, call.getStatus().getStatusCode(), "a 503 is a failed call");
        assertEquals("503", call.getAttributes().get(AttributeKey.stringKey("error.type")));
    }

    @Test
    void aCallWithoutTraceContextStartsATraceOfItsOwnAndAFailureIsRecorded() throws Exception {
        http.send(client, HttpRequest.newBuilder(uri("/untraced")).timeout(Duration.ofSeconds(5)).GET(), HttpResponse.BodyHandlers.ofString(), TracedHttp.parent(null, null));
        String[] traceparent = received("/untraced").get("traceparent").split("-");
        SpanData call = awaitSpan(s -> s.getKind() == SpanKind.CLIENT && s.getSpanId().equals(traceparent[2]));
        assertEquals(traceparent[1], call.getTraceId());
        assertTrue(!call.getParentSpanContext().isValid(), "a root span");
        assertEquals("", received("/untraced").get("tracestate"));
        assertEquals(Context.root(), TracedHttp.parent("not-a-traceparent", null));

        // nobody listens on the port any more: the exception reaches the caller and its span
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/gone");
        assertThrows(IOException.class, () -> http.send(client, HttpRequest.newBuilder(nowhere).timeout(Duration.ofSeconds(5)).GET(),
                HttpResponse.BodyHandlers.ofString()));
        SpanData failed = awaitSpan(s -> s.getKind() == SpanKind.CLIENT && nowhere.toString().equals(s.getAttributes().get(AttributeKey.stringKey("url.full"))));
        assertEquals(StatusCode.ERROR, failed.getStatus().getStatusCode());
        assertNull(failed.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertTrue(failed.getEvents().stream().anyMatch(e -> e.getName().equals("exception")), "the exception is recorded");
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
}
