package cn.guihua.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import cn.guihua.localstack.Service;

/**
 * A closed-loop load: {@code clients} threads (a fixed pool), each sending one request after the other through one
 * java.net.http client over HTTP/1.1, each request of an operation drawn by weight. The first {@code warmup} is not
 * recorded; then every request started within {@code measure} is: its latency (errors and timeouts included, a
 * timeout counting as its full 30 s) and whether it got the status its operation expects.
 */
final class Load {

    /** One request to send. */
    record Call(String method, String url, String token, byte[] body, int expected) {
    }

    /** An operation of the mix: what it is called, the service it loads, its weight and how to make a request. */
    record Op(String name, Service service, String method, int weight, Function<Random, Call> next) {
        boolean post() {
            return !method.equals("GET");
        }
    }

    /** What one operation measured. */
    static final class OpResult {
        final Op op;
        long[] latencies = new long[1024];
        int count;
        int errors;
        final List<String> examples = new ArrayList<>();

        OpResult(Op op) {
            this.op = op;
        }

        synchronized void add(long nanos, boolean error, String why) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
            if (error) {
                errors++;
                if (examples.size() < 3) {
                    examples.add(why);
                }
            }
        }

        double percentileMs(double p) {
            return Stats.percentile(Stats.sorted(latencies, count), p) / 1e6;
        }
    }

    record Outcome(Map<String, OpResult> ops, double seconds) {
        int errors() {
            return ops.values().stream().mapToInt(o -> o.errors).sum();
        }

        int requests() {
            return ops.values().stream().mapToInt(o -> o.count).sum();
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Load() {
    }

    /**
     * Runs the load; {@code everySecond} is called once a second during the measured window (to sample memory ...).
     */
    static Outcome run(List<Op> ops, int clients, Duration warmup, Duration measure, Runnable everySecond) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "load-http");
                    t.setDaemon(true);
                    return t;
                })).build();
        Map<String, OpResult> results = new LinkedHashMap<>();
        ops.forEach(o -> results.put(o.name(), new OpResult(o)));
        int totalWeight = ops.stream().mapToInt(Op::weight).sum();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            long seed = 7919L * (c + 1);
            pool.submit(() -> {
                Random random = new Random(seed);
                while (System.nanoTime() < end) {
                    int pick = random.nextInt(totalWeight);
                    Op op = ops.get(0);
                    for (Op o : ops) {
                        pick -= o.weight();
                        if (pick < 0) {
                            op = o;
                            break;
                        }
                    }
                    Call call;
                    try {
                        call = op.next().apply(random);
                    } catch (RuntimeException e) {
                        results.get(op.name()).add(0, true, "could not make the request: " + e);
                        continue;
                    }
                    long t0 = System.nanoTime();
                    boolean error;
                    String why = null;
                    try {
                        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(call.url())).timeout(TIMEOUT);
                        if (call.token() != null) {
                            b.header("Authorization", call.token());
                        }
                        if (call.body() != null) {
                            b.header("Content-Type", "application/json");
                        }
                        b.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
                        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                        error = r.statusCode() != call.expected();
                        if (error) {
                            why = call.method() + " " + call.url() + " -> " + r.statusCode() + " " + Http.abbreviate(r.body());
                        }
                    } catch (java.net.http.HttpTimeoutException e) {
                        error = true;
                        why = call.method() + " " + call.url() + " -> timed out after " + TIMEOUT.toSeconds() + " s";
                    } catch (Exception e) {
                        error = true;
                        why = call.method() + " " + call.url() + " -> " + e;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t0 < end) {
                        results.get(op.name()).add(t1 - t0, error, why);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        long nextTick = measureFrom;
        while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
            long now = System.nanoTime();
            if (now >= nextTick && now < end && everySecond != null) {
                everySecond.run();
                nextTick += 1_000_000_000L;
            }
        }
        return new Outcome(results, measure.toNanos() / 1e9);
    }
}
