package cn.guihua.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.common.header.Headers;

import cn.guihua.platform.tracing.EventTrace;

/**
 * The W3C trace context of a structured-mode CloudEvent also as Kafka record headers ({@code traceparent},
 * {@code tracestate}), so generic Kafka tooling and OpenTelemetry-instrumented consumers see the trace without
 * reading the JSON. The relay adds them to every record whose event carries them (the outbox writes them as the
 * distributed-tracing extension, see {@link Outbox}).
 * <p>
 * Cheap, as the relay is: no JSON parser and no String. It reads the top-level attributes of the envelope up to
 * {@code data}, which both of the outbox's writers put last, so the data itself is never looked at; an attribute
 * that is not a plain string (an object, an array, escapes in the trace context) ends the search, as does anything
 * that is not a JSON object. Such an event is sent as before, without the headers.
 */
final class TraceHeaders {

    private static final byte[] TRACEPARENT = EventTrace.TRACEPARENT.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRACESTATE = EventTrace.TRACESTATE.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "data".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA_BASE64 = "data_base64".getBytes(StandardCharsets.US_ASCII);

    private TraceHeaders() {
    }

    /** Adds the event's {@code traceparent} and, when it has one, {@code tracestate} to {@code headers}. */
    static void add(byte[] event, Headers headers) {
        byte[][] found = find(event);
        if (found[0] != null) {
            headers.add(EventTrace.TRACEPARENT, found[0]);
            if (found[1] != null) {
                headers.add(EventTrace.TRACESTATE, found[1]);
            }
        }
    }

    /** {traceparent, tracestate} of the envelope, each null when absent. */
    static byte[][] find(byte[] b) {
        byte[][] found = new byte[2][];
        if (b == null) {
            return found;
        }
        int n = b.length;
        int i = skip(b, 0);
        if (i >= n || b[i] != '{') {
            return found;
        }
        i = skip(b, i + 1);
        while (i < n && b[i] == '"') {
            int keyStart = i + 1;
            int keyEnd = endOfString(b, keyStart);
            if (keyEnd < 0) {
                return found;
            }
            i = skip(b, keyEnd + 1);
            if (i >= n || b[i] != ':') {
                return found;
            }
            i = skip(b, i + 1);
            if (is(b, keyStart, keyEnd, DATA) || is(b, keyStart, keyEnd, DATA_BASE64)) {
                return found; // the data comes last: nothing after it is an attribute the outbox writes
            }
            if (i >= n) {
                return found;
            }
            if (b[i] == '"') {
                int valueStart = i + 1;
                int valueEnd = endOfString(b, valueStart);
                if (valueEnd < 0) {
                    return found;
                }
                int slot = is(b, keyStart, keyEnd, TRACEPARENT) ? 0 : is(b, keyStart, keyEnd, TRACESTATE) ? 1 : -1;
                if (slot >= 0) {
                    if (indexOf(b, valueStart, valueEnd, (byte) '\\') >= 0) {
                        return found; // never written by the outbox; not worth unescaping
                    }
                    found[slot] = valueEnd > valueStart ? Arrays.copyOfRange(b, valueStart, valueEnd) : null;
                }
                i = valueEnd + 1;
            } else if (b[i] == '{' || b[i] == '[') {
                return found; // a structured attribute before the data: the outbox writes none
            } else {
                while (i < n && b[i] != ',' && b[i] != '}') {
                    i++; // a number, true, false or null
                }
            }
            i = skip(b, i);
            if (i >= n || b[i] != ',') {
                return found;
            }
            i = skip(b, i + 1);
        }
        return found;
    }

    /** The index of the closing quote of the string whose content starts at {@code from}; -1 when it has none. */
    private static int endOfString(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\\') {
                i++;
            } else if (b[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int skip(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean is(byte[] b, int from, int to, byte[] name) {
        return to - from == name.length && Arrays.equals(b, from, to, name, 0, name.length);
    }

    private static int indexOf(byte[] b, int from, int to, byte wanted) {
        for (int i = from; i < to; i++) {
            if (b[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
