package cn.guihua.credit.parameter;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.credit.rules.RuleFiles.ParameterDefinition;
import cn.guihua.credit.rules.Rules;
import cn.guihua.platform.problem.ProblemException;

/** What a parameter's value must be, from its definition in parameters.json; a wrong one is a 400 on {@code value}. */
@ApplicationScoped
public class ParameterChecks {

    static final Set<String> COLOURS = Set.of("RED", "BLUE", "YELLOW", "BLACK");

    @Inject
    Rules rules;

    public void check(ParameterDefinition def, JsonNode v) {
        if (v == null || v.isNull()) {
            return;
        }
        String type = def.type();
        boolean ok;
        if (type.equals("boolean")) {
            ok = v.isBoolean();
        } else if (type.equals("enum")) {
            ok = v.isTextual() && def.options().stream().anyMatch(o -> o.asText().equals(v.asText()));
        } else if (type.equals("integer")) {
            ok = v.isIntegralNumber() && (def.options() == null ? v.asInt() > 0 && v.asInt() <= 1200
                    : def.options().stream().anyMatch(o -> o.asInt() == v.asInt()));
        } else if (type.startsWith("enum or integer")) {
            boolean named = v.isTextual() && !v.asText().equals("FIXED_MONTHS") && def.options().stream().anyMatch(o -> o.asText().equals(v.asText()));
            boolean months = (v.isIntegralNumber() || v.isTextual() && v.asText().matches("\\d{1,4}")) && v.asInt() > 0 && v.asInt() <= 1200
                    && def.options().stream().anyMatch(o -> o.asText().equals("FIXED_MONTHS") || o.asText().equals(v.asText()));
            ok = named || months;
        } else if (type.startsWith("list")) {
            ok = v.isArray() && v.size() <= 200;
            for (JsonNode e : v) {
                ok &= e.isTextual() && (!def.name().equals("PERSONAL_REPAIR_ELIGIBLE_ROWS")
                        || rules.row(e.asText()) != null && e.asText().startsWith("PE-"));
            }
        } else {
            ok = v.isObject() && v.size() <= 200 && object(def.name(), v);
        }
        if (!ok) {
            throw ProblemException.invalid("value", "credit.parameter.value", def.name(), def.type(),
                    def.options() == null ? "-" : def.options().toString());
        }
    }

    private boolean object(String name, JsonNode v) {
        switch (name) {
            case "ENTITY_ITEM_VALIDITY_MONTHS" -> {
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
                    var e = it.next();
                    String k = e.getKey();
                    boolean key = Set.of("POSITIVE", "NEGATIVE", "SEVERE_LIST", "CRIMINAL_PENALTY").contains(k)
                            || k.startsWith("ME-") && (rules.row(k) != null || rules.group(k) != null);
                    if (!key || !e.getValue().isIntegralNumber() || e.getValue().asInt() <= 0 || e.getValue().asInt() > 1200) {
                        return false;
                    }
                }
                return true;
            }
            case "PERSONAL_NO_DEDUCTION_REWARD_FIRST_YEAR" -> {
                return v.path("firstYear").isIntegralNumber() && v.path("firstYear").asInt() >= 2022 && v.path("firstYear").asInt() <= 2199
                        && Set.of("COUNT", "SKIP").contains(v.path("partialYears").asText()) && v.size() == 2;
            }
            case "PERSONAL_INCENTIVE_THRESHOLD" -> {
                return v.size() == 1 && (v.path("minScore").isIntegralNumber()
                        || rules.personal().levels().stream().anyMatch(l -> l.code().equals(v.path("minLevel").asText())));
            }
            case "PERSONAL_OBJECTION_DEADLINES" -> {
                for (String k : new String[] { "reviewWorkingDays", "verifyWorkingDays", "correctWorkingDays" }) {
                    if (!v.path(k).isIntegralNumber() || v.path(k).asInt() < 1 || v.path(k).asInt() > 60) {
                        return false;
                    }
                }
                return v.size() == 3;
            }
            case "DEMO_STREET_COLOUR_CRITERIA" -> {
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
                    var e = it.next();
                    if (!COLOURS.contains(e.getKey()) || !e.getValue().isTextual() || e.getValue().asText().length() > 2000) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                for (JsonNode e : v) {
                    if (!(e.isTextual() || e.isBoolean() || e.isNumber() || e.isArray())) {
                        return false;
                    }
                }
                return true;
            }
        }
    }
}
