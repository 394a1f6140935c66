package cn.guihua.subsidy.headquarters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;
import cn.guihua.subsidy.rules.Step;

/** 张店区 headquarters: recognition (附件1) and a year's rewards (002:154-157) under the annual cap (002:164). */
@ApplicationScoped
public class HeadquartersCalculator {

    public static final String POLICY = "ZHANGDIAN_HQ";

    @Inject
    RuleBook rules;

    public Calculation recognise(RecognitionRequest r, LocalDate asOf) {
        RuleSet rs = rules.rules(POLICY, asOf);
        List<Step> steps = new ArrayList<>();
        Rule registration = rs.get("BASIC_REGISTRATION");
        boolean registered = !r.registeredOn().isBefore(LocalDate.parse(registration.params().get("registeredOnOrAfter").asText()));
        steps.add(registration.step(Map.of("registeredOn", r.registeredOn()), Map.of(), registered, null));
        Rule network = rs.get("BASIC_NETWORK");
        boolean reach = r.branches() >= network.number("minBranches").intValue() || r.chainStores() >= network.number("minChainStores").intValue();
        boolean share = r.outsideRevenuePercent().compareTo(network.number("minOutsideRevenuePercent")) >= 0;
        steps.add(network.step(Map.of("branches", r.branches(), "chainStores", r.chainStores(), "outsideRevenuePercent", r.outsideRevenuePercent()),
                Map.of("networkMet", reach, "shareMet", share), reach && share, null));
        boolean basic = registered && reach && share;
        boolean recognised;
        Rule direct = rs.get("DIRECT_RECOGNITION");
        boolean directly = r.direct() != DirectRecognition.NONE && !direct.params().get("excludedSector").asText().equals(r.sector().name());
        steps.add(direct.step(Map.of("direct", r.direct(), "sector", r.sector()), Map.of(), directly,
                r.direct() != DirectRecognition.NONE && !directly ? "房地产类除外" : null));
        if (directly) {
            recognised = basic;
        } else {
            Rule threshold = rs.get("THRESHOLD_" + r.sector().name());
            boolean meets = r.lastYearRevenue().compareTo(threshold.number("revenue")) >= 0 && r.lastYearTax().compareTo(threshold.number("tax")) >= 0;
            steps.add(threshold.step(Map.of("lastYearRevenue", r.lastYearRevenue(), "lastYearTax", r.lastYearTax()),
                    Map.of("revenueThreshold", threshold.number("revenue"), "taxThreshold", threshold.number("tax")), meets,
                    "营业收入与税收须同时达到"));
            recognised = basic && meets;
        }
        return new Calculation(POLICY, asOf, recognised ? CalculationStatus.CALCULATED : CalculationStatus.NOT_ELIGIBLE, null,
                recognised ? "符合总部企业认定条件" : "不符合总部企业认定条件", steps);
    }

    public Calculation reward(RewardRequest r, LocalDate asOf) {
        RuleSet rs = rules.rules(POLICY, asOf);
        List<Step> steps = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;

        Rule capital = rs.get("CAPITAL_INJECTION");
        if (r.paidInCapital() != null && r.contributionStartYear() != null) {
            BigDecimal amount = BigDecimal.ZERO;
            Map<String, Object> v = new LinkedHashMap<>();
            if (r.paidInCapital().compareTo(capital.number("minPaidIn")) >= 0) {
                BigDecimal entitlement = Calculation.yuan(r.paidInCapital().multiply(capital.number("rate")).min(capital.number("cap")));
                JsonNode shares = capital.params().get("installments");
                int index = r.year() - r.contributionStartYear();
                v.put("entitlement", entitlement);
                v.put("installment", index + 1);
                if (index >= 0 && index < shares.size()) {
                    amount = Calculation.yuan(entitlement.multiply(shares.get(index).decimalValue()));
                    v.put("share", shares.get(index).decimalValue());
                }
            }
            steps.add(capital.step(Map.of("paidInCapital", r.paidInCapital(), "contributionStartYear", r.contributionStartYear(), "year", r.year()),
                    v, amount, null));
            total = total.add(amount);
        }

        Rule operating = rs.get("OPERATING_CONTRIBUTION");
        JsonNode rates = operating.params().get("rates");
        int yearIndex = r.year() - r.recognitionYear();
        BigDecimal operatingAmount = yearIndex >= 0 && yearIndex < rates.size()
                ? Calculation.yuan(r.localContribution().multiply(rates.get(yearIndex).decimalValue())) : BigDecimal.ZERO.setScale(2);
        steps.add(operating.step(Map.of("localContribution", r.localContribution(), "yearSinceRecognition", yearIndex + 1),
                yearIndex >= 0 && yearIndex < rates.size() ? Map.of("rate", rates.get(yearIndex).decimalValue()) : Map.of(), operatingAmount,
                yearIndex >= rates.size() ? "认定满 5 年，不再享受" : null));
        total = total.add(operatingAmount);

        if (r.revenue() != null) {
            Rule growth = rs.get("GROWTH_REVENUE");
            BigDecimal before = r.previousHighestRevenue() == null ? BigDecimal.ZERO : r.previousHighestRevenue();
            BigDecimal amount = BigDecimal.ZERO;
            List<BigDecimal> crossed = new ArrayList<>();
            for (JsonNode tier : growth.params().get("tiers")) {
                BigDecimal over = tier.get("over").decimalValue();
                if (r.revenue().compareTo(over) > 0 && before.compareTo(over) <= 0) {
                    crossed.add(over);
                    amount = amount.add(tier.get("amount").decimalValue());
                }
            }
            amount = Calculation.yuan(amount);
            steps.add(growth.step(Map.of("revenue", r.revenue(), "previousHighestRevenue", before), Map.of("firstCrossed", crossed), amount,
                    crossed.size() > 1 ? "一年内首次超过多个档次，每档各奖一次（文件未明示）" : null));
            total = total.add(amount);
        }

        if (r.officeCost() != null) {
            Rule purchase = rs.get("OFFICE_PURCHASE");
            BigDecimal entitlement = Calculation.yuan(r.officeCost().multiply(purchase.number("rate")).min(purchase.number("cap")));
            steps.add(purchase.step(Map.of("officeCost", r.officeCost()), Map.of("entitlement", entitlement), null,
                    "分5年兑付，文件未规定各年比例：总额列出，不计入本年度金额"));
        }

        if (r.annualRent() != null) {
            Rule rent = rs.get("OFFICE_RENT");
            boolean within = yearIndex >= 0 && yearIndex < rent.number("years").intValue();
            BigDecimal amount = within ? Calculation.yuan(r.annualRent().multiply(rent.number("rate"))) : BigDecimal.ZERO.setScale(2);
            steps.add(rent.step(Map.of("annualRent", r.annualRent(), "yearSinceRecognition", yearIndex + 1), Map.of(), amount,
                    within ? null : "认定满 3 年，不再享受"));
            total = total.add(amount);
        }

        Rule cap = rs.get("ANNUAL_CAP");
        BigDecimal capped = Calculation.yuan(total.min(r.localContribution()));
        steps.add(cap.step(Map.of("localContribution", r.localContribution()), Map.of("beforeCap", Calculation.yuan(total)), capped,
                capped.compareTo(total) < 0 ? "年度奖励总额不高于地方财政主体贡献" : null));
        return new Calculation(POLICY, asOf, CalculationStatus.CALCULATED, capped, r.year() + " 年度奖励合计", steps);
    }
}
