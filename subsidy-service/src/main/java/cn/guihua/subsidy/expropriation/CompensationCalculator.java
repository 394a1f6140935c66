package cn.guihua.subsidy.expropriation;

import static cn.guihua.subsidy.rules.CalculationStatus.CALCULATED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_CONFIGURED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_ELIGIBLE;
import static cn.guihua.subsidy.rules.Explanation.map;
import static cn.guihua.subsidy.rules.Explanation.note;
import static java.lang.Boolean.TRUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.subsidy.expropriation.CompensationRequest.Building;
import cn.guihua.subsidy.expropriation.CompensationRequest.Choice;
import cn.guihua.subsidy.expropriation.CompensationRequest.Decoration;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleSet;

/**
 * 兰山区 residential expropriation: the house's value (cash choice) with the 90 % floor and the 45 m² guarantee, a 住改非
 * house's uplift (001:278-280) or a 营业用房's business valuation (001:268-276), and the relocation, temporary
 * resettlement, decoration and early-signing payments. A swap is settled in kind: the amount is the money paid besides
 * the placement (its area differences: {@code POST /api/v1/expropriation/swap-settlement}).
 */
@ApplicationScoped
public class CompensationCalculator {

    public static final String POLICY = ExpropriationRules.POLICY;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject
    ExpropriationRules expropriation;

    public Calculation calculate(CompensationRequest r, LocalDate ignored) {
        return calculate(r);
    }

