package cn.guihua.credit.parameter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parameter values in force on one day, as known at one instant: for each name the setting with the latest
 * {@code effectiveFrom} on or before the day, and of those the latest set. A withdrawn parameter is absent.
 */
public record ParameterSnapshot(LocalDate asOf, OffsetDateTime knownAt, Map<String, InForce> values) {

    public record InForce(String name, JsonNode value, LocalDate effectiveFrom, String legalBasis, String setBy,
            OffsetDateTime setAt, long id) {
    }

    public static ParameterSnapshot empty(LocalDate asOf) {
        return new ParameterSnapshot(asOf, null, Collections.emptyMap());
    }

    public InForce get(String name) {
        return values.get(name);
    }
}
