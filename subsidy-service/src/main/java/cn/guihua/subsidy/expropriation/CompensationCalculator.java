package cn.guihua.subsidy.expropriation;

import static java.lang.Boolean.TRUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.subsidy.expropriation.CompensationRequest.Building;
import cn.guihua.subsidy.expropriation.CompensationRequest.Choice;
import cn.guihua.subsidy.expropriation.CompensationRequest.Decoration;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;
import cn.guihua.subsidy.rules.Step;

/**
 * 兰山区 residential expropriation: the house's value (cash choice) with the 90 % floor and the 45 m² guarantee, and
 * the relocation, temporary resettlement, decoration and early-signing payments. A swap is settled in kind: the
 * amount is the money paid besides the placement.
 */
@ApplicationScoped
public class CompensationCalculator {

    public static final String POLICY = "LANSHAN_EXPROPRIATION";

    @Inject
    RuleBook rules;

    public Calculation calculate(CompensationRequest r, LocalDate asOf) {
        if (r.choice() == Choice.SWAP && r.placement() == null) {
            throw ProblemException.invalid("placement", "expropriation.placement-required");
        }
        RuleSet rs = rules.rules(POLICY, asOf);
        List<Step> steps = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;

        Rule minArea = rs.get("MINIMUM_AREA");
        boolean guarantee = TRUE.equals(r.onlyHome()) && r.area().compareTo(minArea.number("cashArea")) < 0;
        boolean security = TRUE.equals(r.choosesHousingSecurity());
        if (guarantee && security) {
            steps.add(rs.get("NO_DOUBLE_BENEFIT").step(Map.of("choosesHousingSecurity", true), Map.of(), false, "已选择住房保障，不享受最低面积补偿"));
        }
        boolean applies = guarantee && !security;
        BigDecimal area = r.area();
        if (r.choice() == Choice.CASH) {
            if (applies) {
                area = minArea.number("cashArea");
            }
            steps.add(minArea.step(Map.of("area", r.area(), "onlyHome", TRUE.equals(r.onlyHome())), Map.of("compensatedArea", area), applies, null));
            Rule floor = rs.get("MINIMUM_PRICE");
            BigDecimal minimum = Calculation.yuan(r.marketPrice().multiply(floor.number("minShareOfMarket")));
            BigDecimal price = r.assessedPrice().max(minimum);
            BigDecimal value = Calculation.yuan(area.multiply(price));
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("minimumPrice", minimum);
            v.put("priceApplied", Calculation.yuan(price));
            v.put("compensatedArea", area);
            steps.add(floor.step(Map.of("assessedPrice", r.assessedPrice(), "marketPrice", r.marketPrice()), v, value,
                    price.compareTo(r.assessedPrice()) > 0 ? "评估价低于市场价 90%，按 90% 补偿" : null));
            total = total.add(value);
        } else {
            BigDecimal placement = applies
                    ? minArea.number(r.placement() == Building.HIGH_RISE ? "highRiseArea" : "multiStoreyArea") : r.area();
            steps.add(minArea.step(Map.of("area", r.area(), "onlyHome", TRUE.equals(r.onlyHome()), "placement", r.placement()),
                    Map.of("placementArea", placement), applies, "产权调换以房屋安置，差价按第二十九条结算，不计入本金额"));
        }

        Rule relocation = rs.get("RELOCATION");
        BigDecimal relocationAmount = Calculation.yuan(relocation.number("perUnit"));
        steps.add(relocation.step(Map.of(), Map.of(), relocationAmount, null));
        total = total.add(relocationAmount);

        total = total.add(temporary(r, rs, steps));

        if (r.decoration() != null && r.decoration() != Decoration.NONE) {
            Rule decoration = rs.get("DECORATION");
            BigDecimal amount = Calculation.yuan(r.area().multiply(decoration.number(r.decoration().name())));
            steps.add(decoration.step(Map.of("decoration", r.decoration(), "area", r.area()), Map.of(), amount, null));
            total = total.add(amount);
        }

        Rule award = rs.get("EARLY_SIGNING");
        BigDecimal awardAmount = TRUE.equals(r.signedEarly()) ? Calculation.yuan(award.number("amount")) : BigDecimal.ZERO.setScale(2);
        steps.add(award.step(Map.of("signedEarly", TRUE.equals(r.signedEarly())), Map.of(), awardAmount, null));
        total = total.add(awardAmount);

        return new Calculation(POLICY, asOf, CalculationStatus.CALCULATED, Calculation.yuan(total),
                r.choice() == Choice.CASH ? "货币补偿合计" : "产权调换之外的货币补偿合计", steps);
    }

    private static BigDecimal temporary(CompensationRequest r, RuleSet rs, List<Step> steps) {
        Rule rule = rs.get("TEMPORARY_RESETTLEMENT");
        BigDecimal monthly = rule.number("monthly");
        if (r.choice() == Choice.CASH) {
            Rule cash = rs.get("TEMPORARY_CASH");
            BigDecimal amount = Calculation.yuan(monthly.multiply(rule.number("cashMonths")));
            steps.add(cash.step(Map.of("choice", r.choice()), Map.of("monthly", monthly, "months", rule.number("cashMonths")), amount, null));
            return amount;
        }
        if (TRUE.equals(r.buildFirst())) {
            steps.add(rs.get("BUILD_FIRST").step(Map.of("buildFirst", true), Map.of(), BigDecimal.ZERO.setScale(2), null));
            return BigDecimal.ZERO;
        }
        int overdue = r.overdueMonths() == null ? 0 : r.overdueMonths();
        BigDecimal amount = BigDecimal.ZERO;
        if (TRUE.equals(r.transitionHousing())) {
            steps.add(rs.get("TEMPORARY_NONE").step(Map.of("transitionHousing", true), Map.of(), BigDecimal.ZERO.setScale(2), null));
        } else {
            int months = r.transitionMonths() != null ? r.transitionMonths()
                    : rule.number(r.placement() == Building.HIGH_RISE ? "highRiseMonths" : "multiStoreyMonths").intValue();
            amount = Calculation.yuan(monthly.multiply(BigDecimal.valueOf(months)));
            steps.add(rule.step(Map.of("transitionMonths", months), Map.of("monthly", monthly), amount,
                    r.transitionMonths() == null ? "未约定过渡期，按第三十五条多层 24 个月、高层 36 个月（001:252）" : null));
        }
        if (overdue > 0) {
            BigDecimal factor = TRUE.equals(r.transitionHousing()) ? BigDecimal.ONE : rule.number("overdueFactor");
            BigDecimal extra = Calculation.yuan(monthly.multiply(factor).multiply(BigDecimal.valueOf(overdue)));
            steps.add(rs.get("TEMPORARY_OVERDUE").step(Map.of("overdueMonths", overdue), Map.of("factor", factor), extra, null));
            amount = amount.add(extra);
        }
        return amount;
    }
}