    public Calculation calculate(CompensationRequest r) {
        if (r.choice() == Choice.SWAP && r.placement() == null) {
            throw ProblemException.invalid("placement", "expropriation.placement-required");
        }
        LocalDate asOf = ExpropriationRules.judgedOn(r.asOf(), r.decisionAnnouncedOn());
        RuleSet rs = expropriation.rules(asOf, r.decisionMadeOn());
        Explanation exp = new Explanation(POLICY, asOf);
        BigDecimal total = BigDecimal.ZERO;
        boolean open = false;

        // 营业用房 (001:268-276): all three conditions, valued as business premises, cash only
        boolean businessFacts = r.certificateUse() != null || r.registeredWithTaxRecord() != null;
        boolean c1 = TRUE.equals(r.registeredWithTaxRecord());
        boolean c2 = TRUE.equals(r.addressAndTimeMatch());
        if (businessFacts) {
            Rule use = rs.get("BUSINESS_PREMISES_USE");
            boolean c3 = use.text("certificateUse").equals(r.certificateUse());
            exp.add(rs.get("BUSINESS_PREMISES_REGISTRATION").step(map("registeredWithTaxRecord", r.registeredWithTaxRecord()), Map.of(), c1, null));
            exp.add(rs.get("BUSINESS_PREMISES_ADDRESS").step(map("addressAndTimeMatch", r.addressAndTimeMatch()), Map.of(), c2, null));
            exp.add(use.step(map("certificateUse", r.certificateUse()), Map.of(), c3, null));
            if (c1 && c2 && c3) {
                Rule premises = rs.get("BUSINESS_PREMISES");
                if (r.choice() == Choice.SWAP) {
                    throw ExpropriationRules.refused(premises, Choice.SWAP);
                }
                if (r.businessAssessedPrice() == null) {
                    throw ProblemException.invalid("businessAssessedPrice", "expropriation.field-required", "businessAssessedPrice");
                }
                BigDecimal value = Calculation.yuan(r.area().multiply(r.businessAssessedPrice()));
                exp.add(premises.step(map("area", r.area(), "businessAssessedPrice", r.businessAssessedPrice()),
                        map("valuedAs", "BUSINESS_PREMISES", "choice", "CASH"), value, note("expropriation.business-premises"), CALCULATED));
                exp.result("valuedAs", "BUSINESS_PREMISES").result("choice", "CASH").result("houseValue", value);
                Rule relocation = rs.get("RELOCATION_NON_RESIDENTIAL");
                BigDecimal moving = Calculation.yuan(r.area().multiply(relocation.number("perSquareMetre")));
                exp.add(relocation.step(map("area", r.area()), map("perSquareMetre", relocation.number("perSquareMetre")), moving,
                        note("expropriation.business-loss-elsewhere"), CALCULATED));
                return exp.done(CALCULATED, value.add(moving), note("expropriation.cash-total"), premises.code());
            }
        }

        Rule minArea = rs.get("MINIMUM_AREA");
        boolean guarantee = TRUE.equals(r.onlyHome()) && r.area().compareTo(minArea.number("cashArea")) < 0;
        boolean security = TRUE.equals(r.choosesHousingSecurity());
        if (guarantee && security) {
            exp.add(rs.get("NO_DOUBLE_BENEFIT").step(Map.of("choosesHousingSecurity", true), Map.of(), false, note("expropriation.security-instead")));
        }
        boolean applies = guarantee && !security;
        BigDecimal area = r.area();
        BigDecimal houseValue = null;
        BigDecimal floorPrice = null;
        if (r.choice() == Choice.CASH) {
            if (applies) {
                area = minArea.number("cashArea");
            }
            exp.add(minArea.step(Map.of("area", r.area(), "onlyHome", TRUE.equals(r.onlyHome())), Map.of("compensatedArea", area), applies, null));
            Rule floor = rs.get("MINIMUM_PRICE");
            floorPrice = Calculation.yuan(r.marketPrice().multiply(floor.number("minShareOfMarket")));
            BigDecimal price = r.assessedPrice().max(floorPrice);
            houseValue = Calculation.yuan(area.multiply(price));
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("minimumPrice", floorPrice);
            v.put("priceApplied", Calculation.yuan(price));
            v.put("compensatedArea", area);
            exp.add(floor.step(map("assessedPrice", r.assessedPrice(), "marketPrice", r.marketPrice()), v, houseValue,
                    price.compareTo(r.assessedPrice()) > 0 ? note("expropriation.floor-applied") : null));
            exp.result("houseValue", houseValue);
            total = total.add(houseValue);
        } else {
            BigDecimal placement = applies
                    ? minArea.number(r.placement() == Building.HIGH_RISE ? "highRiseArea" : "multiStoreyArea") : r.area();
            exp.add(minArea.step(Map.of("area", r.area(), "onlyHome", TRUE.equals(r.onlyHome()), "placement", r.placement()),
                    Map.of("placementArea", placement), applies, note("expropriation.swap-in-kind")));
        }

        // 住改非 (001:278-280): a 住宅 by certificate with conditions 1 and 2 and a year of operation before the decision
        if (businessFacts && "住宅".equals(r.certificateUse()) && c1 && c2) {
            BigDecimal uplift = residentialToBusiness(r, rs, exp, asOf, houseValue, floorPrice);
            if (uplift == null) {
                open = true;
            } else {
                total = total.add(uplift);
            }
        } else if (businessFacts) {
            Rule rtb = rs.get("RESIDENTIAL_TO_BUSINESS");
            exp.add(rtb.step(map("certificateUse", r.certificateUse(), "registeredWithTaxRecord", c1, "addressAndTimeMatch", c2),
                    map("recognised", false), ZERO, note("expropriation.not-residential-to-business"), NOT_ELIGIBLE));
            exp.result("recognised", false);
        }

        int units = r.units() == null ? 1 : r.units();
        Rule relocation = rs.get("RELOCATION");
        BigDecimal relocationAmount = Calculation.yuan(relocation.number("perUnit").multiply(BigDecimal.valueOf(units)));
        exp.add(relocation.step(map("units", units), Map.of("perUnit", relocation.number("perUnit")), relocationAmount, null, CALCULATED));
        total = total.add(relocationAmount);

        BigDecimal temporary = temporary(r, rs, exp, asOf, units);
        if (temporary == null) {
            open = true;
        } else {
            total = total.add(temporary);
        }

        if (r.decoration() != null && r.decoration() != Decoration.NONE) {
            Rule decoration = rs.get("DECORATION");
            BigDecimal amount = Calculation.yuan(r.area().multiply(decoration.number(r.decoration().name())));
            Map<String, Object> in = map("decoration", r.decoration(), "area", r.area());
            if (r.choice() == Choice.CASH) {
                // 001:204 values the house including its decoration; whether 001:282 adds to it is the officer's reading
                ParameterUse p = expropriation.param(ParameterName.EXPROPRIATION_DECORATION_IN_VALUE, asOf);
                if (!p.set()) {
                    exp.add(decoration.step(in, Map.of(), null, note("expropriation.decoration-in-value", p.name()), NOT_CONFIGURED, p));
                    open = true;
                } else if (p.is("INCLUDED")) {
                    exp.add(decoration.step(in, Map.of(), ZERO, note("expropriation.decoration-included"), NOT_ELIGIBLE, p));
                } else {
                    exp.add(decoration.step(in, Map.of(), amount, null, CALCULATED, p));
                    total = total.add(amount);
                }
            } else {
                exp.add(decoration.step(in, Map.of(), amount, null, CALCULATED));
                total = total.add(amount);
            }
        }

        Rule award = rs.get("EARLY_SIGNING");
        BigDecimal awardAmount = TRUE.equals(r.signedEarly()) ? Calculation.yuan(award.number("amount")) : ZERO;
        exp.add(award.step(Map.of("signedEarly", TRUE.equals(r.signedEarly())), Map.of(), awardAmount, null));
        total = total.add(awardAmount);

        if (open) {
            return exp.done(NOT_CONFIGURED, null, exp.missingSummary(), null);
        }
        return exp.done(CALCULATED, total, note(r.choice() == Choice.CASH ? "expropriation.cash-total" : "expropriation.swap-total"), null);
    }

