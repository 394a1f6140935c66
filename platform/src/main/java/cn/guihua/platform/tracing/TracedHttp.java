package cn.guihua.platform.tracing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;

/**
 * HTTP calls made with {@code java.net.http}, which {@code quarkus-opentelemetry} does not instrument (it does the
 * REST clients): {@link #send} makes each call in a span of kind CLIENT and sends that span's W3C trace context
 * ({@code traceparent}, {@code tracestate}), so the neighbour's server span joins the caller's trace.
 * <p>
 * A call made later than the work that asked for it (a queued call delivered by a relay) continues the trace of
 * that work: store {@link EventTrace#current()} with the call when it is queued, and pass {@link #parent} of the
 * stored pair when it is sent.
 */
@ApplicationScoped
public class TracedHttp {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> SERVER = AttributeKey.stringKey("server.address");
    private static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> ERROR = AttributeKey.stringKey("error.type");

    private static final TextMapSetter<HttpRequest.Builder> HEADERS = (request, key, value) -> request.setHeader(key, value);

    private static final TextMapGetter<String[]> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String[] carrier) {
            return java.util.List.of(EventTrace.TRACEPARENT, EventTrace.TRACESTATE);
        }

        @Override
        public String get(String[] carrier, String key) {
            return carrier == null ? null : EventTrace.TRACEPARENT.equals(key) ? carrier[0] : EventTrace.TRACESTATE.equals(key) ? carrier[1] : null;
        }
    };

    private final Tracer tracer;

    @Inject
    public TracedHttp(OpenTelemetry telemetry) {
        this.tracer = telemetry.getTracer("cn.guihua.platform.tracing");
    }

    /** Sends {@code request} in a CLIENT span, a child of the current span (of a new trace when there is none). */
    public <T> HttpResponse<T> send(HttpClient client, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return send(client, request, body, Context.current());
    }

    /**
     * Sends {@code request} in a CLIENT span, a child of the span of {@code parent} (of a new trace when it has none),
     * with that span's trace context in the headers. A status of 400 or more marks the span an error; so does a
     * call that fails, whose exception is recorded and thrown.
     */
    public <T> HttpResponse<T> send(HttpClient client, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body, Context parent)
            throws IOException, InterruptedException {
        HttpRequest unsent = request.build();
        URI uri = unsent.uri();
        Span span = tracer.spanBuilder(unsent.method()).setSpanKind(SpanKind.CLIENT).setParent(parent)
                .setAttribute(METHOD, unsent.method())
                .setAttribute(URL, uri.toString())
                .setAttribute(SERVER, uri.getHost())
                .setAttribute(PORT, (long) (uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80))
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            inject(Context.current(), request);
            HttpResponse<T> response = client.send(request.build(), body);
            span.setAttribute(STATUS, (long) response.statusCode());
            if (response.statusCode() >= 400) {
                span.setAttribute(ERROR, String.valueOf(response.statusCode()));
                span.setStatus(StatusCode.ERROR);
            }
            return response;
        } catch (IOException | InterruptedException | RuntimeException e) {
            span.setAttribute(ERROR, e.getClass().getName());
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getMessage() == null ? "" : e.getMessage());
            throw e;
        } finally {
            span.end();
        }
    }

    /** Sets the W3C trace context of {@code context} on {@code request} (nothing when it has no valid span). */
    public static HttpRequest.Builder inject(Context context, HttpRequest.Builder request) {
        W3C.inject(context, request, HEADERS);
        return request;
    }

    /**
     * The context to continue from a stored {@code traceparent} and {@code tracestate} (as {@link EventTrace#current()}
     * gave them): its span is the remote parent. The root context when {@code traceparent} is null or malformed, so
     * a call stored without trace context starts a trace of its own.
     */
    public static Context parent(String traceparent, String tracestate) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3C.extract(Context.root(), new String[] { traceparent, tracestate }, STORED);
    }
}
