package cn.guihua.plan.plan;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.plan.indicator.Indicator;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;

/**
 * The planner's data on a target of the current published revision: its tolerance, the value a higher level set,
 * its base year and value. A published plan is otherwise never edited in place; these are what the document leaves
 * to the planner (市下达, 以…为基数 without a year, 左右). Each change is written with its history row
 * ({@link TargetChange}) and an audit entry, in one transaction, and bumps the target's {@code version}.
 */
@ApplicationScoped
public class PlannerData {

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    ObjectMapper json;

    /** The target, changeable by the caller: of the current published revision, in the caller's jurisdiction. */
    public PlanTarget changeable(long id, Long version) {
        PlanTarget t = PlanTarget.findById(id);
        if (t == null) {
            throw ProblemException.notFound("thing.target", id);
        }
        caller.requireJurisdiction(t.plan.jurisdiction);
        ProblemException.requireVersion(version, t.version);
        if (!t.plan.current || t.plan.status != PlanStatus.PUBLISHED) {
            throw ProblemException.conflict("plan.target.not-current", t.plan.code, t.plan.revision);
        }
        return t;
    }

    /** Sets the tolerance (null: back to the phrasing's default). */
    @Transactional
    public PlanTarget setTolerance(long id, Long version, BigDecimal tolerance, String reason) {
        PlanTarget t = changeable(id, version);
        if (t.comparator == Comparator.DIRECTION || t.comparator == Comparator.SLOWER_RISE
                || t.comparator == Comparator.CHANGE_PP_PER_YEAR) {
            throw ProblemException.conflict("plan.target.no-tolerance", t.comparator.name());
        }
        Map<String, Object> before = tolerance(t);
        if (tolerance == null) {
            t.tolerance = Phrasings.defaultTolerance(t.phrasing);
            t.toleranceSource = t.tolerance == null ? null : ToleranceSource.PHRASING_DEFAULT;
        } else {
            t.tolerance = tolerance;
            t.toleranceSource = ToleranceSource.PLANNER;
        }
        record(t, TargetChange.Field.TOLERANCE, before, tolerance(t), reason, "plan.target.tolerance-set");
        return t;
    }

    /** Enters the value a higher level set (市下达, 市定标准) on a target whose value is to be set. */
    @Transactional
    public PlanTarget setValue(long id, Long version, BigDecimal value, BigDecimal valueHigh, String reason) {
        PlanTarget t = changeable(id, version);
        if (!t.valueToBeSet) {
            throw ProblemException.conflict("plan.target.value-from-document");
        }
        if (t.comparator == Comparator.RANGE) {
            if (valueHigh == null) {
                throw ProblemException.invalid("valueHigh", "plan.document.range-high");
            }
            if (valueHigh.compareTo(value) < 0) {
                throw ProblemException.invalid("valueHigh", "plan.document.range-order");
            }
        } else if (valueHigh != null) {
            throw ProblemException.invalid("valueHigh", "plan.document.range-only");
        }
        levelInRange(t, value, "value");
        Map<String, Object> before = value(t);
        t.value = value;
        t.valueHigh = valueHigh;
        record(t, TargetChange.Field.VALUE, before, value(t), reason, "plan.target.value-set");
        return t;
    }

    /**
     * Sets the base: a base year (the value then comes from the monitoring, MONITORED) or a base year and value
     * (PLANNER, with its source in {@code note}). A base the document prints is the document's.
     */
    @Transactional
    public PlanTarget setBaseline(long id, Long version, int year, BigDecimal value, String note, String reason) {
        PlanTarget t = changeable(id, version);
        if (t.baselineSource == BaselineSource.DOCUMENT) {
            throw ProblemException.conflict("plan.target.baseline-from-document", t.baselineSourceRef);
        }
        if (year > t.targetYear) {
            throw ProblemException.invalid("year", "plan.target.baseline-after-target", t.targetYear);
        }
        if (value != null && (note == null || note.isBlank())) {
            throw ProblemException.invalid("note", "plan.document.baseline-note");
        }
        if (value != null && value.signum() < 0) {
            throw ProblemException.invalid("value", "plan.document.not-negative");
        }
        Map<String, Object> before = baseline(t);
        t.baselineYear = year;
        t.baselineValue = value;
        t.baselineComparator = Comparator.EQUAL;
        t.baselineSource = value == null ? BaselineSource.MONITORED : BaselineSource.PLANNER;
        t.baselineNote = note == null || note.isBlank() ? t.baselineNote : note.strip();
        record(t, TargetChange.Field.BASELINE, before, baseline(t), reason, "plan.target.baseline-set");
        return t;
    }

