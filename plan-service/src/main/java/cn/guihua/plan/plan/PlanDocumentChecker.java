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
import cn.guihua.plan.problem.FieldError;
import cn.guihua.plan.security.JurisdictionCodes;

/**
 * Checks a plan document as JSON, before anything is written, and reports every problem with its JSON path
 * ({@code areas[2].goals[0].targets[1].comparator}) rather than stopping at the first.
 */
final class PlanDocumentChecker {

    private static final String SOURCE_REF = "^\\d{3}:\\d+(-\\d+)?$";
    private static final Set<String> PLAN_FIELDS = Set.of("code", "title", "kind", "jurisdiction", "documentNumber",
            "issuer", "issueDate", "periodStart", "periodEnd", "status", "interpretingBody", "sourceRef", "areas");
    private static final Set<String> AREA_FIELDS = Set.of("sequence", "name", "sourceRef", "goals", "measures");
    private static final Set<String> GOAL_FIELDS = Set.of("sequence", "text", "classification", "leadUnits",
            "responsibleUnits", "sourceRef", "targets");
    private static final Set<String> MEASURE_FIELDS = Set.of("sequence", "text", "responsibleUnits", "sourceRef", "targets");
    private static final Set<String> TARGET_FIELDS = Set.of("indicatorCode", "comparator", "value", "valueHigh",
            "direction", "unit", "targetYear", "baseline", "nature", "scope", "sourcePhrase", "sourceRef");
    private static final Set<String> BASELINE_FIELDS = Set.of("value", "year", "comparator");

    private final Predicate<String> jurisdictionExists;
    private final Function<String, ValueType> indicatorType;
    private final List<FieldError> errors = new ArrayList<>();

    /** @param indicatorType the value type of a catalogue indicator, null when the code is unknown */
    PlanDocumentChecker(Predicate<String> jurisdictionExists, Function<String, ValueType> indicatorType) {
        this.jurisdictionExists = jurisdictionExists;
        this.indicatorType = indicatorType;
    }

