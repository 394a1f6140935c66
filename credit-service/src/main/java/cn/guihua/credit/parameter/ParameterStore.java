package cn.guihua.credit.parameter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

/** Reads parameter values as of a day, as known at an instant (null: now). */
@ApplicationScoped
public class ParameterStore {

    @Inject
    ObjectMapper json;

    public ParameterSnapshot snapshot(LocalDate asOf, OffsetDateTime knownAt) {
        List<ParameterValue> all = knownAt == null
                ? ParameterValue.list("effectiveFrom <= ?1", Sort.by("id"), asOf)
                : ParameterValue.list("effectiveFrom <= ?1 and setAt <= ?2", Sort.by("id"), asOf, knownAt);
        Map<String, ParameterValue> chosen = new HashMap<>();
        Comparator<ParameterValue> order = Comparator.comparing((ParameterValue p) -> p.effectiveFrom)
                .thenComparing(p -> p.setAt).thenComparing(p -> p.id);
        for (ParameterValue p : all) {
            chosen.merge(p.name, p, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        Map<String, ParameterSnapshot.InForce> values = new HashMap<>();
        chosen.forEach((name, p) -> {
            if (p.value != null) {
                values.put(name, new ParameterSnapshot.InForce(name, parse(p.value), p.effectiveFrom, p.legalBasis, p.setBy,
                        p.setAt, p.id));
            }
        });
        return new ParameterSnapshot(asOf, knownAt, values);
    }

    JsonNode parse(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parameter_value holds invalid JSON: " + value, e);
        }
    }
}
