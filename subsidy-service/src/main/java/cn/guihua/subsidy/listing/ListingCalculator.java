package cn.guihua.subsidy.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.Step;

/** 兰山区's listing rewards: a fixed amount per stage, or 2% of repatriated proceeds capped for overseas listings. */
@ApplicationScoped
public class ListingCalculator {

    public static final String POLICY = "LANSHAN_LISTING";

    @Inject
    RuleBook rules;

    public Calculation calculate(ListingStage stage, BigDecimal repatriatedProceeds, LocalDate asOf) {
        Rule rule = rules.rules(POLICY, asOf).get(stage.name());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("stage", stage);
        if (stage != ListingStage.OVERSEAS_LISTING) {
            BigDecimal amount = Calculation.yuan(rule.number("amount"));
            return new Calculation(POLICY, asOf, CalculationStatus.CALCULATED, amount, rule.clause().quote(),
                    List.of(rule.step(inputs, Map.of("amount", amount), amount, null)));
        }
        if (repatriatedProceeds == null || repatriatedProceeds.signum() < 0) {
            throw ProblemException.invalid("repatriatedProceeds", "listing.proceeds-required");
        }
        inputs.put("repatriatedProceeds", Calculation.yuan(repatriatedProceeds));
        BigDecimal rate = rule.number("rate");
        BigDecimal cap = Calculation.yuan(rule.number("cap"));
        BigDecimal raw = Calculation.yuan(repatriatedProceeds.multiply(rate));
        BigDecimal amount = raw.min(cap);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rate", rate);
        values.put("proceedsTimesRate", raw);
        values.put("cap", cap);
        values.put("capApplied", raw.compareTo(cap) > 0);
        Step step = rule.step(inputs, values, amount, raw.compareTo(cap) > 0 ? "2% 为 " + raw.toPlainString()
                + " 元，超过最高 " + cap.toPlainString() + " 元，按最高额补助" : null);
        return new Calculation(POLICY, asOf, CalculationStatus.CALCULATED, amount, rule.clause().quote(), List.of(step));
    }
}