    List<FieldError> check(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            errors.add(new FieldError("", "须为 JSON 对象 / must be a JSON object"));
            return errors;
        }
        unknownFields(doc, "", PLAN_FIELDS);
        String code = text(doc, "code", "", true);
        text(doc, "title", "", true);
        PlanKind kind = enumOf(doc, "kind", "", PlanKind.class, true);
        String jurisdiction = text(doc, "jurisdiction", "", true);
        if (jurisdiction != null) {
            if (!JurisdictionCodes.isValid(jurisdiction)) {
                error("jurisdiction", "须为 6、9 或 12 位行政区划代码 / must be a 6, 9 or 12 digit division code");
            } else if (!jurisdictionExists.test(jurisdiction)) {
                error("jurisdiction", "行政区划 " + jurisdiction + " 不存在 / unknown jurisdiction");
            }
        }
        text(doc, "documentNumber", "", false);
        text(doc, "issuer", "", false);
        date(doc, "issueDate", "");
        Integer start = year(doc, "periodStart", "", true);
        Integer end = year(doc, "periodEnd", "", true);
        if (start != null && end != null && end < start) {
            error("periodEnd", "不得早于 periodStart / must not be before periodStart");
        }
        enumOf(doc, "status", "", PlanStatus.class, false);
        text(doc, "interpretingBody", "", false);
        sourceRef(doc, "");
        if (code != null && kind != null && jurisdiction != null && start != null) {
            String expected = jurisdiction + "-" + kind.codePart() + "-" + start;
            if (!code.equals(expected)) {
                error("code", "须为 " + expected + "（辖区-种类-起始年）/ must be " + expected + " (jurisdiction-kind-periodStart)");
            }
        }
        JsonNode areas = array(doc, "areas", "", false);
        if (areas != null) {
            Set<Integer> sequences = new HashSet<>();
            for (int a = 0; a < areas.size(); a++) {
                area(areas.get(a), "areas[" + a + "]", sequences, start, end);
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
            error(join(path, "classification"), "NUMERIC 目标须至少有一个带数值的指标 / a NUMERIC goal needs a target with a value");
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
                    error(join(tp, "indicatorCode"), "指标 " + indicator + " 不在指标目录中 / unknown indicator " + indicator);
                }
            }
            Comparator comparator = enumOf(target, "comparator", tp, Comparator.class, true);
            BigDecimal value = decimal(target, "value", tp);
            BigDecimal high = decimal(target, "valueHigh", tp);
            Direction direction = enumOf(target, "direction", tp, Direction.class, false);
            text(target, "unit", tp, false);
            Integer year = year(target, "targetYear", tp, false);
            if (year != null && start != null && end != null && (year < start || year > end + 10)) {
                error(join(tp, "targetYear"), "须在规划期内 / must lie in the plan's period");
            }
            enumOf(target, "nature", tp, Nature.class, false);
            enumOf(target, "scope", tp, TargetScope.class, false);
            text(target, "sourcePhrase", tp, false);
            sourceRef(target, tp);
            baseline(target, tp);
            if (value != null) {
                numeric++;
            }
            if (comparator == null) {
                continue;
            }
            if (comparator.needsValue() && value == null && !target.hasNonNull("value")) {
                error(join(tp, "value"), comparator + " 须有数值 / " + comparator + " needs a value");
            }
            if (comparator == Comparator.RANGE) {
                if (high == null && !target.hasNonNull("valueHigh")) {
                    error(join(tp, "valueHigh"), "RANGE 须有上限 / RANGE needs valueHigh");
                } else if (high != null && value != null && high.compareTo(value) < 0) {
                    error(join(tp, "valueHigh"), "不得小于 value / must not be below value");
                }
            } else if (target.hasNonNull("valueHigh")) {
                error(join(tp, "valueHigh"), "仅用于 RANGE / only for RANGE");
            }
            if (comparator == Comparator.DIRECTION && direction == null && !target.hasNonNull("direction")) {
                error(join(tp, "direction"), "DIRECTION 须有方向 / DIRECTION needs a direction");
            }
            if (comparator == Comparator.FULL_COVERAGE && value != null && value.compareTo(BigDecimal.valueOf(100)) != 0) {
                error(join(tp, "value"), "FULL_COVERAGE 的数值只能是 100 / FULL_COVERAGE means 100");
            }
            if (value != null && comparator.isLevel() && type != null && type != ValueType.QUANTITY) {
                if (value.signum() < 0 || type == ValueType.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                    error(join(tp, "value"), type == ValueType.PERCENTAGE ? "百分比须在 0 到 100 之间 / a percentage lies in 0..100"
                            : "不得为负 / must not be negative");
                }
            }
        }
        return numeric;
    }

    private void baseline(JsonNode target, String path) {
        JsonNode baseline = target.get("baseline");
        if (baseline == null || baseline.isNull()) {
            return;
        }
        String bp = join(path, "baseline");
        if (!object(baseline, bp)) {
            return;
        }
        unknownFields(baseline, bp, BASELINE_FIELDS);
        // a base year without a value is allowed: 以2020年为基数下降20% names the year, the monitoring gives the value
        decimal(baseline, "value", bp);
        year(baseline, "year", bp, true);
        enumOf(baseline, "comparator", bp, Comparator.class, false);
    }

    private void sequence(JsonNode node, String path, Set<Integer> seen) {
        JsonNode s = node.get("sequence");
        if (s == null || s.isNull()) {
            error(join(path, "sequence"), "不能为空 / is required");
        } else if (!s.isIntegralNumber() || s.asInt() < 1) {
            error(join(path, "sequence"), "须为正整数 / must be a positive integer");
        } else if (!seen.add(s.asInt())) {
            error(join(path, "sequence"), "序号 " + s.asInt() + " 重复 / duplicate sequence " + s.asInt());
        }
    }

    private void units(JsonNode node, String field, String path) {
        JsonNode units = array(node, field, path, false);
        if (units == null) {
            return;
        }
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).isTextual() || units.get(i).asText().isBlank()) {
                error(join(path, field) + "[" + i + "]", "须为非空字符串 / must be a non-blank string");
            }
        }
    }

    private void sourceRef(JsonNode node, String path) {
        String ref = text(node, "sourceRef", path, false);
        if (ref != null && !ref.matches(SOURCE_REF)) {
            error(join(path, "sourceRef"), "须为 FFF:LINE 格式，如 000:641 / must look like 000:641");
        }
    }

    private String text(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                error(join(path, field), "不能为空 / is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            error(join(path, field), "须为字符串 / must be a string");
            return null;
        }
        if (required && v.asText().isBlank()) {
            error(join(path, field), "不能为空 / must not be blank");
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
            error(join(path, field), "取值须为 " + String.join("|", allowed) + " / must be one of " + String.join("|", allowed));
            return null;
        }
    }

    private Integer year(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                error(join(path, field), "不能为空 / is required");
            }
            return null;
        }
        if (!v.isIntegralNumber() || v.asInt() < 1949 || v.asInt() > 2100) {
            error(join(path, field), "须为 1949 到 2100 之间的年份 / must be a year between 1949 and 2100");
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
            error(join(path, field), "须为数字 / must be a number");
            return null;
        }
        return v.decimalValue();
    }

    private void date(JsonNode node, String field, String path) {
        String value = text(node, field, path, false);
        if (value != null) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(join(path, field), "须为 ISO 日期，如 2022-11-22 / must be an ISO date such as 2022-11-22");
            }
        }
    }

    private JsonNode array(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                error(join(path, field), "不能为空 / is required");
            }
            return null;
        }
        if (!v.isArray()) {
            error(join(path, field), "须为数组 / must be an array");
            return null;
        }
        return v;
    }

    private boolean object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            error(path, "须为 JSON 对象 / must be a JSON object");
            return false;
        }
        return true;
    }

    private void unknownFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                error(join(path, name), "未知字段 / unknown field");
            }
        }
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
