package cn.guihua.subsidy.rules;

import java.time.LocalDate;
import java.util.Map;

/** The rules of one policy in force on one date, by rule code. */
public record RuleSet(String policy, LocalDate asOf, Map<String, Rule> rules) {

    public Rule get(String code) {
        Rule r = rules.get(code);
        if (r == null) {
            throw new IllegalStateException("Policy " + policy + " has no rule " + code + " in force on " + asOf);
        }
        return r;
    }

    public boolean has(String code) {
        return rules.containsKey(code);
    }
}
