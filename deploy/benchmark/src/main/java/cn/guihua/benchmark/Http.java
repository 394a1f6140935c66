package cn.guihua.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.testsupport.DevTokens;

/** HTTP as the benchmark speaks it: java.net.http over HTTP/1.1, development tokens, Prometheus scrapes. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    final HttpClient client;

    Http() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** "Bearer ..." for a role in a jurisdiction, valid for a day; made once per pair. */
    static String bearer(String role, String jurisdiction) {
        return TOKENS.computeIfAbsent(role + "@" + jurisdiction, k -> "Bearer "
                + DevTokens.token("bench-" + role + "@" + jurisdiction, Set.of(role), jurisdiction, Duration.ofDays(1)));
    }

    HttpResponse<String> send(String method, String url, String token, String contentType, byte[] body, Duration timeout,
            String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (token != null) {
            b.header("Authorization", token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON answer of a 2xx, else an exception naming the status and body. */
    JsonNode json(String method, String url, String token, Object body) throws IOException, InterruptedException {
        byte[] bytes = body == null ? null : body instanceof byte[] b ? b : JSON.writeValueAsBytes(body);
        HttpResponse<String> r = send(method, url, token, bytes == null ? null : "application/json", bytes, Duration.ofMinutes(10),
                "Idempotency-Key", java.util.UUID.randomUUID().toString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
        }
        return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    }

    JsonNode get(String url, String token) throws IOException, InterruptedException {
        return json("GET", url, token, null);
    }

    /**
     * The sum of a Prometheus series over the label sets {@code labels} accepts, at {@code baseUrl}/q/metrics; null when
     * the service does not answer or exposes no such series.
     */
    Double metric(String baseUrl, String name, Predicate<String> labels) {
        try {
            HttpResponse<String> r = send("GET", baseUrl + "/q/metrics", null, null, null, Duration.ofSeconds(10));
            if (r.statusCode() != 200) {
                return null;
            }
            Double sum = null;
            for (String line : r.body().split("\n")) {
                if (line.startsWith("#") || !line.startsWith(name)) {
                    continue;
                }
                String rest = line.substring(name.length());
                String labelText = "";
                if (rest.startsWith("{")) {
                    int end = rest.indexOf('}');
                    labelText = rest.substring(1, end);
                    rest = rest.substring(end + 1);
                } else if (!rest.startsWith(" ")) {
                    continue; // another metric whose name starts the same
                }
                if (!labels.test(labelText)) {
                    continue;
                }
                String[] parts = rest.trim().split(" ");
                sum = (sum == null ? 0 : sum) + Double.parseDouble(parts[0]);
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** {@code guihua_consumer_events_total{consumer=NAME,outcome=OUTCOME}} at {@code baseUrl}. */
    Double consumerEvents(String baseUrl, String consumer, String outcome) {
        return metric(baseUrl, "guihua_consumer_events_total",
                l -> l.contains("consumer=\"" + consumer + "\"") && l.contains("outcome=\"" + outcome + "\""));
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 600 ? s : s.substring(0, 600) + " ...";
    }
}
