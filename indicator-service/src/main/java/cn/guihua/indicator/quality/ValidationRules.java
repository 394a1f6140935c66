package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.guihua.indicator.catalogue.Catalogue;

/**
 * The enabled rules, compiled against the catalogue copy in use. Read with one small query per request (so a rule a
 * planner added on another replica counts at once) and compiled again only when a rule or the copy changed.
 */
@ApplicationScoped
public class ValidationRules {

    private static final Logger LOG = Logger.getLogger(ValidationRules.class);

    @Inject
    EntityManager em;

    private record Compiled(String key, Catalogue.Snapshot catalogue, RuleSet rules) {
    }

    private volatile Compiled compiled;

    /** The rules in force now; must run on a thread that may use the database (a request's). */
    public RuleSet current(Catalogue.Snapshot catalogue) {
        @SuppressWarnings("unchecked")
        List<Object[]> versions = em.createNativeQuery("SELECT id, lock_version FROM validation_rule WHERE enabled ORDER BY id")
                .getResultList();
        StringBuilder key = new StringBuilder();
        for (Object[] v : versions) {
            key.append(v[0]).append(':').append(v[1]).append(',');
        }
        Compiled c = compiled;
        if (c != null && c.catalogue() == catalogue && c.key().contentEquals(key)) {
            return c.rules();
        }
        List<ValidationRule> rows = ValidationRule.list("enabled = true order by id");
        List<RuleSet.Rule> rules = new ArrayList<>();
        for (ValidationRule r : rows) {
            RuleSet.Rule rule = rule(r);
            if (rule != null) {
                rules.add(rule);
            }
        }
        RuleSet set = new RuleSet(rules, catalogue);
        compiled = new Compiled(key.toString(), catalogue, set);
        return set;
    }

    /** The rule as the checks use it; null (and a log line) when a stored expression no longer parses. */
    static RuleSet.Rule rule(ValidationRule r) {
        try {
            return new RuleSet.Rule(r.id, r.code, r.importance, RuleExpression.parse(r.leftSide), r.operator,
                    RuleExpression.parse(r.rightSide), nonNegative(r.tolerance), nonNegative(r.tolerancePercent),
                    r.missingValueStrategy, r.messageZh, r.messageEn, r.jurisdiction, ValidationRule.split(r.indicatorCodes),
                    ValidationRule.split(r.valueTypes), ValidationRule.split(r.units));
        } catch (RuleExpression.Invalid e) {
            LOG.errorf("Validation rule %s is not applied: %s", r.code, e.getMessage());
            return null;
        }
    }

    private static BigDecimal nonNegative(BigDecimal d) {
        return d == null || d.signum() < 0 ? BigDecimal.ZERO : d;
    }
}