    private static void levelInRange(PlanTarget t, BigDecimal value, String field) {
        Indicator indicator = Indicator.findById(t.indicatorCode);
        if (value.signum() < 0 && (indicator == null || indicator.valueType != cn.guihua.plan.indicator.ValueType.QUANTITY)) {
            throw ProblemException.invalid(field, "plan.document.not-negative");
        }
        if (indicator != null && indicator.valueType == cn.guihua.plan.indicator.ValueType.PERCENTAGE
                && t.comparator != Comparator.DECREASE_PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ProblemException.invalid(field, "plan.document.percentage");
        }
    }

    private void record(PlanTarget t, TargetChange.Field field, Map<String, Object> before, Map<String, Object> after,
            String reason, String action) {
        TargetChange change = new TargetChange();
        change.targetId = t.id;
        change.planCode = t.plan.code;
        change.revision = t.plan.revision;
        change.field = field;
        change.oldValue = write(before);
        change.newValue = write(after);
        change.reason = reason.strip();
        change.actor = caller.subject();
        change.changedAt = OffsetDateTime.now();
        change.persist();
        t.plan.updatedAt = change.changedAt;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("planCode", t.plan.code);
        details.put("revision", t.plan.revision);
        details.put("before", before);
        details.put("after", after);
        details.put("reason", change.reason);
        audit.record(action, "PlanTarget", t.id, details);
        PlanTarget.getEntityManager().flush();
    }

    private String write(Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> tolerance(PlanTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tolerance", t.tolerance);
        m.put("toleranceSource", t.toleranceSource);
        return m;
    }

    static Map<String, Object> value(PlanTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", t.value);
        m.put("valueHigh", t.valueHigh);
        return m;
    }

    static Map<String, Object> baseline(PlanTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", t.baselineYear);
        m.put("value", t.baselineValue);
        m.put("source", t.baselineSource);
        m.put("note", t.baselineNote);
        return m;
    }

    /**
     * A new revision imported over a plan keeps what a planner set on the previous current revision where the new
     * document leaves it open: a planner's tolerance, the value of a to-be-set target, a base a planner set. Targets
     * are matched by indicator, seed line, year, comparator and scope. Returns what was carried, for the audit entry.
     */
    static List<String> carryOver(List<PlanTarget> previous, List<PlanTarget> next) {
        Map<String, PlanTarget> byKey = new HashMap<>();
        for (PlanTarget p : previous) {
            byKey.putIfAbsent(key(p), p);
        }
        List<String> carried = new ArrayList<>();
        for (PlanTarget t : next) {
            PlanTarget p = byKey.get(key(t));
            if (p == null) {
                continue;
            }
            if (p.toleranceSource == ToleranceSource.PLANNER && t.toleranceSource != ToleranceSource.PLANNER) {
                t.tolerance = p.tolerance;
                t.toleranceSource = ToleranceSource.PLANNER;
                carried.add(key(t) + " tolerance");
            }
            if (p.valueToBeSet && p.value != null && t.valueToBeSet && t.value == null) {
                t.value = p.value;
                t.valueHigh = p.valueHigh;
                carried.add(key(t) + " value");
            }
            boolean plannerBase = p.baselineYear != null && (p.baselineSource == BaselineSource.PLANNER
                    || p.baseYearToBeSet && p.baselineSource == BaselineSource.MONITORED);
            boolean open = t.baselineSource == null || t.baselineSource == BaselineSource.TO_BE_SET
                    || t.baselineSource == BaselineSource.MONITORED && t.baselineValue == null
                            && Objects.equals(t.baselineYear, p.baselineYear);
            if (plannerBase && open && (p.baselineSource == BaselineSource.PLANNER || t.baselineYear == null)) {
                t.baselineYear = p.baselineYear;
                t.baselineValue = p.baselineValue;
                t.baselineComparator = p.baselineComparator;
                t.baselineSource = p.baselineSource;
                t.baselineNote = p.baselineNote;
                carried.add(key(t) + " baseline");
            }
        }
        return carried;
    }

    private static String key(PlanTarget t) {
        return t.indicatorCode + "@" + t.sourceRef + "/" + t.targetYear + "/" + t.comparator + "/" + t.scope;
    }
}
