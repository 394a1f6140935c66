package cn.guihua.subsidy.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** One rule in force: its code, its numbers (from {@code policy_rule.params}) and its clause. */
public record Rule(String code, JsonNode params, Clause clause) {

    public BigDecimal number(String name) {
        JsonNode n = params.get(name);
        if (n == null || n.isNull()) {
            throw new IllegalStateException("Rule " + code + " has no parameter " + name);
        }
        return n.decimalValue();
    }

    public String text(String name) {
        JsonNode n = params.get(name);
        if (n == null || n.isNull()) {
            throw new IllegalStateException("Rule " + code + " has no parameter " + name);
        }
        return n.asText();
    }

    public boolean flag(String name) {
        return params.path(name).asBoolean(false);
    }

    /** The strings of an array in the params ({@code []} when absent). */
    public List<String> texts(String name) {
        List<String> out = new ArrayList<>();
        params.path(name).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The officer-set parameter this rule names under {@code key} (e.g. {@code "sameYearParameter"}). */
    public ParameterName parameter(String key) {
        return ParameterName.valueOf(text(key));
    }

    public Step step(Map<String, Object> inputs, Map<String, Object> values, Object result, String note) {
        return new Step(code, clause, inputs, values, result, note);
    }

    public Step step(Map<String, Object> inputs, Map<String, Object> values, Object result, String note, CalculationStatus status,
            ParameterUse... parameters) {
        return new Step(code, clause, inputs, values, result, note, status, List.of(parameters));
    }

    public Step step(Map<String, Object> inputs, Map<String, Object> values, Object result, String note, CalculationStatus status,
            List<ParameterUse> parameters) {
        return new Step(code, clause, inputs, values, result, note, status, List.copyOf(parameters));
    }
}