    /** The 住改非 recognition and the 40 %/30 % uplift; null when a parameter it needs is not set. */
    private BigDecimal residentialToBusiness(CompensationRequest r, RuleSet rs, Explanation exp, LocalDate asOf, BigDecimal houseValue,
            BigDecimal floorPrice) {
        Rule rtb = rs.get("RESIDENTIAL_TO_BUSINESS");
        Rule after = rs.get("NO_COMPENSATION_AFTER_SCOPE");
        Map<String, Object> in = map("operatingSince", r.operatingSince(), "leased", r.leased(), "taxesPaidMonths", r.taxesPaidMonths(),
                "decisionAnnouncedOn", r.decisionAnnouncedOn(), "scopeAnnouncedOn", r.scopeAnnouncedOn());
        if (r.operatingSince() != null && r.scopeAnnouncedOn() != null && !r.operatingSince().isBefore(r.scopeAnnouncedOn())) {
            exp.add(after.step(in, Map.of(), ZERO, note("expropriation.after-scope", r.scopeAnnouncedOn()), NOT_ELIGIBLE));
            exp.result("recognised", false);
            return ZERO;
        }
        boolean recognised;
        int years = rtb.number("minOperatingYears").intValue();
        if (TRUE.equals(r.leased())) {
            recognised = r.taxesPaidMonths() != null && r.taxesPaidMonths() >= rtb.number("leasedMinTaxYears").intValue() * 12;
        } else {
            if (r.decisionAnnouncedOn() == null) {
                throw ProblemException.invalid("decisionAnnouncedOn", "expropriation.field-required", "decisionAnnouncedOn");
            }
            recognised = r.operatingSince() != null && !r.operatingSince().plusYears(years).isAfter(r.decisionAnnouncedOn());
        }
        exp.result("recognised", recognised);
        if (!recognised) {
            exp.add(rtb.step(in, map("recognised", false), ZERO, note("expropriation.not-a-year"), NOT_ELIGIBLE));
            return ZERO;
        }
        if (houseValue == null) {
            // a swap: the house is placed in kind; the uplift is on the residential value, worked out all the same
            floorPrice = Calculation.yuan(r.marketPrice().multiply(rs.get("MINIMUM_PRICE").number("minShareOfMarket")));
            houseValue = Calculation.yuan(r.area().multiply(r.assessedPrice().max(floorPrice)));
        }
        Rule uplift = rs.get("RESIDENTIAL_TO_BUSINESS_UPLIFT");
        java.util.List<ParameterUse> used = new java.util.ArrayList<>();
        Map<String, Object> values = map("residentialValue", houseValue);
        BigDecimal base = r.area();
        if (r.businessArea() != null && r.businessArea().compareTo(r.area()) < 0) {
            ParameterUse p = expropriation.param(uplift.parameter("areaParameter"), asOf);
            used.add(p);
            if (p.set()) {
                base = p.is("BUSINESS_PART") ? r.businessArea() : r.area();
            }
        }
        BigDecimal price = r.assessedPrice();
        if (floorPrice != null && r.assessedPrice().compareTo(floorPrice) < 0) {
            ParameterUse p = expropriation.param(uplift.parameter("priceParameter"), asOf);
            used.add(p);
            if (p.set()) {
                price = p.is("AFTER_FLOOR") ? floorPrice : r.assessedPrice();
            }
        }
        BigDecimal rate = uplift.number(TRUE.equals(r.alongPlannedRoad()) ? "alongPlannedRoad" : "other");
        values.put("rate", rate);
        if (used.stream().anyMatch(p -> !p.set())) {
            exp.add(rtb.step(in, map("recognised", true), null, null, cn.guihua.subsidy.rules.CalculationStatus.CALCULATED));
            exp.add(uplift.step(map("area", r.area(), "businessArea", r.businessArea(), "assessedPrice", r.assessedPrice()), values, null,
                    note("expropriation.uplift-open"), NOT_CONFIGURED, used));
            return null;
        }
        BigDecimal amount = Calculation.yuan(base.multiply(price).multiply(rate));
        values.put("upliftArea", base);
        values.put("upliftPrice", price);
        exp.add(rtb.step(in, map("recognised", true), amount, null, CALCULATED));
        exp.add(uplift.step(map("area", r.area(), "businessArea", r.businessArea(), "assessedPrice", r.assessedPrice(), "alongPlannedRoad",
                r.alongPlannedRoad()), values, amount, null, CALCULATED, used));
        exp.result("houseValueWithUplift", Calculation.yuan(houseValue.add(amount)));
        return amount;
    }

