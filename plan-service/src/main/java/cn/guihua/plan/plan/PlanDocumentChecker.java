package cn.guihua.plan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.plan.indicator.ValueType;
import cn.guihua.platform.json.InputGuards;
import cn.guihua.platform.json.Limits;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.JurisdictionCodes;

/**
 * Checks a plan document as JSON, before anything is written, and reports every problem with its JSON path
 * ({@code areas[2].goals[0].targets[1].comparator}) rather than stopping at the first. Each message is a catalogue
 * key ({@code plan.document.*}), given in the caller's language when the answer is written. The checks also hold what
 * the platform's JSON readers would refuse later (a control character, a date outside 1900-2199, an oversized
 * number), so a checked document always maps and stores.
 */
final class PlanDocumentChecker {

    private static final String SOURCE_REF = "^\\d{3}:\\d+(-\\d+)?$";
    private static final Set<String> PLAN_FIELDS = Set.of("code", "title", "kind", "jurisdiction", "documentNumber",
            "issuer", "issueDate", "periodStart", "periodEnd", "status", "interpretingBody", "sourceRef", "areas",
            "evaluations");
    private static final Set<String> EVALUATION_FIELDS = Set.of("kind", "dueDate", "sourceRef");
    private static final Set<String> AREA_FIELDS = Set.of("sequence", "name", "sourceRef", "goals", "measures");
    private static final Set<String> GOAL_FIELDS = Set.of("sequence", "text", "classification", "leadUnits",
            "responsibleUnits", "sourceRef", "targets");
    private static final Set<String> MEASURE_FIELDS = Set.of("sequence", "text", "responsibleUnits", "sourceRef", "targets");
    private static final Set<String> TARGET_FIELDS = Set.of("indicatorCode", "comparator", "value", "valueHigh",
            "direction", "unit", "targetYear", "baseline", "nature", "scope", "sourcePhrase", "sourceRef", "tolerance",
            "toleranceSource", "phrasing", "valueToBeSet", "valueSetBy", "baseYearToBeSet", "suggestedBaseYear",
            "milestone", "milestoneDate", "referenceIndicatorCode", "unchangedMeets");
    private static final Set<String> BASELINE_FIELDS = Set.of("value", "year", "comparator", "source", "sourceRef",
            "asOf", "note");

    private final Predicate<String> jurisdictionExists;
    private final Function<String, ValueType> indicatorType;
    private final List<Violation> errors = new ArrayList<>();

    /** @param indicatorType the value type of a catalogue indicator, null when the code is unknown */
    PlanDocumentChecker(Predicate<String> jurisdictionExists, Function<String, ValueType> indicatorType) {
        this.jurisdictionExists = jurisdictionExists;
        this.indicatorType = indicatorType;
    }

