package cn.guihua.subsidy.outgoing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.tracing.EventTrace;

/**
 * Queues a POST to a neighbour in the caller's transaction; {@link OutgoingCallRelay} delivers it, in the trace that
 * was current here (its W3C trace context is stored with the call).
 */
@ApplicationScoped
public class OutgoingCalls {

    public static final String INDICATOR_SERVICE = "indicator-service";

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(String target, String path, Object body) {
        OutgoingCall c = new OutgoingCall();
        c.id = UUID.randomUUID();
        c.target = target;
        c.path = path;
        try {
            c.body = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        c.createdAt = c.nextAttemptAt = OffsetDateTime.now();
        EventTrace.Attributes trace = EventTrace.current();
        if (trace != null) {
            c.traceparent = trace.traceparent();
            c.tracestate = trace.tracestate();
        }
        c.persist();
        return c.id;
    }
}
