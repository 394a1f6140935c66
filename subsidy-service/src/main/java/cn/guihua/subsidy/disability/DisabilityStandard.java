package cn.guihua.subsidy.disability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.ParameterValue;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleSet;
import cn.guihua.subsidy.rules.Step;

/**
 * The disability subsidy rules of one jurisdiction for one month, resolved once (rules, amounts, the switch) so that
 * the monthly batch only does arithmetic per recipient; {@link #explain} gives the same answer step by step.
 */
public final class DisabilityStandard {

    public static final String LIVING = "DISABILITY_LIVING";
    public static final String NURSING = "DISABILITY_NURSING";

    final String jurisdiction;
    private final String residencePrefix;
    final LocalDate asOf;
    final Clause residenceClause;
    final Rule livingEligibility;
    final Rule livingAmount;
    final Rule nursingEligibility;
    final Rule nursingExtension;
    final Rule nursingAmount;
    final ParameterValue livingParameter;
    final ParameterValue nursingParameter;
    final ParameterValue switchParameter;
    final ParameterValue lowIncomeParameter;
    final ParameterValue gradesParameter;
    final boolean requiresLowIncome;
    final boolean extended;
    final BigDecimal livingMonthly;
    final BigDecimal nursingMonthly;
    private final boolean[] nursingGrade = new boolean[5];
    private final boolean[] extensionGrade = new boolean[5];
    private final Set<DisabilityCategory> extensionCategories = EnumSet.noneOf(DisabilityCategory.class);

    DisabilityStandard(String jurisdiction, LocalDate asOf, Clause residenceClause, RuleSet living, RuleSet nursing,
            ParameterValue livingParameter, ParameterValue nursingParameter, ParameterValue switchParameter, ParameterValue lowIncomeParameter,
            ParameterValue gradesParameter) {
        this.jurisdiction = jurisdiction;
        this.residencePrefix = JurisdictionCodes.prefix(jurisdiction);
        this.asOf = asOf;
        this.residenceClause = residenceClause;
        this.livingEligibility = living.get("LIVING_ELIGIBILITY");
        this.livingAmount = living.get("LIVING_AMOUNT");
        this.nursingEligibility = nursing.get("NURSING_ELIGIBILITY");
        this.nursingExtension = nursing.get("NURSING_EXTENSION");
        this.nursingAmount = nursing.get("NURSING_AMOUNT");
        this.livingParameter = livingParameter;
        this.nursingParameter = nursingParameter;
        this.switchParameter = switchParameter;
        this.lowIncomeParameter = lowIncomeParameter;
        this.gradesParameter = gradesParameter;
        // eligibility is configuration (no seed line defines it): the officer's parameters, with their legal basis
        this.requiresLowIncome = lowIncomeParameter != null && Boolean.parseBoolean(lowIncomeParameter.value);
        this.extended = switchParameter != null && Boolean.parseBoolean(switchParameter.value);
        this.livingMonthly = livingParameter == null ? null : Calculation.yuan(new BigDecimal(livingParameter.value));
        this.nursingMonthly = nursingParameter == null ? null : Calculation.yuan(new BigDecimal(nursingParameter.value));
        if (gradesParameter != null) {
            for (String g : gradesParameter.value.split(",")) {
                nursingGrade[Integer.parseInt(g.strip())] = true;
            }
        }
        for (JsonNode g : nursingExtension.params().path("grades")) {
            extensionGrade[g.asInt()] = true;
        }
        for (JsonNode c : nursingExtension.params().path("categories")) {
            extensionCategories.add(DisabilityCategory.valueOf(c.asText()));
        }
    }

    public boolean configured(String policy) {
        return missing(policy).isEmpty();
    }

    /** The parameters the subsidy needs and no officer has set for the jurisdiction and date. */
    public List<ParameterName> missing(String policy) {
        List<ParameterName> out = new ArrayList<>();
        if (LIVING.equals(policy)) {
            if (livingMonthly == null) {
                out.add(ParameterName.DISABILITY_LIVING_MONTHLY);
            }
            if (lowIncomeParameter == null) {
                out.add(ParameterName.DISABILITY_LIVING_REQUIRES_LOW_INCOME);
            }
        } else {
            if (nursingMonthly == null) {
                out.add(ParameterName.DISABILITY_NURSING_MONTHLY);
            }
            if (gradesParameter == null) {
                out.add(ParameterName.DISABILITY_NURSING_GRADES);
            }
        }
        return out;
    }

    ParameterUse use(ParameterName name, ParameterValue v) {
        return ParameterUse.of(name, jurisdiction, asOf, v);
    }

    public boolean resident(Facts f) {
        return f.residence().startsWith(residencePrefix);
    }

    /** The living subsidy's own condition, for a resident. */
    public boolean meetsLivingRule(Facts f) {
        return !requiresLowIncome || f.lowIncome();
    }

    /** The nursing subsidy's own condition, for a resident. */
    public boolean meetsNursingRule(Facts f) {
        return nursingGrade[f.grade()] || extendedTo(f);
    }

