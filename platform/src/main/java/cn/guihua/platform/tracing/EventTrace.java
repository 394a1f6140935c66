package cn.guihua.platform.tracing;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;

/**
 * The W3C trace context of an event, carried as the CloudEvents distributed-tracing extension: the attributes
 * {@code traceparent} and {@code tracestate} of the structured JSON envelope. The outbox writes the context of the
 * span current when the event is written (the request's, or the consumer's when a handler publishes); a consumer
 * continues the trace from it.
 */
public final class EventTrace {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    /** The trace context to write into an event; {@code tracestate} is null when empty. */
    public record Attributes(String traceparent, String tracestate) {
    }

    private static final TextMapSetter<String[]> INTO = (carrier, key, value) -> {
        if (TRACEPARENT.equals(key)) {
            carrier[0] = value;
        } else if (TRACESTATE.equals(key)) {
            carrier[1] = value.isEmpty() ? null : value;
        }
    };

    private static final TextMapGetter<CloudEvent> FROM = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(CloudEvent event) {
            return event.getExtensionNames();
        }

        @Override
        public String get(CloudEvent event, String key) {
            Object v = event == null || key == null ? null : event.getExtension(key);
            return v == null ? null : v.toString();
        }
    };

    /** One entry: the span context an attribute pair was made from, so the many events of one request share it. */
    private record Cached(SpanContext span, Attributes attributes) {
    }

    private static volatile Cached last;

    private EventTrace() {
    }

    /** The trace context of the current span, or null when there is none (no request, tracing off). */
    public static Attributes current() {
        Context context = Context.current();
        SpanContext span = Span.fromContext(context).getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        Cached c = last;
        if (c != null && c.span() == span) {
            return c.attributes();
        }
        String[] carrier = new String[2];
        W3C.inject(context, carrier, INTO);
        if (carrier[0] == null) {
            return null;
        }
        Attributes a = new Attributes(carrier[0], carrier[1]);
        last = new Cached(span, a);
        return a;
    }

    /** The remote span context an event carries, or an invalid one when it carries none (or a malformed one). */
    public static SpanContext of(CloudEvent event) {
        if (event.getExtension(TRACEPARENT) == null) {
            return SpanContext.getInvalid();
        }
        return Span.fromContext(W3C.extract(Context.root(), event, FROM)).getSpanContext();
    }
}
