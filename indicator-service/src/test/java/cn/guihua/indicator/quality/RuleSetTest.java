package cn.guihua.indicator.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.indicator.catalogue.IndicatorDefinition.ValueType;
import cn.guihua.platform.i18n.Language;

/** The rules as the shipped migration defines them, checked in memory (no database). */
class RuleSetTest {

    private static final Catalogue.Snapshot CATALOGUE = catalogue(
            indicator("LIVE_BIRTHS", "人", ValueType.COUNT),
            indicator("NEONATAL_MORTALITY", "‰", ValueType.RATE),
            indicator("INFANT_MORTALITY", "‰", ValueType.RATE),
            indicator("CHILD_MYOPIA_RATE", "%", ValueType.PERCENTAGE));

    private static IndicatorDefinition indicator(String code, String unit, ValueType type) {
        return new IndicatorDefinition(code, code, unit, type, IndicatorDefinition.BetterDirection.NONE, unit, 2020, 2025);
    }

    private static Catalogue.Snapshot catalogue(IndicatorDefinition... indicators) {
        Map<String, IndicatorDefinition> m = new LinkedHashMap<>();
        for (IndicatorDefinition i : indicators) {
            m.put(i.code(), i);
        }
        return new Catalogue.Snapshot(m, List.of(), OffsetDateTime.now());
    }

