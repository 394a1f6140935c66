package cn.guihua.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * The relay's reading of the trace context from the envelope, without a JSON parser: only the top-level attributes
 * before the data count, whatever the subject or the data contain. (That the records on the broker carry the
 * headers is TracingTest's.)
 */
class TraceHeadersTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static String[] find(String json) {
        byte[][] found = TraceHeaders.find(json.getBytes(StandardCharsets.UTF_8));
        return new String[] { found[0] == null ? null : new String(found[0], StandardCharsets.UTF_8),
                found[1] == null ? null : new String(found[1], StandardCharsets.UTF_8) };
    }

    @Test
    void theEnvelopesTraceContextIsFound() {
        String[] found = find("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"s\",\"type\":\"t\",\"subject\":\"a\",\"time\":\"2024-05-01T00:00:00Z\","
                + "\"traceparent\":\"" + TRACEPARENT + "\",\"tracestate\":\"guihua=t61rcWkgMzE\",\"data\":{\"n\":1}}");
        assertEquals(TRACEPARENT, found[0]);
        assertEquals("guihua=t61rcWkgMzE", found[1]);
        // with whitespace, without tracestate, with a number or boolean extension before it
        found = find(" {\n  \"specversion\" : \"1.0\", \"seq\": 12, \"flag\": true ,\"traceparent\" : \"" + TRACEPARENT + "\",\n \"data\": {}}");
        assertEquals(TRACEPARENT, found[0]);
        assertNull(found[1]);

        RecordHeaders headers = new RecordHeaders();
        TraceHeaders.add(("{\"traceparent\":\"" + TRACEPARENT + "\",\"data\":null}").getBytes(StandardCharsets.UTF_8), headers);
        assertEquals(TRACEPARENT, new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8));
        assertNull(headers.lastHeader("tracestate"));
    }

    @Test
    void whatTheSubjectOrTheDataSayIsNotTheTraceContext() {
        // a subject quoting an attribute, and data with a traceparent of its own: neither is the event's
        String[] found = find("{\"specversion\":\"1.0\",\"subject\":\"x\\\"traceparent\\\":\\\"00-forged\\\\\",\"tracestate\":\"a=b\","
                + "\"data\":{\"traceparent\":\"" + TRACEPARENT + "\"}}");
        assertNull(found[0]);
        assertEquals("a=b", found[1]);
        found = find("{\"specversion\":\"1.0\",\"data\":{\"traceparent\":\"" + TRACEPARENT + "\"},\"traceparent\":\"" + TRACEPARENT + "\"}");
        assertNull(found[0], "nothing after the data is read");
        found = find("{\"specversion\":\"1.0\",\"data_base64\":\"AAAA\",\"traceparent\":\"" + TRACEPARENT + "\"}");
        assertNull(found[0]);
    }

    @Test
    void anythingElseIsSentWithoutHeaders() {
        for (String json : new String[] { "", "[]", "[{\"traceparent\":\"" + TRACEPARENT + "\"}]", "{", "{\"traceparent\"", "{\"traceparent\":",
                "{\"traceparent\":\"00-abc", "{\"ext\":{\"a\":1},\"traceparent\":\"" + TRACEPARENT + "\"}", "{\"traceparent\":\"\"}",
                "{\"traceparent\":\"00\\u002d\"}", "not json" }) {
            RecordHeaders headers = new RecordHeaders();
            TraceHeaders.add(json.getBytes(StandardCharsets.UTF_8), headers);
            assertNull(headers.lastHeader("traceparent"), json);
        }
        RecordHeaders headers = new RecordHeaders();
        TraceHeaders.add(null, headers);
        assertNull(headers.lastHeader("traceparent"));
    }
}
