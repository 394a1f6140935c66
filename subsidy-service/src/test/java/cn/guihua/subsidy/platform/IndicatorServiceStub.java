package cn.guihua.subsidy.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * indicator-service is a neighbour outside the system under test: this small HTTP server stands in for its
 * {@code POST /api/v1/monitoring-values}, records every request and answers with the statuses a test queued
 * (201 once the queue is empty).
 */
public class IndicatorServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "test-service-token";

    /** One request; {@code traceparent} is its W3C trace context header (null when it had none). */
    public record Received(String path, String authorization, String idempotencyKey, String body, String traceparent) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Deque<Integer> STATUSES = new ArrayDeque<>();
    private HttpServer server;

    public static List<Received> received() {
        return RECEIVED;
    }

    public static synchronized void answerNext(int... statuses) {
        for (int s : statuses) {
            STATUSES.add(s);
        }
    }

    private static synchronized int nextStatus() {
        Integer s = STATUSES.poll();
        return s == null ? 201 : s;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/monitoring-values", this::handle);
        server.start();
        return Map.of("guihua.outgoing.indicator-service-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "guihua.service-token", TOKEN);
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RECEIVED.add(new Received(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("Authorization"),
                ex.getRequestHeaders().getFirst("Idempotency-Key"), body, ex.getRequestHeaders().getFirst("traceparent")));
        int status = nextStatus();
        byte[] answer = (status / 100 == 2 ? "{\"status\":\"PENDING\"}" : "{\"title\":\"unavailable\"}").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, answer.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