    private BigDecimal temporary(CompensationRequest r, RuleSet rs, Explanation exp, LocalDate asOf, int units) {
        Rule rule = rs.get("TEMPORARY_RESETTLEMENT");
        BigDecimal monthly = rule.number("monthly");
        java.util.List<ParameterUse> used = new java.util.ArrayList<>();
        if (units > 1) {
            // 每（套）户: per unit or per household, for a household with several units
            ParameterUse p = expropriation.param(ParameterName.EXPROPRIATION_RESETTLEMENT_UNIT, asOf);
            used.add(p);
            if (!p.set()) {
                exp.add(rule.step(map("units", units), Map.of("monthly", monthly), null, note("expropriation.resettlement-unit", p.name()),
                        NOT_CONFIGURED, p));
                return null;
            }
            if (p.is("UNIT")) {
                monthly = monthly.multiply(BigDecimal.valueOf(units));
            }
        }
        if (r.choice() == Choice.CASH) {
            Rule cash = rs.get("TEMPORARY_CASH");
            BigDecimal amount = Calculation.yuan(monthly.multiply(rule.number("cashMonths")));
            exp.add(cash.step(Map.of("choice", r.choice()), Map.of("monthly", monthly, "months", rule.number("cashMonths")), amount, null, CALCULATED,
                    used));
            return amount;
        }
        if (TRUE.equals(r.buildFirst())) {
            exp.add(rs.get("BUILD_FIRST").step(Map.of("buildFirst", true), Map.of(), ZERO, null));
            return BigDecimal.ZERO;
        }
        int overdue = r.overdueMonths() == null ? 0 : r.overdueMonths();
        BigDecimal amount = BigDecimal.ZERO;
        if (TRUE.equals(r.transitionHousing())) {
            exp.add(rs.get("TEMPORARY_NONE").step(Map.of("transitionHousing", true), Map.of(), ZERO, null));
        } else {
            int months = r.transitionMonths() != null ? r.transitionMonths()
                    : rule.number(r.placement() == Building.HIGH_RISE ? "highRiseMonths" : "multiStoreyMonths").intValue();
            amount = Calculation.yuan(monthly.multiply(BigDecimal.valueOf(months)));
            exp.add(rule.step(Map.of("transitionMonths", months), Map.of("monthly", monthly), amount,
                    r.transitionMonths() == null ? note("expropriation.default-transition") : null, CALCULATED, used));
        }
        if (overdue > 0) {
            BigDecimal factor = TRUE.equals(r.transitionHousing()) ? BigDecimal.ONE : rule.number("overdueFactor");
            BigDecimal extra = Calculation.yuan(monthly.multiply(factor).multiply(BigDecimal.valueOf(overdue)));
            exp.add(rs.get("TEMPORARY_OVERDUE").step(Map.of("overdueMonths", overdue), Map.of("factor", factor), extra, null));
            amount = amount.add(extra);
        }
        return amount;
    }
}
