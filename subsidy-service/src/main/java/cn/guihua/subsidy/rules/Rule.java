package cn.guihua.subsidy.rules;

import java.math.BigDecimal;
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

    public Step step(Map<String, Object> inputs, Map<String, Object> values, Object result, String note) {
        return new Step(code, clause, inputs, values, result, note);
    }
}
