package cn.guihua.subsidy.outgoing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.guihua.platform.security.ServiceTokens;
import cn.guihua.platform.tracing.TracedHttp;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers queued calls with the service token, each in a client span of the trace that queued it (W3C
 * {@code traceparent}, {@code tracestate} in the request). Anything but a 2xx (a refusal, a 5xx, no answer within the
 * connect and read timeouts) is retried with a growing delay, capped; rows are locked with SKIP LOCKED so replicas
 * share the work.
 */
@ApplicationScoped
public class OutgoingCallRelay {

    private static final Logger LOG = Logger.getLogger(OutgoingCallRelay.class);

    @Inject
    OutgoingConfig config;

    @Inject
    ServiceTokens tokens;

    @Inject
    EntityManager em;

    @Inject
    TracedHttp traced;

    private HttpClient http;

    /**
     * Made at the first call, not at start: building a client initialises TLS (the JDK's trust store, about 180
     * classes and a megabyte of certificates) and starts its selector thread, which a service with nothing queued
     * never needs.
     */
    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        }
        return http;
    }

    @Scheduled(every = "${guihua.outgoing.interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            deliverDue();
        } catch (Exception e) {
            LOG.warnf("Outgoing calls paused, will retry: %s", e.getMessage());
        }
    }

    @Transactional
    // rows stay locked while their calls are made: batch-size calls of at most connect-timeout + read-timeout each
    // (10 x 13 s with the defaults); a larger batch or longer timeouts need a longer transaction
    @TransactionConfiguration(timeout = 180)
    @SuppressWarnings("unchecked")
    public int deliverDue() {
        List<OutgoingCall> due = em.createNativeQuery("SELECT * FROM outgoing_call WHERE accepted_at IS NULL AND next_attempt_at <= now() "
                + "ORDER BY created_at LIMIT ?1 FOR UPDATE SKIP LOCKED", OutgoingCall.class).setParameter(1, config.batchSize())
                .getResultList();
        for (OutgoingCall c : due) {
            deliver(c);
        }
        return due.size();
    }

    private void deliver(OutgoingCall c) {
        c.attempts++;
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base(c.target) + c.path))
                    .timeout(config.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", c.id.toString())
                    .POST(HttpRequest.BodyPublishers.ofString(c.body));
            tokens.authorization().ifPresent(a -> req.header("Authorization", a));
            // in a client span of the trace that queued the call (a trace of its own when it was queued without one)
            HttpResponse<String> res = traced.send(http(), req, HttpResponse.BodyHandlers.ofString(),
                    TracedHttp.parent(c.traceparent, c.tracestate));
            c.lastStatus = res.statusCode();
            if (res.statusCode() / 100 == 2) {
                c.acceptedAt = OffsetDateTime.now();
                c.lastError = null;
                return;
            }
            c.lastError = res.body() == null ? null : res.body().substring(0, Math.min(1000, res.body().length()));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            c.lastStatus = null;
            c.lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        long delay = Math.min(config.maxBackoff().toMillis(), config.backoff().toMillis() << Math.min(c.attempts - 1, 20));
        c.nextAttemptAt = OffsetDateTime.now().plus(Duration.ofMillis(delay));
        LOG.warnf("Call %s to %s%s not accepted (attempt %d, status %s); next at %s", c.id, c.target, c.path, c.attempts, c.lastStatus, c.nextAttemptAt);
    }

    private String base(String target) {
        if (OutgoingCalls.INDICATOR_SERVICE.equals(target)) {
            String url = config.indicatorServiceUrl();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        throw new IllegalStateException("Unknown call target " + target);
    }
}
