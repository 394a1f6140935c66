package cn.guihua.indicator.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.indicator.catalogue.TargetDefinition;
import cn.guihua.indicator.catalogue.TargetDefinition.Comparator;
import cn.guihua.indicator.catalogue.TargetDefinition.Direction;
import cn.guihua.platform.i18n.Language;

/** The evaluation rules of docs/indicator-service.md, one kind of target at a time. */
class EvaluatorRulesTest {

    private static final IndicatorDefinition RATE = new IndicatorDefinition("X", "x", "‰", IndicatorDefinition.ValueType.RATE,
            IndicatorDefinition.BetterDirection.LOWER, "‰", 2020, 2025);

    private static TargetDefinition target(Comparator c, String value, Direction direction, String baseline, Integer baselineYear) {
        return TargetDefinition.basic(1L, "370104-children-2021", "t", "370104", "儿童与健康", 1L, 1, "X", c,
                value == null ? null : new BigDecimal(value), null, direction, "‰", 2025,
                baseline == null ? null : new BigDecimal(baseline), baselineYear, null, null, TargetDefinition.Scope.JURISDICTION,
                null, "000:663");
    }

    private static Observations values(Object... yearValue) {
        List<Observations.Row> rows = new ArrayList<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            rows.add(new Observations.Row("X", "370104", String.valueOf(yearValue[i]), (Integer) yearValue[i],
                    new BigDecimal((String) yearValue[i + 1])));
        }
        return new Observations(rows);
    }

    private static TargetStatus status(TargetDefinition t, int year, Observations o) {
        return Evaluator.evaluate(t, RATE, year, o).status();
    }

    @Test
    void aCapIsAchievedWhenMetAndNotAchievedWhenMissedInTheTargetYear() {
        TargetDefinition cap = target(Comparator.AT_MOST, "3", null, null, null);
        assertEquals(TargetStatus.ACHIEVED, status(cap, 2023, values(2023, "2.4")));
        assertEquals(TargetStatus.ACHIEVED, status(cap, 2023, values(2023, "3")));
        assertEquals(TargetStatus.NOT_ACHIEVED, status(cap, 2025, values(2025, "3.1")));
        assertEquals(TargetStatus.NO_DATA, status(cap, 2023, values(2022, "2.4")));
        // missed with time left: the trend against the previous year decides
        assertEquals(TargetStatus.AT_RISK, status(cap, 2023, values(2022, "3.6", 2023, "3.2")));
        assertEquals(TargetStatus.OFF_TRACK, status(cap, 2023, values(2022, "3.2", 2023, "3.4")));
        assertEquals(TargetStatus.AT_RISK, status(cap, 2023, values(2023, "3.4")));
    }

    @Test
    void aTargetWithABaselineIsJudgedAgainstTheStraightPath() {
        // from 5 in 2020 to at most 3 in 2025: the path expects 3.8 in 2023
        TargetDefinition t = target(Comparator.AT_MOST, "3", null, "5", 2020);
        TargetEvaluation onPath = Evaluator.evaluate(t, RATE, 2023, values(2023, "3.7"));
        assertEquals(TargetStatus.ON_TRACK, onPath.status());
        assertEquals("level target AT_MOST 3; the straight path from 2020's baseline 5 to 2025 expects 3.8 in 2023",
                onPath.explanation().in(Language.EN));
        assertEquals(0, new BigDecimal("3.8").compareTo(onPath.reference()));
        assertEquals(TargetStatus.AT_RISK, status(t, 2023, values(2023, "4.5")));
        assertEquals(TargetStatus.OFF_TRACK, status(t, 2023, values(2023, "5.2")));
    }

    @Test
    void aDecreaseAgainstABaseYearUsesThatYearsMonitoredValue() {
        // 儿童意外伤害死亡率以2020年为基数下降20% (000:721): 10 in 2020 demands at most 8
        TargetDefinition t = target(Comparator.DECREASE_PERCENT, "20", null, null, 2020);
        TargetEvaluation met = Evaluator.evaluate(t, RATE, 2025, values(2020, "10", 2025, "7.9"));
        assertEquals(TargetStatus.ACHIEVED, met.status());
        assertEquals(0, new BigDecimal("8").compareTo(met.requiredLevel()));
        assertEquals(TargetStatus.NOT_ACHIEVED, status(t, 2025, values(2020, "10", 2025, "8.5")));
        assertEquals(TargetStatus.ON_TRACK, status(t, 2023, values(2020, "10", 2023, "8.7")));
        assertEquals(TargetStatus.NO_DATA, status(t, 2023, values(2023, "8.7")));
    }

    @Test
    void aChangeInPercentagePointsPerYearIsJudgedAgainstThePreviousYear() {
        // 儿童总体近视率平均每年降低一个百分点以上 (000:673)
        TargetDefinition t = target(Comparator.CHANGE_PP_PER_YEAR, "-1", null, null, null);
        assertEquals(TargetStatus.ON_TRACK, status(t, 2023, values(2022, "52.0", 2023, "50.8")));
        assertEquals(TargetStatus.AT_RISK, status(t, 2023, values(2022, "52.0", 2023, "51.5")));
        assertEquals(TargetStatus.OFF_TRACK, status(t, 2023, values(2022, "52.0", 2023, "52.3")));
        assertEquals(TargetStatus.ACHIEVED, status(t, 2025, values(2024, "50", 2025, "48.9")));
        assertEquals(TargetStatus.NO_DATA, status(t, 2023, values(2023, "50.8")));
    }

    @Test
    void aDirectionIsJudgedAgainstThePreviousPeriod() {
        // 儿童溺水死亡率持续下降 (000:723)
        TargetDefinition t = target(Comparator.DIRECTION, null, Direction.DECREASE, null, null);
        assertEquals(TargetStatus.ON_TRACK, status(t, 2023, values(2022, "1.2", 2023, "1.1")));
        assertEquals(TargetStatus.AT_RISK, status(t, 2023, values(2022, "1.2", 2023, "1.2")));
        assertEquals(TargetStatus.OFF_TRACK, status(t, 2023, values(2022, "1.2", 2023, "1.3")));
        assertEquals(TargetStatus.NOT_EVALUABLE, status(target(Comparator.DIRECTION, null, null, null, null), 2023,
                values(2022, "1.2", 2023, "1.1")));
    }

    @Test
    void anEachStreetTargetIsDecidedByTheWorstStreet() {
        // 以镇（街道）为单位保持在90%以上 (002:4553)
        TargetDefinition t = TargetDefinition.basic(9L, "370303-children-2021", "t", "370303", "儿童与健康", 9L, 6, "X",
                Comparator.AT_LEAST, new BigDecimal("90"), null, null, "%", 2025, null, null, null, null,
                TargetDefinition.Scope.EACH_STREET, null, "002:4553");
        List<Observations.Row> rows = new ArrayList<>();
        for (String[] sv : new String[][] { { "370303001", "95" }, { "370303002", "88" }, { "370303", "93" } }) {
            rows.add(new Observations.Row("X", sv[0], "2025", 2025, new BigDecimal(sv[1])));
        }
        TargetEvaluation r = Evaluator.evaluate(t, RATE, 2025, new Observations(rows));
        assertEquals(TargetStatus.NOT_ACHIEVED, r.status());
        assertEquals("370303002", r.observedJurisdiction());
        // the explanation is a catalogue text, put in the caller's language when the answer is written
        assertEquals("each street evaluated (2), the worst is 370303002: level target AT_LEAST 90; missed in or after the "
                + "target year 2025", r.explanation().in(Language.EN));
        assertEquals("逐街道评价（2 个街道），取最差者 370303002：水平目标 AT_LEAST 90；目标年份 2025 已到而未达到",
                r.explanation().in(Language.ZH));
        assertEquals(TargetStatus.NO_DATA, Evaluator.evaluate(t, RATE, 2024, new Observations(rows)).status());
    }

    @Test
    void anEvaluationReadsOnlyTheYearsItsRulesLookAt() {
        // a decrease on 2020, a cap, a slower rise: 2020 and 2023-2025 of the three indicators, nothing else
        TargetDefinition decrease = target(Comparator.DECREASE_PERCENT, "20", null, null, 2020);
        TargetDefinition cap = TargetDefinition.basic(2L, "370104-children-2021", "t", "370104", "儿童与健康", 1L, 1, "Y",
                Comparator.AT_MOST, BigDecimal.ONE, null, null, "‰", 2025, null, null, null, null,
                TargetDefinition.Scope.JURISDICTION, null, "000:663");
        TargetDefinition slower = TargetDefinition.basic(3L, "370104-children-2021", "t", "370104", "儿童与健康", 1L, 1, "Z",
                Comparator.SLOWER_RISE, null, null, Direction.DECREASE, "%", 2025, null, null, null, null,
                TargetDefinition.Scope.JURISDICTION, null, "000:89");
        Observations.Needs needs = Evaluator.needs(List.of(decrease, cap, slower), 2025);
        assertEquals(java.util.Set.of(2020, 2023, 2024, 2025), needs.years());
        assertEquals(java.util.Set.of("X", "Y", "Z"), needs.indicators());
        assertEquals(java.util.Set.of(), needs.streetIndicators());
        assertEquals("370104", needs.jurisdiction());
    }

    @Test
    void anIndicatorMissingFromTheCatalogueIsNotEvaluable() {
        assertEquals(TargetStatus.NOT_EVALUABLE, Evaluator.evaluate(target(Comparator.AT_MOST, "3", null, null, null), null,
                2023, values(2023, "1")).status());
    }
}