    private static RuleSet.Rule rule(String code, Importance importance, String left, Operator op, String right, String valueTypes,
            String units, String indicators) throws RuleExpression.Invalid {
        return new RuleSet.Rule(code.hashCode(), code, importance, RuleExpression.parse(left), op, RuleExpression.parse(right),
                BigDecimal.ZERO, BigDecimal.ZERO, MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING, code + " zh", code + " en", null,
                split(indicators), split(valueTypes), split(units));
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(","));
    }

    private static RuleSet shipped() throws RuleExpression.Invalid {
        return new RuleSet(List.of(
                rule("SEX_SUM", Importance.WARNING, "value[sex=FEMALE] + value[sex=MALE]", Operator.EQUAL_TO, "value[sex=TOTAL]",
                        "COUNT,QUANTITY", "人", ""),
                rule("FEMALE_AT_MOST_TOTAL", Importance.ERROR, "value[sex=FEMALE]", Operator.LESS_THAN_OR_EQUAL_TO,
                        "value[sex=TOTAL]", "COUNT,QUANTITY", "人", ""),
                rule("NUMERATOR_AT_MOST_DENOMINATOR", Importance.ERROR, "numerator", Operator.LESS_THAN_OR_EQUAL_TO, "denominator",
                        "", "%,‰", ""),
                rule("PER_MILLE_AT_MOST_1000", Importance.ERROR, "value", Operator.LESS_THAN_OR_EQUAL_TO, "1000", "", "‰", ""),
                rule("NEONATAL_AT_MOST_INFANT", Importance.ERROR, "value(NEONATAL_MORTALITY)", Operator.LESS_THAN_OR_EQUAL_TO,
                        "value(INFANT_MORTALITY)", "", "", "")), CATALOGUE);
    }

    private static Cell cell(String indicator, String sex, String residence, String value) {
        return cell(indicator, sex, residence, value, null, null);
    }

    private static Cell cell(String indicator, String sex, String residence, String value, String numerator, String denominator) {
        return new Cell(UUID.randomUUID(), indicator, "370104", "2023", sex, residence, "TOTAL", new BigDecimal(value),
                numerator == null ? null : new BigDecimal(numerator), denominator == null ? null : new BigDecimal(denominator), "人",
                "PENDING");
    }

    private static Map<String, Cell> byKey(Cell... cells) {
        Map<String, Cell> m = new HashMap<>();
        for (Cell c : cells) {
            m.put(c.key(), c);
        }
        return m;
    }

    @Test
    void femaleAndMaleThatDoNotAddUpToTheTotalAreOneFindingWithBothSides() throws Exception {
        RuleSet rules = shipped();
        Cell total = cell("LIVE_BIRTHS", "TOTAL", "TOTAL", "100");
        Cell female = cell("LIVE_BIRTHS", "FEMALE", "TOTAL", "40");
        Cell male = cell("LIVE_BIRTHS", "MALE", "TOTAL", "50");
        Map<String, Cell> all = byKey(total, female, male);
        // checked through any of the three: the same one finding, made of all three values
        List<RuleFinding> found = rules.checkTogether(List.of(male, female, total), all::get);
        assertEquals(1, found.size(), found.toString());
        RuleFinding f = found.get(0);
        assertEquals("SEX_SUM", f.ruleCode());
        assertEquals(Importance.WARNING, f.importance());
        assertEquals(0, new BigDecimal("90").compareTo(f.left().value()));
        assertEquals(0, new BigDecimal("100").compareTo(f.right().value()));
        assertEquals(List.of(female.id(), male.id(), total.id()), f.valueIds());
        assertEquals("Violates validation rule SEX_SUM (SEX_SUM en): left side 40 + 50 = 90, right side 100 = 100; both sides must "
                + "be equal (allowed difference 0)", f.text().in(Language.EN));
        assertEquals(null, f.sex(), "the rule fixes sex on every operand");
        assertEquals("TOTAL", f.residence());
    }

    @Test
    void aSumThatHoldsOrLacksAPartIsNoFinding() throws Exception {
        RuleSet rules = shipped();
        Cell total = cell("LIVE_BIRTHS", "TOTAL", "TOTAL", "90");
        Cell female = cell("LIVE_BIRTHS", "FEMALE", "TOTAL", "40");
        Cell male = cell("LIVE_BIRTHS", "MALE", "TOTAL", "50");
        assertTrue(rules.checkTogether(List.of(male), byKey(total, female, male)::get).isEmpty());
        assertTrue(rules.checkTogether(List.of(female), byKey(cell("LIVE_BIRTHS", "TOTAL", "TOTAL", "10"), female)::get).stream()
                .noneMatch(f -> f.ruleCode().equals("SEX_SUM")), "skipped while MALE is missing");
    }

    @Test
    void aPartAboveItsTotalIsAnError() throws Exception {
        RuleSet rules = shipped();
        Cell total = cell("LIVE_BIRTHS", "TOTAL", "URBAN", "30");
        Cell female = cell("LIVE_BIRTHS", "FEMALE", "URBAN", "40");
        List<RuleFinding> found = rules.checkTogether(List.of(female), byKey(total, female)::get);
        assertEquals(List.of("FEMALE_AT_MOST_TOTAL"), found.stream().map(RuleFinding::ruleCode).toList());
        assertEquals(Importance.ERROR, found.get(0).importance());
        assertEquals("URBAN", found.get(0).residence(), "the residence the rule leaves free is the value's");
    }

    @Test
    void rulesOfOneValueNeedNoOtherValue() throws Exception {
        RuleSet rules = shipped();
        Cell rate = new Cell(UUID.randomUUID(), "NEONATAL_MORTALITY", "370104", "2023", "TOTAL", "TOTAL", "TOTAL",
                new BigDecimal("1200"), new BigDecimal("15"), new BigDecimal("12"), "‰", "PENDING");
        assertEquals(List.of("NUMERATOR_AT_MOST_DENOMINATOR", "PER_MILLE_AT_MOST_1000"),
                rules.checkAlone(rate).stream().map(RuleFinding::ruleCode).sorted().toList());
        assertEquals("numerator", RuleChecks.field(rules.checkAlone(rate).stream()
                .filter(f -> f.ruleCode().startsWith("NUMERATOR")).findFirst().orElseThrow(), rate.id()));
        assertTrue(rules.checkAlone(cell("CHILD_MYOPIA_RATE", "TOTAL", "TOTAL", "51.5")).isEmpty());
        assertTrue(rules.needsCounterparts("NEONATAL_MORTALITY"), "neonatal <= infant reads the infant rate");
        assertTrue(rules.counterpartIndicators(List.of("NEONATAL_MORTALITY")).contains("INFANT_MORTALITY"));
    }

    @Test
    void aRuleNamingItsIndicatorsComparesThem() throws Exception {
        RuleSet rules = shipped();
        Cell neonatal = new Cell(UUID.randomUUID(), "NEONATAL_MORTALITY", "370104", "2023", "TOTAL", "TOTAL", "TOTAL",
                new BigDecimal("3.1"), null, null, "‰", "PENDING");
        Cell infant = new Cell(UUID.randomUUID(), "INFANT_MORTALITY", "370104", "2023", "TOTAL", "TOTAL", "TOTAL",
                new BigDecimal("2.9"), null, null, "‰", "APPROVED");
        List<RuleFinding> found = rules.checkTogether(List.of(neonatal), byKey(neonatal, infant)::get);
        assertEquals(List.of("NEONATAL_AT_MOST_INFANT"), found.stream().map(RuleFinding::ruleCode).toList());
        assertEquals(null, found.get(0).indicatorCode(), "a rule naming its indicators is applied once, not per indicator");
    }

    @Test
    void toleranceAllowsADifference() throws Exception {
        RuleSet.Rule r = new RuleSet.Rule(1, "SUM_ROUGHLY", Importance.ERROR,
                RuleExpression.parse("value[residence=URBAN] + value[residence=RURAL]"), Operator.EQUAL_TO,
                RuleExpression.parse("value[residence=TOTAL]"), BigDecimal.ONE, new BigDecimal("5"),
                MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING, "zh", "en", "370104", List.of(), List.of(), List.of());
        RuleSet rules = new RuleSet(List.of(r), CATALOGUE);
        Cell total = cell("LIVE_BIRTHS", "TOTAL", "TOTAL", "100");
        Cell urban = cell("LIVE_BIRTHS", "TOTAL", "URBAN", "60");
        Cell rural = cell("LIVE_BIRTHS", "TOTAL", "RURAL", "44");
        assertTrue(rules.checkTogether(List.of(urban), byKey(total, urban, rural)::get).isEmpty(), "104 is within 5% of 100");
        Cell rural2 = cell("LIVE_BIRTHS", "TOTAL", "RURAL", "46");
        assertEquals(1, rules.checkTogether(List.of(urban), byKey(total, urban, rural2)::get).size(), "106 is not");
        Cell elsewhere = new Cell(UUID.randomUUID(), "LIVE_BIRTHS", "371302", "2023", "TOTAL", "URBAN", "TOTAL",
                new BigDecimal("600"), null, null, "人", "PENDING");
        assertTrue(rules.checkTogether(List.of(elsewhere), k -> null).isEmpty(), "a planner's rule applies in its jurisdiction only");
    }

    @Test
    void expressionsAreParsedWithTheirPositionOfAMistake() throws Exception {
        assertEquals("value[sex=FEMALE] + 2 * numerator(INFANT_MORTALITY) - 3",
                RuleExpression.parse(" 数值[性别=女] + 2*numerator( INFANT_MORTALITY )-3").text());
        RuleExpression.Invalid e = assertThrows(RuleExpression.Invalid.class, () -> RuleExpression.parse("value + valu"));
        assertEquals("\"valu\" at character 9 is no field (value, numerator, denominator, or 数值, 分子, 分母)", e.reason().in(Language.EN));
        e = assertThrows(RuleExpression.Invalid.class, () -> RuleExpression.parse("value[sex=OTHER]"));
        assertEquals("the value \"OTHER\" of sex is invalid (at character 7)", e.reason().in(Language.EN));
        assertThrows(RuleExpression.Invalid.class, () -> RuleExpression.parse("value +"));
        assertThrows(RuleExpression.Invalid.class, () -> RuleExpression.parse("value(lower)"));
    }

    @Test
    void periodRangesHoldEveryPeriodWithinThem() {
        PeriodRange r = PeriodRange.of("2023", "2024-q2");
        assertTrue(r.contains("2023") && r.contains("2023-Q4") && r.contains("2024-06"));
        assertTrue(!r.contains("2024") && !r.contains("2024-07") && !r.contains("2022-12"));
        assertEquals(2023, r.fromYear());
        assertEquals(2024, r.toYear());
    }
}