    List<Violation> check(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            error("", "plan.document.object");
            return errors;
        }
        unknownFields(doc, "", PLAN_FIELDS);
        String code = text(doc, "code", "", true);
        text(doc, "title", "", true);
        PlanKind kind = enumOf(doc, "kind", "", PlanKind.class, true);
        String jurisdiction = text(doc, "jurisdiction", "", true);
        if (jurisdiction != null) {
            if (!JurisdictionCodes.isValid(jurisdiction)) {
                error("jurisdiction", "plan.document.jurisdiction-code");
            } else if (!jurisdictionExists.test(jurisdiction)) {
                error("jurisdiction", "plan.document.jurisdiction-unknown", jurisdiction);
            }
        }
        text(doc, "documentNumber", "", false);
        text(doc, "issuer", "", false);
        date(doc, "issueDate", "");
        Integer start = year(doc, "periodStart", "", true);
        Integer end = year(doc, "periodEnd", "", true);
        if (start != null && end != null && end < start) {
            error("periodEnd", "plan.document.period-order");
        }
        enumOf(doc, "status", "", PlanStatus.class, false);
        text(doc, "interpretingBody", "", false);
        sourceRef(doc, "");
        if (code != null && kind != null && jurisdiction != null && start != null) {
            String expected = jurisdiction + "-" + kind.codePart() + "-" + start;
            if (!code.equals(expected)) {
                error("code", "plan.document.code", expected);
            }
        }
        JsonNode areas = array(doc, "areas", "", false);
        if (areas != null) {
            Set<Integer> sequences = new HashSet<>();
            for (int a = 0; a < areas.size(); a++) {
                area(areas.get(a), "areas[" + a + "]", sequences, start, end);
            }
        }
        JsonNode evaluations = array(doc, "evaluations", "", false);
        if (evaluations != null) {
            for (int e = 0; e < evaluations.size(); e++) {
                String ep = "evaluations[" + e + "]";
                JsonNode evaluation = evaluations.get(e);
                if (object(evaluation, ep)) {
                    unknownFields(evaluation, ep, EVALUATION_FIELDS);
                    enumOf(evaluation, "kind", ep, EvaluationKind.class, true);
                    if (date(evaluation, "dueDate", ep) == null && !evaluation.hasNonNull("dueDate")) {
                        error(join(ep, "dueDate"), "plan.document.required");
                    }
                    sourceRef(evaluation, ep);
                }
            }
        }
        return errors;
    }

    private void area(JsonNode area, String path, Set<Integer> sequences, Integer start, Integer end) {
        if (!object(area, path)) {
            return;
        }
        unknownFields(area, path, AREA_FIELDS);
        sequence(area, path, sequences);
        text(area, "name", path, true);
        sourceRef(area, path);
        JsonNode goals = array(area, "goals", path, false);
        if (goals != null) {
            Set<Integer> goalSequences = new HashSet<>();
            for (int g = 0; g < goals.size(); g++) {
                goal(goals.get(g), path + ".goals[" + g + "]", goalSequences, start, end);
            }
        }
        JsonNode measures = array(area, "measures", path, false);
        if (measures != null) {
            Set<Integer> measureSequences = new HashSet<>();
            for (int m = 0; m < measures.size(); m++) {
                String mp = path + ".measures[" + m + "]";
                JsonNode measure = measures.get(m);
                if (!object(measure, mp)) {
                    continue;
                }
                unknownFields(measure, mp, MEASURE_FIELDS);
                sequence(measure, mp, measureSequences);
                text(measure, "text", mp, true);
                units(measure, "responsibleUnits", mp);
                sourceRef(measure, mp);
                targets(measure, mp, start, end);
            }
        }
    }

    private void goal(JsonNode goal, String path, Set<Integer> sequences, Integer start, Integer end) {
        if (!object(goal, path)) {
            return;
        }
        unknownFields(goal, path, GOAL_FIELDS);
        sequence(goal, path, sequences);
        text(goal, "text", path, true);
        GoalClassification classification = enumOf(goal, "classification", path, GoalClassification.class, true);
        units(goal, "leadUnits", path);
        units(goal, "responsibleUnits", path);
        sourceRef(goal, path);
        int numeric = targets(goal, path, start, end);
        if (classification == GoalClassification.NUMERIC && numeric == 0) {
            error(join(path, "classification"), "plan.document.numeric-goal");
        }
    }

    /** Checks the node's targets; returns how many state a number. */
    private int targets(JsonNode owner, String path, Integer start, Integer end) {
        JsonNode targets = array(owner, "targets", path, false);
        int numeric = 0;
        if (targets == null) {
            return 0;
        }
        for (int t = 0; t < targets.size(); t++) {
            String tp = path + ".targets[" + t + "]";
            JsonNode target = targets.get(t);
            if (!object(target, tp)) {
                continue;
            }
            unknownFields(target, tp, TARGET_FIELDS);
            String indicator = text(target, "indicatorCode", tp, true);
            ValueType type = null;
            if (indicator != null) {
                type = indicatorType.apply(indicator);
                if (type == null) {
                    error(join(tp, "indicatorCode"), "plan.document.indicator-unknown", indicator);
                }
            }
            Comparator comparator = enumOf(target, "comparator", tp, Comparator.class, true);
            BigDecimal value = decimal(target, "value", tp);
            BigDecimal high = decimal(target, "valueHigh", tp);
            Direction direction = enumOf(target, "direction", tp, Direction.class, false);
            text(target, "unit", tp, false);
            Integer year = year(target, "targetYear", tp, false);
            if (year != null && start != null && end != null && (year < start || year > end + 10)) {
                error(join(tp, "targetYear"), "plan.document.target-year");
            }
            enumOf(target, "nature", tp, Nature.class, false);
            enumOf(target, "scope", tp, TargetScope.class, false);
            text(target, "sourcePhrase", tp, false);
            sourceRef(target, tp);
            BigDecimal tolerance = decimal(target, "tolerance", tp);
            if (tolerance != null && tolerance.signum() < 0) {
                error(join(tp, "tolerance"), "plan.document.not-negative");
            }
            ToleranceSource toleranceSource = enumOf(target, "toleranceSource", tp, ToleranceSource.class, false);
            if (toleranceSource != null && !target.hasNonNull("tolerance")) {
                error(join(tp, "toleranceSource"), "plan.document.tolerance-source");
            }
            text(target, "phrasing", tp, false);
            boolean toBeSet = bool(target, "valueToBeSet", tp);
            text(target, "valueSetBy", tp, false);
            boolean baseYearToBeSet = bool(target, "baseYearToBeSet", tp);
            year(target, "suggestedBaseYear", tp, false);
            boolean milestone = bool(target, "milestone", tp);
            LocalDate milestoneDate = date(target, "milestoneDate", tp);
            Integer dueYear = year != null ? year : end;
            if (milestoneDate != null && dueYear != null && milestoneDate.getYear() != dueYear) {
                error(join(tp, "milestoneDate"), "plan.document.milestone-date");
            }
            int targetYear = year != null ? year : end != null ? end : 0;
            if (milestone && end != null && targetYear >= end
                    && (milestoneDate == null || !milestoneDate.isBefore(LocalDate.of(end, 12, 31)))) {
                error(join(tp, "milestone"), "plan.document.milestone-before-end");
            }
            String reference = text(target, "referenceIndicatorCode", tp, false);
            if (reference != null && indicatorType.apply(reference) == null) {
                error(join(tp, "referenceIndicatorCode"), "plan.document.indicator-unknown", reference);
            }
            boolean unchangedMeets = bool(target, "unchangedMeets", tp);
            BaselineSource baseSource = baseline(target, tp, baseYearToBeSet);
            if (target.hasNonNull("value")) {
                // a value that is wrong is reported on the value, not again as a goal without one
                numeric++;
            }
            if (comparator == null) {
                continue;
            }
            if (comparator.needsValue() && value == null && !target.hasNonNull("value") && !toBeSet && reference == null) {
                error(join(tp, "value"), "plan.document.value-required", comparator.name());
            }
            if (unchangedMeets && comparator != Comparator.DIRECTION) {
                error(join(tp, "unchangedMeets"), "plan.document.direction-only");
            }
            if (baseYearToBeSet && comparator != Comparator.DECREASE_PERCENT) {
                error(join(tp, "baseYearToBeSet"), "plan.document.decrease-only");
            }
            if (comparator == Comparator.DECREASE_PERCENT && baseSource == null && !baseYearToBeSet) {
                // 以2020年为基数: a decrease needs its base year, or says that a planner sets it
                error(join(tp, "baseline"), "plan.document.decrease-base");
            }
            if (comparator == Comparator.RANGE) {
                if (high == null && !target.hasNonNull("valueHigh")) {
                    error(join(tp, "valueHigh"), "plan.document.range-high");
                } else if (high != null && value != null && high.compareTo(value) < 0) {
                    error(join(tp, "valueHigh"), "plan.document.range-order");
                }
            } else if (target.hasNonNull("valueHigh")) {
                error(join(tp, "valueHigh"), "plan.document.range-only");
            }
            if (comparator == Comparator.DIRECTION && direction == null && !target.hasNonNull("direction")) {
                error(join(tp, "direction"), "plan.document.direction");
            }
            if (comparator == Comparator.FULL_COVERAGE && value != null && value.compareTo(BigDecimal.valueOf(100)) != 0) {
                error(join(tp, "value"), "plan.document.full-coverage");
            }
            if (value != null && comparator.isLevel() && type != null && type != ValueType.QUANTITY) {
                if (value.signum() < 0 || type == ValueType.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                    error(join(tp, "value"), type == ValueType.PERCENTAGE ? "plan.document.percentage"
                            : "plan.document.not-negative");
                }
            }
        }
        return numeric;
    }

    /** Checks the target's baseline; returns its source (defaulted as the importer does), null when there is none. */
    private BaselineSource baseline(JsonNode target, String path, boolean baseYearToBeSet) {
        JsonNode baseline = target.get("baseline");
        if (baseline == null || baseline.isNull()) {
            return null;
        }
        String bp = join(path, "baseline");
        if (!object(baseline, bp)) {
            return null;
        }
        unknownFields(baseline, bp, BASELINE_FIELDS);
        // a base year without a value is allowed: 以2020年为基数下降20% names the year, the monitoring gives the value
        BigDecimal value = decimal(baseline, "value", bp);
        Integer year = year(baseline, "year", bp, false);
        enumOf(baseline, "comparator", bp, Comparator.class, false);
        BaselineSource source = enumOf(baseline, "source", bp, BaselineSource.class, false);
        sourceRef(baseline, bp);
        date(baseline, "asOf", bp);
        String note = text(baseline, "note", bp, false);
        boolean hasValue = value != null || baseline.hasNonNull("value");
        boolean hasYear = year != null || baseline.hasNonNull("year");
        BaselineSource effective = source != null ? source : PlanImporter.baselineSource(hasValue, hasYear);
        if (!hasYear && effective != BaselineSource.TO_BE_SET) {
            error(join(bp, "year"), "plan.document.required");
        }
        if (effective == BaselineSource.TO_BE_SET && (hasYear || hasValue) || effective == BaselineSource.MONITORED && hasValue) {
            error(join(bp, "source"), "plan.document.baseline-source", effective.name());
        }
        if ((effective == BaselineSource.DOCUMENT || effective == BaselineSource.PLANNER) && !hasValue) {
            error(join(bp, "value"), "plan.document.baseline-value", effective.name());
        }
        if (effective == BaselineSource.PLANNER && (note == null || note.isBlank())) {
            error(join(bp, "note"), "plan.document.baseline-note");
        }
        if (effective == BaselineSource.TO_BE_SET && !baseYearToBeSet && target.path("comparator").asText().equals("DECREASE_PERCENT")) {
            error(join(path, "baseYearToBeSet"), "plan.document.base-year-to-be-set");
        }
        return effective;
    }

    private boolean bool(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            error(join(path, field), "plan.document.boolean");
            return false;
        }
        return v.booleanValue();
    }

    private void sequence(JsonNode node, String path, Set<Integer> seen) {
        JsonNode s = node.get("sequence");
        if (s == null || s.isNull()) {
            error(join(path, "sequence"), "plan.document.required");
        } else if (!s.isIntegralNumber() || !s.canConvertToInt() || s.asInt() < 1) {
            error(join(path, "sequence"), "plan.document.sequence-positive");
        } else if (!seen.add(s.asInt())) {
            error(join(path, "sequence"), "plan.document.sequence-duplicate", s.asInt());
        }
    }

    private void units(JsonNode node, String field, String path) {
        JsonNode units = array(node, field, path, false);
        if (units == null) {
            return;
        }
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).isTextual() || units.get(i).asText().isBlank()) {
                error(join(path, field) + "[" + i + "]", "plan.document.non-blank-string");
            } else if (InputGuards.hasControlCharacter(units.get(i).asText())) {
                error(join(path, field) + "[" + i + "]", "problem.field.control-character");
            }
        }
    }

    private void sourceRef(JsonNode node, String path) {
        String ref = text(node, "sourceRef", path, false);
        if (ref != null && !ref.matches(SOURCE_REF)) {
            error(join(path, "sourceRef"), "plan.document.source-ref");
        }
    }

    private String text(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                error(join(path, field), "plan.document.required");
            }
            return null;
        }
        if (!v.isTextual()) {
            error(join(path, field), "plan.document.string");
            return null;
        }
        if (required && v.asText().isBlank()) {
            error(join(path, field), "plan.document.blank");
            return null;
        }
        if (InputGuards.hasControlCharacter(v.asText())) {
            error(join(path, field), "problem.field.control-character");
            return null;
        }
        return v.asText();
    }

    private <E extends Enum<E>> E enumOf(JsonNode node, String field, String path, Class<E> type, boolean required) {
        String value = text(node, field, path, required);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name());
            }
            error(join(path, field), "plan.document.one-of", String.join("|", allowed));
            return null;
        }
    }

    private Integer year(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                error(join(path, field), "plan.document.required");
            }
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1949 || v.asInt() > 2100) {
            error(join(path, field), "plan.document.year");
            return null;
        }
        return v.asInt();
    }

    private BigDecimal decimal(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            error(join(path, field), "plan.document.number");
            return null;
        }
        // 1e400 reads as an infinite double, which has no decimal value
        BigDecimal value = v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue()) ? null : v.decimalValue();
        if (value == null || !Limits.fits(value)) {
            error(join(path, field), "problem.field.number-size", Limits.MAX_INTEGER_DIGITS, Limits.MAX_SCALE);
            return null;
        }
        return value;
    }

    private LocalDate date(JsonNode node, String field, String path) {
        String value = text(node, field, path, false);
        if (value != null) {
            try {
                LocalDate date = LocalDate.parse(value);
                if (!Limits.yearFits(date.getYear())) {
                    error(join(path, field), "problem.field.year-range", Limits.MIN_YEAR, Limits.MAX_YEAR);
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                error(join(path, field), "plan.document.date");
            }
        }
        return null;
    }

    private JsonNode array(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                error(join(path, field), "plan.document.required");
            }
            return null;
        }
        if (!v.isArray()) {
            error(join(path, field), "plan.document.array");
            return null;
        }
        return v;
    }

    private boolean object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            error(path, "plan.document.object");
            return false;
        }
        return true;
    }

    private void unknownFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                error(join(path, name), "plan.document.unknown-field");
            }
        }
    }

    private void error(String field, String key, Object... args) {
        errors.add(Violation.of(field, key, args));
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