    private boolean extendedTo(Facts f) {
        return extended && extensionGrade[f.grade()] && extensionCategories.contains(f.category());
    }

    public boolean eligible(String policy, Facts f) {
        return resident(f) && (LIVING.equals(policy) ? meetsLivingRule(f) : meetsNursingRule(f));
    }

    /** The month's amount for an eligible recipient; null when the standard is not configured. */
    public BigDecimal monthly(String policy) {
        return LIVING.equals(policy) ? livingMonthly : nursingMonthly;
    }

    /** The same decision as {@link #eligible} and {@link #monthly}, with every step and its clause. */
    public Calculation explain(String policy, Facts f) {
        List<Step> steps = new ArrayList<>();
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("residence", f.residence());
        in.put("jurisdiction", jurisdiction);
        boolean resident = resident(f);
        steps.add(new Step("RESIDENCE", residenceClause, in, Map.of(), resident,
                resident ? null : "户籍不在 " + jurisdiction + " 辖区内"));
        boolean eligible;
        if (LIVING.equals(policy)) {
            ParameterUse p = use(ParameterName.DISABILITY_LIVING_REQUIRES_LOW_INCOME, lowIncomeParameter);
            if (!p.set()) {
                String summary = Explanation.note("disability.eligibility-not-configured", p.name(), jurisdiction, asOf);
                steps.add(livingEligibility.step(Map.of("lowIncome", f.lowIncome()), Map.of(), null, summary, CalculationStatus.NOT_CONFIGURED, p));
                return new Calculation(policy, asOf, CalculationStatus.NOT_CONFIGURED, null, summary, steps, livingEligibility.code(), Map.of(),
                        List.of(p.name()));
            }
            boolean low = meetsLivingRule(f);
            steps.add(livingEligibility.step(Map.of("lowIncome", f.lowIncome()), Map.of("requiresLowIncome", requiresLowIncome), low,
                    Explanation.note(low ? "disability.configured-met" : "disability.low-income-configured", p.legalBasis()),
                    low ? CalculationStatus.CALCULATED : CalculationStatus.NOT_ELIGIBLE, p));
            eligible = resident && low;
        } else {
            ParameterUse p = use(ParameterName.DISABILITY_NURSING_GRADES, gradesParameter);
            if (!p.set()) {
                String summary = Explanation.note("disability.eligibility-not-configured", p.name(), jurisdiction, asOf);
                steps.add(nursingEligibility.step(Map.of("grade", f.grade()), Map.of(), null, summary, CalculationStatus.NOT_CONFIGURED, p));
                return new Calculation(policy, asOf, CalculationStatus.NOT_CONFIGURED, null, summary, steps, nursingEligibility.code(), Map.of(),
                        List.of(p.name()));
            }
            boolean severe = nursingGrade[f.grade()];
            steps.add(nursingEligibility.step(Map.of("grade", f.grade()), Map.of("grades", p.value()), severe,
                    Explanation.note(severe ? "disability.configured-met" : "disability.grade-configured", p.legalBasis()),
                    severe ? CalculationStatus.CALCULATED : CalculationStatus.NOT_ELIGIBLE, p));
            boolean viaSwitch = false;
            if (!severe) {
                viaSwitch = extendedTo(f);
                Map<String, Object> sw = new LinkedHashMap<>();
                sw.put("switch", extended);
                sw.put("switchSetBy", switchParameter == null ? null : switchParameter.setBy);
                steps.add(nursingExtension.step(Map.of("grade", f.grade(), "category", f.category()), sw, viaSwitch,
                        extended ? null : "本辖区未开启三、四级智力和精神残疾护理补贴（参数 NURSING_EXTENDED_TO_GRADE_3_4）"));
            }
            eligible = resident && (severe || viaSwitch);
        }
        if (!eligible) {
            return new Calculation(policy, asOf, CalculationStatus.NOT_ELIGIBLE, null, "不符合享受条件", steps);
        }
        Rule amountRule = LIVING.equals(policy) ? livingAmount : nursingAmount;
        ParameterValue parameter = LIVING.equals(policy) ? livingParameter : nursingParameter;
        String name = amountRule.params().path("parameter").asText();
        if (parameter == null) {
            String summary = "补贴标准未配置：" + jurisdiction + " 在 " + asOf + " 没有参数 " + name + "（文件未规定金额，须由主管部门设定）";
            steps.add(amountRule.step(Map.of("parameter", name, "jurisdiction", jurisdiction), Map.of(), null, summary));
            return new Calculation(policy, asOf, CalculationStatus.NOT_CONFIGURED, null, summary, steps);
        }
        BigDecimal amount = monthly(policy);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("parameter", name);
        values.put("validFrom", parameter.validFrom);
        values.put("setBy", parameter.setBy);
        values.put("monthlyAmount", amount);
        steps.add(amountRule.step(Map.of("jurisdiction", jurisdiction, "asOf", asOf), values, amount, parameter.note));
        return new Calculation(policy, asOf, CalculationStatus.CALCULATED, amount, "每月 " + amount.toPlainString() + " 元", steps);
    }
}
