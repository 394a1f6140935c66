package cn.guihua.indicator.platform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of the phrasing table of docs/indicator-service.md as a target of one test plan ({@value #PLAN}, 槐荫区),
 * each on an indicator of its own, with the values to submit and approve and the verdict each year must give. The
 * targets are what plan-service serves for the catalogue's phrasings (fixes of issue 12): comparator, direction,
 * tolerance and its source, base year and its source, value to be set, milestone. The indicators are tracked from 2021
 * to 2030, so that 2026 and 2027 can show the verdicts above and beside a level in years after the target year 2025;
 * the base year 2020 of the decreases is tracked only because a target names it.
 */
public final class PhrasingCases {

    public static final String PLAN = "370104-women-2021";
    public static final String JURISDICTION = "370104";

    /** A value to submit and approve: year and value, of the case's indicator or of another one. */
    public record Value(String indicator, int year, String value) {
    }

    /** The verdict the plan's evaluation of {@code year} must give the case's target; {@code explains} is in its explanation (English). */
    public record Check(int year, String status, String explains) {
    }

    public record Case(int row, String phrasing, long targetId, String indicator, String valueType, String better,
            Map<String, Object> target, List<Value> values, List<Check> checks) {
    }

    private static final List<Case> CASES = new ArrayList<>();
    private static long nextId = 1000;

    static {
        // 1 保持在X%左右: a two-sided band of ±1 point
        add(1, "保持在X%左右", "PERCENTAGE", "NONE", level("EQUAL", "45", null, null, "1", "PHRASING_DEFAULT"),
                values(2025, "43.9", 2026, "44.3", 2027, "46.5"),
                checks(2025, "NOT_ACHIEVED", "below the band", 2026, "ACHIEVED", "tolerance ±1% (default of the phrasing)",
                        2027, "NOT_ACHIEVED", "above the band"));
        // 2 达到X%左右: one-sided, 1 point below is enough, more is no miss
        add(2, "达到X%左右", "PERCENTAGE", "HIGHER", level("EQUAL", "40", null, "INCREASE", "1", "PHRASING_DEFAULT"),
                values(2025, "38.9", 2026, "39.2", 2027, "47"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", "above it is no miss", 2027, "ACHIEVED", null));
        // 3 保持在X%: the precision it is printed in, 0.5 below
        add(3, "保持在X%", "PERCENTAGE", "HIGHER", level("EQUAL", "98", null, "INCREASE", "0.5", "PHRASING_DEFAULT"),
                values(2025, "97.4", 2026, "97.6", 2027, "99"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "ACHIEVED", null));
        // 4 保持在X%以上: a floor
        add(4, "保持在/稳定在X%以上", "PERCENTAGE", "HIGHER", level("AT_LEAST", "30", null, null, "0", "PHRASING_DEFAULT"),
                values(2025, "29.9", 2026, "30", 2027, "35"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "ACHIEVED", null));
        // 5 达到X%: 95.3 meets 达到95% (002:4402)
        add(5, "达到X%", "PERCENTAGE", "HIGHER", level("EQUAL", "95", null, "INCREASE", "0", "PHRASING_DEFAULT"),
                values(2025, "94.9", 2026, "95", 2027, "95.3"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "ACHIEVED", null));
        // 6 达到X%以上
        add(6, "达到X%以上", "PERCENTAGE", "HIGHER", level("AT_LEAST", "85", null, null, null, null),
                values(2025, "84", 2026, "85", 2027, "90"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "ACHIEVED", null));
        // 7 总体为X%: 99 meets it
        add(7, "总体为X%", "PERCENTAGE", "HIGHER", level("EQUAL", "95", null, "INCREASE", "0", "PHRASING_DEFAULT"),
                values(2025, "94", 2026, "95", 2027, "99"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "ACHIEVED", null));
        // 8 为X% (100)
        add(8, "为/实现100%", "PERCENTAGE", "HIGHER", level("EQUAL", "100", null, "INCREASE", "0", "PHRASING_DEFAULT"),
                values(2025, "99", 2026, "100"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null));
        // 9 不低于X
        add(9, "不低于X", "PERCENTAGE", "HIGHER", level("AT_LEAST", "90", null, null, null, null),
                values(2025, "89", 2026, "90", 2027, "95"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "ACHIEVED", null));
        // 10 不少于N
        add(10, "不少于N", "COUNT", "HIGHER", level("AT_LEAST", "3", null, null, null, null),
                values(2025, "2", 2026, "3", 2027, "4"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "ACHIEVED", null));
        // 11 一半以上: 以上 includes the number
        add(11, "一半以上", "PERCENTAGE", "HIGHER", level("AT_LEAST", "50", null, null, "0", "PHRASING_DEFAULT"),
                values(2025, "49", 2026, "50", 2027, "60"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "ACHIEVED", null));
        // 12 超过X: strictly more
        add(12, "超过X", "PERCENTAGE", "HIGHER", level("ABOVE", "90", null, null, null, null),
                values(2025, "90", 2026, "90.1"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null));
        // 13 控制在X以下: 以下 includes X
        add(13, "控制在X以下", "RATE", "LOWER", level("AT_MOST", "3", null, null, null, null),
                values(2025, "2.5", 2026, "3", 2027, "3.1"),
                checks(2025, "ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "NOT_ACHIEVED", null));
        // 14 不超过X
        add(14, "控制在X/不超过X", "COUNT", "LOWER", level("AT_MOST", "3", null, null, null, null),
                values(2025, "2", 2026, "3", 2027, "4"),
                checks(2025, "ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "NOT_ACHIEVED", null));
        // 15 低于X: strictly less
        add(15, "低于X", "RATE", "LOWER", level("BELOW", "5", null, null, null, null),
                values(2025, "4.9", 2026, "5"),
                checks(2025, "ACHIEVED", null, 2026, "NOT_ACHIEVED", null));
        // 16 以2020年为基数下降20%: the monitored 2020 value (submitted and reviewed like any other) is the base
        add(16, "以X年为基数下降Y%", "RATE", "LOWER", decrease("20", 2020, null, "MONITORED", null),
                values(2020, "10", 2025, "8", 2026, "8.5"),
                checks(2025, "ACHIEVED", "approved monitoring value", 2026, "NOT_ACHIEVED", "at most 8"));
        // 16, the base value given by the plan, used when the base year has no monitored value
        add(16, "以X年为基数下降Y%（规划给出基数值）", "RATE", "LOWER", decrease("20", 2020, "10", "PLANNER", null),
                values(2025, "7.9", 2026, "8.2"),
                checks(2025, "ACHIEVED", "the one a planner entered", 2026, "NOT_ACHIEVED", null));
        // 17 较2020年下降6%左右: 1 point of the decrease
        add(17, "较X年下降Y%左右", "QUANTITY", "LOWER", decrease("6", 2020, null, "MONITORED", "1"),
                values(2020, "100", 2025, "95", 2026, "95.5"),
                checks(2025, "ACHIEVED", "tolerance of 1 points of the decrease", 2026, "NOT_ACHIEVED", null));
        // 18 下降Y% without a base: the base year is a planner's to set
        Map<String, Object> noBase = decrease("10", null, null, "TO_BE_SET", null);
        noBase.put("baseYearToBeSet", true);
        noBase.put("suggestedBaseYear", 2020);
        noBase.put("awaitingValue", true);
        add(18, "下降Y%（未写基数）", "COUNT", "LOWER", noBase, values(2025, "5"),
                checks(2025, "AWAITING_VALUE", "suggested: 2020"));
        // 19 平均每年降低1个百分点以上
        add(19, "平均每年降低N个百分点以上", "PERCENTAGE", "LOWER", level("CHANGE_PP_PER_YEAR", "-1", null, null, null, null),
                values(2024, "52", 2025, "50.8", 2026, "50.5", 2027, "51"),
                checks(2025, "ACHIEVED", null, 2026, "AT_RISK", null, 2027, "NOT_ACHIEVED", null));
        // 20 2-3家: judged by the indicator's direction, above the range is no miss
        add(20, "x-y 家/所", "COUNT", "HIGHER", level("RANGE", "2", "3", null, null, null),
                values(2025, "1", 2026, "2", 2027, "5"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null, 2027, "ACHIEVED", "above it is no miss"));
        // 21 全覆盖
        add(21, "全覆盖", "PERCENTAGE", "HIGHER", level("FULL_COVERAGE", "100", null, null, null, null),
                values(2025, "99", 2026, "100"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null));
        // 22 达到100%
        add(22, "达到/实现100%", "PERCENTAGE", "HIGHER", level("AT_LEAST", "100", null, null, null, null),
                values(2025, "99.9", 2026, "100"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null));
        // 23 基本完成: 5 points left are allowed
        add(23, "基本完成", "PERCENTAGE", "HIGHER", level("FULL_COVERAGE", "100", null, null, "5", "PHRASING_DEFAULT"),
                values(2025, "94.9", 2026, "95", 2027, "100"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", "tolerance ±5%", 2027, "ACHIEVED", null));
        // 24 逐步提高
        add(24, "逐步提高", "PERCENTAGE", "HIGHER", level("DIRECTION", null, null, "INCREASE", null, null),
                values(2024, "30", 2025, "31", 2026, "31", 2027, "30"),
                checks(2025, "ACHIEVED", null, 2026, "AT_RISK", null, 2027, "NOT_ACHIEVED", null));
        // 25 稳步提高: the same rule
        add(25, "稳步提高", "QUANTITY", "HIGHER", level("DIRECTION", null, null, "INCREASE", null, null),
                values(2024, "1000", 2025, "1100"),
                checks(2025, "ACHIEVED", null));
        // 26 下降 / 持续下降
        add(26, "下降/持续下降", "RATE", "LOWER", level("DIRECTION", null, null, "DECREASE", null, null),
                values(2024, "5", 2025, "4", 2026, "4.5"),
                checks(2025, "ACHIEVED", null, 2026, "NOT_ACHIEVED", null));
        // 27 上升趋势减缓: the rise of the year smaller than the year before's
        add(27, "上升趋势减缓", "PERCENTAGE", "LOWER", level("SLOWER_RISE", null, null, "DECREASE", null, null),
                values(2023, "10", 2024, "11", 2025, "11.5", 2026, "12.5", 2027, "12"),
                checks(2024, "NO_DATA", "needs the values", 2025, "ACHIEVED", "the rise slows", 2026, "NOT_ACHIEVED", null,
                        2027, "ACHIEVED", null));
        // 28 只减不增: unchanged meets it
        Map<String, Object> neverUp = level("DIRECTION", null, null, "DECREASE", null, null);
        neverUp.put("unchangedMeets", true);
        add(28, "只减不增", "COUNT", "LOWER", neverUp, values(2024, "3", 2025, "3", 2026, "4"),
                checks(2025, "ACHIEVED", "unchanged also meets it", 2026, "NOT_ACHIEVED", null));
        // 29 杜绝 / 清零
        add(29, "杜绝/清零", "COUNT", "LOWER", level("AT_MOST", "0", null, null, null, null),
                values(2025, "0", 2026, "1"),
                checks(2025, "ACHIEVED", null, 2026, "NOT_ACHIEVED", null));
        // 30 一般不少于本地区女党员占党员总数的比例: the level is the reference indicator's value
        Map<String, Object> relative = level("AT_LEAST", null, null, null, "0", "PHRASING_DEFAULT");
        relative.put("referenceIndicatorCode", "PHRASING_REFERENCE");
        add(30, "一般不少于本地区…的比例（相对目标）", "PERCENTAGE", "HIGHER", relative,
                List.of(new Value("PHRASING_REFERENCE", 2025, "30"), new Value(null, 2025, "29"),
                        new Value("PHRASING_REFERENCE", 2026, "30"), new Value(null, 2026, "31"), new Value(null, 2027, "31")),
                checks(2025, "NOT_ACHIEVED", "PHRASING_REFERENCE", 2026, "ACHIEVED", null, 2027, "NO_DATA", null));
        // 31 达到市定标准: the level a higher level sets, not entered yet
        Map<String, Object> toBeSet = level("AT_LEAST", null, null, null, null, null);
        toBeSet.put("valueToBeSet", true);
        toBeSet.put("valueSetBy", "济南市（市定标准）");
        toBeSet.put("awaitingValue", true);
        add(31, "市定/市下达/上级指标要求", "PERCENTAGE", "HIGHER", toBeSet, values(2025, "80"),
                checks(2025, "AWAITING_VALUE", "济南市（市定标准）"));
        // 32 在…的基础上: the printed starting value is what the direction is judged against
        Map<String, Object> starting = level("DIRECTION", null, null, "INCREASE", null, null);
        starting.put("baselineValue", new BigDecimal("279"));
        starting.put("baselineYear", 2022);
        starting.put("baselineSource", "DOCUMENT");
        add(32, "在…的基础上（起点值）", "COUNT", "HIGHER", starting, values(2025, "300", 2026, "270"),
                checks(2025, "ACHIEVED", "starting value 279", 2026, "NOT_ACHIEVED", null));
        // 33 2022年底前…不低于75%: a milestone, judged in its own year also in later years
        Map<String, Object> milestone = level("AT_LEAST", "75", null, null, null, null);
        milestone.put("targetYear", 2022);
        milestone.put("milestone", true);
        milestone.put("milestoneDate", "2022-12-31");
        add(33, "N年底前（阶段目标）", "PERCENTAGE", "HIGHER", milestone, values(2022, "76", 2025, "60"),
                checks(2022, "ACHIEVED", null, 2025, "ACHIEVED", "intermediate step, judged in its year 2022"));
        // 34 建成1所: at least N
        add(34, "建成/设/完成 N（数量）", "COUNT", "HIGHER", level("EQUAL", "1", null, "INCREASE", "0", "PHRASING_DEFAULT"),
                values(2025, "0", 2026, "2"),
                checks(2025, "NOT_ACHIEVED", null, 2026, "ACHIEVED", null));
        // 35 按…标准的50% (a policy parameter): exactly, two-sided
        add(35, "按…的X%（政策参数）", "PERCENTAGE", "NONE", level("EQUAL", "50", null, null, "0", "PHRASING_DEFAULT"),
                values(2025, "50", 2026, "55"),
                checks(2025, "ACHIEVED", null, 2026, "NOT_ACHIEVED", "above the band"));
    }

    private PhrasingCases() {
    }

    public static List<Case> cases() {
        return List.copyOf(CASES);
    }

    static List<Map<String, Object>> indicators() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Case c : CASES) {
            list.add(tracked(PlanServiceStub.indicator(c.indicator(), "措辞 " + c.row() + " " + c.phrasing(),
                    unit(c.valueType()), c.valueType(), c.better())));
        }
        list.add(tracked(PlanServiceStub.indicator("PHRASING_REFERENCE", "女党员占党员总数的比例（措辞 30 的参照）", "%",
                "PERCENTAGE", "NONE")));
        return list;
    }

    static List<Map<String, Object>> targets() {
        return CASES.stream().map(Case::target).toList();
    }

    private static Map<String, Object> tracked(Map<String, Object> indicator) {
        indicator.put("trackedFrom", 2021);
        indicator.put("trackedTo", 2030);
        return indicator;
    }

    private static String unit(String valueType) {
        return switch (valueType) {
            case "PERCENTAGE" -> "%";
            case "RATE" -> "‰";
            case "COUNT" -> "个";
            default -> "吨";
        };
    }

    private static void add(int row, String phrasing, String valueType, String better, Map<String, Object> fields,
            List<Value> values, List<Check> checks) {
        long id = nextId++;
        String indicator = "PHRASING_" + String.format("%02d", row) + (CASES.stream().anyMatch(c -> c.row() == row) ? "B" : "");
        Map<String, Object> t = PlanServiceStub.target(id, PLAN, "测试：措辞与评价", JURISDICTION, "措辞表", row, indicator,
                (String) fields.get("comparator"), (String) fields.get("value"), (String) fields.get("valueHigh"),
                unit(valueType), null, (String) fields.get("direction"), phrasing, "000:203");
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (!List.of("comparator", "value", "valueHigh", "direction").contains(e.getKey())) {
                t.put(e.getKey(), e.getValue());
            }
        }
        t.put("phrasing", phrasing);
        List<Value> own = values.stream().map(v -> v.indicator() == null ? new Value(indicator, v.year(), v.value()) : v).toList();
        CASES.add(new Case(row, phrasing, id, indicator, valueType, better, t, own, checks));
    }

    private static Map<String, Object> level(String comparator, String value, String high, String direction, String tolerance,
            String toleranceSource) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("comparator", comparator);
        m.put("value", value);
        m.put("valueHigh", high);
        m.put("direction", direction);
        if (tolerance != null) {
            m.put("tolerance", new BigDecimal(tolerance));
            m.put("toleranceSource", toleranceSource);
        }
        return m;
    }

    private static Map<String, Object> decrease(String percent, Integer baseYear, String baseValue, String baseSource,
            String tolerance) {
        Map<String, Object> m = level("DECREASE_PERCENT", percent, null, "DECREASE", tolerance, tolerance == null ? null : "PHRASING_DEFAULT");
        m.put("baselineYear", baseYear);
        m.put("baselineValue", baseValue == null ? null : new BigDecimal(baseValue));
        m.put("baselineSource", baseSource);
        return m;
    }

    /** A value per year, of the case's own indicator: year, value, year, value … */
    private static List<Value> values(Object... yearValue) {
        List<Value> list = new ArrayList<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            list.add(new Value(null, (Integer) yearValue[i], (String) yearValue[i + 1]));
        }
        return list;
    }

    /** year, status, explanation part (or null), … */
    private static List<Check> checks(Object... yearStatusExplains) {
        List<Check> list = new ArrayList<>();
        for (int i = 0; i < yearStatusExplains.length; i += 3) {
            list.add(new Check((Integer) yearStatusExplains[i], (String) yearStatusExplains[i + 1],
                    (String) yearStatusExplains[i + 2]));
        }
        return list;
    }
}
