package cn.guihua.platform.tracing;

import java.util.Collection;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Tracing without a collector: when neither {@code quarkus.otel.exporter.otlp.endpoint} (set from
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT}) nor {@code quarkus.otel.exporter.otlp.traces.endpoint} is set, this exporter,
 * which drops every span, is the only one. Quarkus' OTLP exporter stands back whenever a {@code SpanExporter} bean is
 * there, and {@code quarkus.otel.exporter.otlp.enabled} is fixed at build time, so this bean is how a service built
 * once runs with or without a collector. Trace context still flows: requests, events and log lines carry their
 * trace and span ids either way.
 */
@Singleton
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = "", lookupIfMissing = true)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = "", lookupIfMissing = true)
public class NoSpanExport implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
