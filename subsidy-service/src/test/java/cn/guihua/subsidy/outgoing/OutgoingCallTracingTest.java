package cn.guihua.subsidy.outgoing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.guihua.subsidy.platform.IndicatorServiceStub;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A call to a neighbour is queued with the work that needs it and delivered later by the relay, on a thread of its
 * own: it still carries the trace of that work (W3C traceparent), so indicator-service's span joins it. The
 * neighbour is the stub HTTP server of {@link IndicatorServiceStub}.
 */
@QuarkusTest
class OutgoingCallTracingTest {

    @Inject
    OutgoingCalls outgoing;

    @Inject
    OpenTelemetry telemetry;

    @Inject
    EntityManager em;

    @Test
    void aQueuedCallCarriesTheTraceThatQueuedIt() throws Exception {
        Span work = telemetry.getTracer("test").spanBuilder("disability batch").startSpan();
        UUID id;
        try (Scope scope = work.makeCurrent()) {
            id = QuarkusTransaction.requiringNew().call(() -> outgoing.queue(OutgoingCalls.INDICATOR_SERVICE, "/api/v1/monitoring-values",
                    Map.of("probe", "traced")));
        } finally {
            work.end();
        }
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT traceparent FROM outgoing_call WHERE id = ?1").setParameter(1, id).getSingleResult());
        assertEquals("00-" + work.getSpanContext().getTraceId() + "-" + work.getSpanContext().getSpanId() + "-01", stored,
                "the trace context is stored with the call");

        String[] traceparent = delivered(id).traceparent().split("-");
        assertEquals(4, traceparent.length, String.join("-", traceparent));
        assertEquals(work.getSpanContext().getTraceId(), traceparent[1], "the call carries the trace of the work that queued it");
        assertNotEquals(work.getSpanContext().getSpanId(), traceparent[2], "from a client span of its own");
        assertEquals("01", traceparent[3]);
    }

    @Test
    void aCallQueuedOutsideATraceIsDeliveredInATraceOfItsOwn() throws Exception {
        assertTrue(!Span.current().getSpanContext().isValid());
        UUID id = QuarkusTransaction.requiringNew().call(() -> outgoing.queue(OutgoingCalls.INDICATOR_SERVICE, "/api/v1/monitoring-values",
                Map.of("probe", "untraced")));
        assertNull(QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT traceparent FROM outgoing_call WHERE id = ?1").setParameter(1, id).getSingleResult()));
        String traceparent = delivered(id).traceparent();
        assertTrue(traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), "a new trace: " + traceparent);
    }

    private static IndicatorServiceStub.Received delivered(UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (IndicatorServiceStub.Received r : IndicatorServiceStub.received()) {
                if (id.toString().equals(r.idempotencyKey())) {
                    return r;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the call " + id + " was not delivered");
    }
}
