package cn.guihua.subsidy.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.problem.ProblemException;

/**
 * The policies and their rules, read once: they are reference data that only a migration changes. A rule set is
 * asked for as of a date, so that a calculation for a past date applies the rules then in force.
 */
@ApplicationScoped
public class RuleBook {

    @Inject
    ObjectMapper json;

    private volatile List<PolicyRule> rules;
    private volatile Map<String, Policy> policies;
    private final Map<String, RuleSet> cache = new ConcurrentHashMap<>();

    /** Every policy, by code. */
    public List<Policy> policies() {
        load();
        return policies.values().stream().sorted(java.util.Comparator.comparing((Policy p) -> p.code)).toList();
    }

    /** Every rule row of a policy, all versions. */
    public List<PolicyRule> rows(String policyCode) {
        load();
        return rules.stream().filter(r -> r.policyCode.equals(policyCode)).toList();
    }

    public Policy policy(String code) {
        load();
        Policy p = policies.get(code);
        if (p == null) {
            throw ProblemException.notFound("thing.policy", code);
        }
        return p;
    }

    /** The rules of {@code policyCode} in force on {@code asOf}; 422 when the policy itself is not in force then. */
    public RuleSet rules(String policyCode, LocalDate asOf) {
        Policy p = policy(policyCode);
        if (!p.inForce(asOf)) {
            throw p.effectiveTo == null
                    ? ProblemException.unprocessable("policy.not-in-force-open", p.title, p.documentNo, p.code, asOf, p.effectiveFrom, p.sourceRef)
                    : ProblemException.unprocessable("policy.not-in-force", p.title, p.documentNo, p.code, asOf, p.effectiveFrom, p.effectiveTo,
                            p.sourceRef);
        }
        return cache.computeIfAbsent(policyCode + "@" + asOf, k -> build(policyCode, asOf));
    }

    /** Whether the policy is in force on the date. */
    public boolean inForce(String policyCode, LocalDate date) {
        return policy(policyCode).inForce(date);
    }

    /**
     * The date a year is judged on when nothing more precise is given: the last day of the year on which the policy is
     * in force (so a year the policy enters or leaves mid-way is judged under the rules it had then), or 1 January
     * when the policy is in force on no day of the year (the caller then gets the 422 of {@link #rules}).
     */
    public LocalDate yearDate(String policyCode, int year) {
        Policy p = policy(policyCode);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (p.effectiveTo != null && p.effectiveTo.isBefore(last)) {
            last = p.effectiveTo;
        }
        return last.getYear() == year && !last.isBefore(p.effectiveFrom) ? last : LocalDate.of(year, 1, 1);
    }

    /** Every rule row of the policy valid on the date, for the policy document view (none outside its period). */
    public RuleSet rulesIfInForce(String policyCode, LocalDate asOf) {
        Policy p = policy(policyCode);
        return p.inForce(asOf) ? rules(policyCode, asOf) : new RuleSet(policyCode, asOf, Map.of());
    }

    private RuleSet build(String policyCode, LocalDate asOf) {
        Map<String, Rule> inForce = new HashMap<>();
        Map<String, LocalDate> from = new HashMap<>();
        for (PolicyRule r : rules) {
            boolean valid = r.policyCode.equals(policyCode) && !asOf.isBefore(r.validFrom)
                    && (r.validTo == null || !asOf.isAfter(r.validTo));
            // of two versions of a rule both valid, the later one replaces the earlier
            if (valid && (!from.containsKey(r.ruleCode) || r.validFrom.isAfter(from.get(r.ruleCode)))) {
                try {
                    inForce.put(r.ruleCode, new Rule(r.ruleCode, json.readTree(r.params), new Clause(r.sourceRef, r.quote)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Rule " + r.id + " has malformed params", e);
                }
                from.put(r.ruleCode, r.validFrom);
            }
        }
        return new RuleSet(policyCode, asOf, Map.copyOf(inForce));
    }

    private void load() {
        if (rules == null) {
            synchronized (this) {
                if (rules == null) {
                    loadInTransaction();
                }
            }
        }
    }

    @Transactional
    void loadInTransaction() {
        Map<String, Policy> ps = new HashMap<>();
        Policy.<Policy>listAll().forEach(p -> ps.put(p.code, p));
        policies = ps;
        rules = PolicyRule.listAll();
    }
}
