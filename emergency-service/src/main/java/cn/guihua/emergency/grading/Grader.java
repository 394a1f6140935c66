package cn.guihua.emergency.grading;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * Grades facts against a table from the highest level down: the first level with a matching criterion wins,
 * because bounds such as "超过 5 人（含）" have no upper limit and match every lower level as well.
 */
@ApplicationScoped
public class Grader {

    @Inject
    ObjectMapper json;

    public Grade grade(GradingTable table, JsonNode facts) {
        checkFacts(table, facts);
        List<GradingCriterion> criteria = GradingCriterion.list("tableCode", Sort.by("level").and("id"), table.code);
        for (int level = 1; level <= 4; level++) {
            List<Grade.Match> matched = new ArrayList<>();
            for (GradingCriterion c : criteria) {
                if (c.level == level && conditions(c).stream().allMatch(cond -> cond.holds(facts.get(cond.metric())))) {
                    matched.add(new Grade.Match(c.level, c.code, c.text, c.sourceRef));
                }
            }
            if (!matched.isEmpty()) {
                return new Grade(table.code, level, Severity.nameInRequestLanguage(level), matched);
            }
        }
        return new Grade(table.code, null, null, List.of());
    }

    public Set<String> metricNames(GradingTable table) {
        try {
            return json.readTree(table.metrics).findValuesAsText("name").stream().collect(Collectors.toSet());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored metrics are not JSON", e);
        }
    }

    public List<Condition> conditions(GradingCriterion c) {
        try {
            return json.readValue(c.conditions, new TypeReference<List<Condition>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored conditions are not JSON", e);
        }
    }

    /** A number that has a decimal value: not NaN or infinite (1e400 reads as infinity), and of a size a column holds. */
    static boolean finite(JsonNode v) {
        if (!v.isNumber()) {
            return false;
        }
        if (v.isFloatingPointNumber() && !v.isBigDecimal() && !Double.isFinite(v.doubleValue())) {
            return false;
        }
        return cn.guihua.platform.json.Limits.fits(v.decimalValue());
    }

    /** Every fact must be a metric of the table, a finite number no less than zero or a boolean. */
    private void checkFacts(GradingTable table, JsonNode facts) {
        if (facts == null || !facts.isObject()) {
            throw ProblemException.invalid("facts", "grading.facts-object");
        }
        Set<String> metrics = metricNames(table);
        for (Iterator<String> it = facts.fieldNames(); it.hasNext();) {
            String name = it.next();
            JsonNode v = facts.get(name);
            if (!metrics.contains(name)) {
                throw ProblemException.invalid("facts." + name, "grading.unknown-metric", table.code, name,
                        String.join(", ", new java.util.TreeSet<>(metrics)));
            }
            if (!(v.isBoolean() || finite(v) && v.decimalValue().signum() >= 0)) {
                throw ProblemException.invalid("facts." + name, "grading.fact-value", name);
            }
        }
    }
}
