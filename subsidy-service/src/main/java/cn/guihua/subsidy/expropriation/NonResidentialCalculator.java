package cn.guihua.subsidy.expropriation;

import static cn.guihua.subsidy.rules.CalculationStatus.CALCULATED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_CONFIGURED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_ELIGIBLE;
import static cn.guihua.subsidy.rules.Explanation.map;
import static cn.guihua.subsidy.rules.Explanation.note;
import static java.lang.Boolean.TRUE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.subsidy.expropriation.CompensationRequest.Choice;
import cn.guihua.subsidy.expropriation.NonResidentialRequest.Use;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleSet;

/**
 * 兰山区 expropriation of a non-residential house (and the items of 001:238-264 that set it apart from a residence): its
 * value at no less than the similar-property market price of the announcement day, the choice of compensation, 搬迁费
 * by lawful area, 停产停业损失 with its two exceptions, and an empty courtyard by 容积率.
 */
@ApplicationScoped
public class NonResidentialCalculator {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject
    ExpropriationRules expropriation;

    public Calculation calculate(NonResidentialRequest r) {
        LocalDate asOf = ExpropriationRules.judgedOn(r.asOf(), r.decisionAnnouncedOn());
        RuleSet rs = expropriation.rules(asOf, r.decisionMadeOn());
        Explanation exp = new Explanation(ExpropriationRules.POLICY, asOf);
        BigDecimal total = BigDecimal.ZERO;
        boolean open = false;
        boolean nonResidential = r.use() == Use.NON_RESIDENTIAL;
        boolean cash = r.choice() == null || r.choice() == Choice.CASH;

        if (nonResidential && r.choice() != null) {
            choice(r, rs, exp);
        }
        if (nonResidential && cash && r.assessedPrice() != null) {
            total = total.add(value(r, rs, exp));
        }
        if (r.lawfulArea() != null || r.area() != null) {
            total = total.add(relocation(r, rs, exp));
        }
        if (!nonResidential || r.operating() != null || r.benefits() != null || r.benefitDeterminable() != null) {
            BigDecimal loss = businessLoss(r, rs, exp, asOf);
            if (loss == null) {
                open = true;
            } else {
                total = total.add(loss);
            }
        }
        if (r.landArea() != null) {
            BigDecimal courtyard = courtyard(r, rs, exp, asOf);
            if (courtyard == null) {
                open = true;
            } else {
                total = total.add(courtyard);
            }
        }
        if (exp.steps().isEmpty()) {
            throw ProblemException.invalid("lawfulArea", "expropriation.nothing-to-work-out");
        }
        if (open) {
            return exp.done(NOT_CONFIGURED, null, exp.missingSummary(), null);
        }
        return exp.done(CALCULATED, total, note("expropriation.non-residential-total"), null);
    }

    /** 001:214 cash or swap; no swap without 产权调换条件; a public-service facility chooses (001:262); 营业用房 cash (001:276). */
    private void choice(NonResidentialRequest r, RuleSet rs, Explanation exp) {
        boolean facility = r.kind() != null && r.kind() != NonResidentialRequest.FacilityKind.OTHER && TRUE.equals(r.operatingNormally());
        if (TRUE.equals(r.businessPremises()) && r.choice() == Choice.SWAP) {
            throw ExpropriationRules.refused(rs.get("BUSINESS_PREMISES"), r.choice());
        }
        if (facility) {
            Rule f = rs.get("PUBLIC_SERVICE_FACILITY");
            if (r.choice() == Choice.SWAP && !TRUE.equals(r.swapConditions())) {
                throw ExpropriationRules.refused(f, r.choice());
            }
            exp.add(f.step(map("kind", r.kind(), "operatingNormally", r.operatingNormally(), "choice", r.choice(), "swapConditions",
                    r.swapConditions()), map("choices", f.texts("choices")), true, note("expropriation.facility-chooses"), CALCULATED));
            exp.result("choiceAllowed", true);
            return;
        }
        Rule c = rs.get("COMPENSATION_CHOICE");
        if (r.choice() == Choice.SWAP && !TRUE.equals(r.swapConditions())) {
            throw ExpropriationRules.refused(c, r.choice());
        }
        exp.add(c.step(map("choice", r.choice(), "swapConditions", r.swapConditions()), Map.of(), true, null, CALCULATED));
        exp.result("choiceAllowed", true);
    }

    private BigDecimal value(NonResidentialRequest r, RuleSet rs, Explanation exp) {
        Rule v = rs.get("NON_RESIDENTIAL_VALUE");
        if (r.lawfulArea() == null) {
            throw ProblemException.invalid("lawfulArea", "expropriation.field-required", "lawfulArea");
        }
        BigDecimal floor = r.similarMarketPrice() == null ? null : r.similarMarketPrice().multiply(v.number("minShareOfSimilarMarket"));
        BigDecimal price = floor == null ? r.assessedPrice() : r.assessedPrice().max(floor);
        BigDecimal amount = Calculation.yuan(r.lawfulArea().multiply(price));
        if (r.unlawfulArea() != null && r.unlawfulArea().signum() > 0) {
            Rule legality = rs.get("LEGALITY");
            exp.add(legality.step(map("lawfulArea", r.lawfulArea(), "unlawfulArea", r.unlawfulArea()), Map.of(), ZERO,
                    note("expropriation.unlawful-not-compensated"), NOT_ELIGIBLE));
        }
        exp.add(v.step(map("lawfulArea", r.lawfulArea(), "assessedPrice", r.assessedPrice(), "similarMarketPrice", r.similarMarketPrice(),
                "decisionAnnouncedOn", r.decisionAnnouncedOn()), map("priceApplied", Calculation.yuan(price), "compensatedArea", r.lawfulArea()),
                amount, floor != null && floor.compareTo(r.assessedPrice()) > 0 ? note("expropriation.similar-market-floor") : null, CALCULATED));
        exp.result("priceApplied", Calculation.yuan(price));
        exp.result("compensatedArea", r.lawfulArea());
        return amount;
    }

    /** 10 yuan per m² of lawful area plus assessed special equipment (001:242); a residence 2000 per 套 (001:240). */
    private BigDecimal relocation(NonResidentialRequest r, RuleSet rs, Explanation exp) {
        if (r.use() == Use.RESIDENTIAL) {
            Rule relocation = rs.get("RELOCATION");
            int units = r.units() == null ? 1 : r.units();
            BigDecimal amount = Calculation.yuan(relocation.number("perUnit").multiply(BigDecimal.valueOf(units)));
            exp.add(relocation.step(map("area", r.area(), "units", units), map("perUnit", relocation.number("perUnit")), amount,
                    note("expropriation.per-unit-not-area"), CALCULATED));
            return amount;
        }
        if (r.lawfulArea() == null) {
            throw ProblemException.invalid("lawfulArea", "expropriation.field-required", "lawfulArea");
        }
        Rule relocation = rs.get("RELOCATION_NON_RESIDENTIAL");
        BigDecimal moving = r.lawfulArea().multiply(relocation.number("perSquareMetre"));
        BigDecimal equipment = r.specialEquipmentAssessed() == null ? BigDecimal.ZERO : r.specialEquipmentAssessed();
        BigDecimal amount = Calculation.yuan(moving.add(equipment));
        exp.add(relocation.step(map("lawfulArea", r.lawfulArea(), "unlawfulArea", r.unlawfulArea(), "specialEquipmentAssessed",
                r.specialEquipmentAssessed()), map("perSquareMetre", relocation.number("perSquareMetre"), "byArea", Calculation.yuan(moving)),
                amount, r.unlawfulArea() != null && r.unlawfulArea().signum() > 0 ? note("expropriation.lawful-area-only") : null, CALCULATED));
        return amount;
    }

    /** 001:258-264; null when an open point decides and its parameter is not set. */
    private BigDecimal businessLoss(NonResidentialRequest r, RuleSet rs, Explanation exp, LocalDate asOf) {
        Rule loss = rs.get("BUSINESS_LOSS");
        Map<String, Object> in = map("use", r.use(), "operating", r.operating(), "benefits", r.benefits(), "benefitDeterminable",
                r.benefitDeterminable(), "lawfulArea", r.lawfulArea(), "businessArea", r.businessArea());
        if (r.use() == Use.RESIDENTIAL) {
            exp.add(loss.step(in, Map.of(), ZERO, note("expropriation.residence-no-business-loss"), NOT_ELIGIBLE));
            return ZERO;
        }
        boolean stopped = Boolean.FALSE.equals(r.operating())
                || r.stoppedSince() != null && (r.decisionAnnouncedOn() == null || r.stoppedSince().isBefore(r.decisionAnnouncedOn()));
        if (stopped) {
            Rule s = rs.get("BUSINESS_LOSS_ALREADY_STOPPED");
            exp.add(s.step(map("operating", r.operating(), "stoppedSince", r.stoppedSince()), Map.of(), ZERO, null, NOT_ELIGIBLE));
            return ZERO;
        }
        if (TRUE.equals(r.unauthorisedChangeOfUse())) {
            Rule u = rs.get("BUSINESS_LOSS_UNAUTHORISED_USE");
            exp.add(u.step(map("certificateUse", r.certificateUse(), "unauthorisedChangeOfUse", true), Map.of(), ZERO, null, NOT_ELIGIBLE));
            return ZERO;
        }
        List<ParameterUse> used = new ArrayList<>();
        if (TRUE.equals(r.residentialToBusiness())) {
            ParameterUse p = expropriation.param(loss.parameter("residentialToBusinessParameter"), asOf);
            used.add(p);
            if (!p.set()) {
                exp.add(loss.step(in, Map.of(), null, note("expropriation.zhugaifei-loss", p.name()), NOT_CONFIGURED, used));
                return null;
            }
            if (p.is("NONE")) {
                exp.add(loss.step(in, Map.of(), ZERO, note("expropriation.zhugaifei-no-loss"), NOT_ELIGIBLE, used));
                return ZERO;
            }
        }
        int months = loss.number("months").intValue();
        List<NonResidentialRequest.YearBenefit> benefits = r.benefits() == null ? List.of() : r.benefits();
        boolean fallback = Boolean.FALSE.equals(r.benefitDeterminable()) || benefits.isEmpty();
        if (!fallback) {
            List<NonResidentialRequest.YearBenefit> years = benefits.stream()
                    .filter(b -> r.decisionAnnouncedOn() == null || b.year() < r.decisionAnnouncedOn().getYear())
                    .sorted(Comparator.comparing(NonResidentialRequest.YearBenefit::year).reversed()).limit(3).toList();
            if (years.size() < 3) {
                ParameterUse p = expropriation.param(loss.parameter("shortHistoryParameter"), asOf);
                used.add(p);
                if (!p.set()) {
                    exp.add(loss.step(in, map("years", years.size()), null, note("expropriation.short-history", p.name()), NOT_CONFIGURED, used));
                    return null;
                }
                fallback = p.is("FALLBACK") || years.isEmpty();
            }
            if (!fallback) {
                BigDecimal sum = years.stream().map(NonResidentialRequest.YearBenefit::benefit).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal average = sum.divide(BigDecimal.valueOf(years.size()), 10, RoundingMode.HALF_UP);
                Map<String, Object> values = map("years", years.stream().map(NonResidentialRequest.YearBenefit::year).toList(), "sum", sum,
                        "yearlyAverage", Calculation.yuan(average), "months", months);
                if (average.signum() < 0) {
                    ParameterUse p = expropriation.param(loss.parameter("negativeParameter"), asOf);
                    used.add(p);
                    if (!p.set()) {
                        exp.add(loss.step(in, values, null, note("expropriation.negative-average", p.name()), NOT_CONFIGURED, used));
                        return null;
                    }
                    if (p.is("ZERO")) {
                        exp.add(loss.step(in, values, ZERO, note("expropriation.negative-zero"), CALCULATED, used));
                        return ZERO;
                    }
                    fallback = true;
                } else {
                    // months of the yearly average, rounded once: sum x months / (years x 12)
                    BigDecimal amount = Calculation.yuan(sum.multiply(BigDecimal.valueOf(months))
                            .divide(BigDecimal.valueOf(years.size() * 12L), 10, RoundingMode.HALF_UP));
                    exp.add(loss.step(in, values, amount, note("expropriation.average-months", months), CALCULATED, used));
                    return amount;
                }
            }
        }
        // 无法认定效益的按 100 元/平方米执行: per month or once, on which area
        BigDecimal per = loss.number("fallbackPerSquareMetre");
        ParameterUse period = expropriation.param(loss.parameter("fallbackPeriodParameter"), asOf);
        used.add(period);
        BigDecimal area = r.lawfulArea();
        ParameterUse areaParam = null;
        if (r.businessArea() != null && (area == null || r.businessArea().compareTo(area) != 0)) {
            areaParam = expropriation.param(loss.parameter("fallbackAreaParameter"), asOf);
            used.add(areaParam);
        }
        if (!period.set() || areaParam != null && !areaParam.set()) {
            exp.add(loss.step(in, map("fallbackPerSquareMetre", per), null, note("expropriation.fallback-open"), NOT_CONFIGURED, used));
            return null;
        }
        if (areaParam != null) {
            area = areaParam.is("BUSINESS_AREA") ? r.businessArea() : r.lawfulArea();
        }
        if (area == null) {
            throw ProblemException.invalid("lawfulArea", "expropriation.field-required", "lawfulArea");
        }
        BigDecimal times = period.is("PER_MONTH") ? BigDecimal.valueOf(months) : BigDecimal.ONE;
        BigDecimal amount = Calculation.yuan(area.multiply(per).multiply(times));
        exp.add(loss.step(in, map("fallbackPerSquareMetre", per, "area", area, "times", times), amount, note("expropriation.fallback"), CALCULATED,
                used));
        return amount;
    }

    /** 001:238: 容积率 below 1.0 (compared exactly): the land not built on at the assessed price, or rebuilding. */
    private BigDecimal courtyard(NonResidentialRequest r, RuleSet rs, Explanation exp, LocalDate asOf) {
        Rule c = rs.get("EMPTY_COURTYARD");
        BigDecimal land = r.landArea();
        Map<String, Object> in = map("lawfulLandUseRight", r.lawfulLandUseRight(), "landArea", land, "compensableBuildingArea",
                r.compensableBuildingArea(), "unlawfulBuildingArea", r.unlawfulBuildingArea(), "option", r.option());
        if (!TRUE.equals(r.lawfulLandUseRight())) {
            exp.add(c.step(in, Map.of(), ZERO, note("expropriation.no-land-right"), NOT_ELIGIBLE));
            return ZERO;
        }
        if (r.compensableBuildingArea() == null || land.signum() == 0) {
            throw ProblemException.invalid("compensableBuildingArea", "expropriation.field-required", "compensableBuildingArea");
        }
        List<ParameterUse> used = new ArrayList<>();
        BigDecimal built = r.compensableBuildingArea();
        if (r.unlawfulBuildingArea() != null && r.unlawfulBuildingArea().signum() > 0) {
            ParameterUse p = expropriation.param(c.parameter("plotRatioAreaParameter"), asOf);
            used.add(p);
            if (!p.set()) {
                exp.add(c.step(in, Map.of(), null, note("expropriation.courtyard-far-area", p.name()), NOT_CONFIGURED, used));
                return null;
            }
            if (p.is("ALL_BUILT")) {
                built = built.add(r.unlawfulBuildingArea());
            }
        }
        BigDecimal ratio = built.divide(land, 4, RoundingMode.HALF_UP);
        boolean below = built.compareTo(land.multiply(c.number("noCompensationFromPlotRatio"))) < 0;
        exp.result("plotRatio", ratio).result("plotRatioBelowOne", below);
        Map<String, Object> values = map("plotRatio", ratio, "plotRatioBelowOne", below);
        if (!below) {
            exp.add(c.step(in, values, ZERO, note("expropriation.plot-ratio-one"), NOT_ELIGIBLE, used));
            return ZERO;
        }
        BigDecimal area = land.subtract(built);
        exp.result("compensatedArea", area);
        values.put("compensatedArea", area);
        if (r.option() == NonResidentialRequest.CourtyardOption.REBUILD) {
            ParameterUse p = expropriation.param(c.parameter("rebuildParameter"), asOf);
            used.add(p);
            if (!p.set()) {
                exp.add(c.step(in, values, null, note("expropriation.courtyard-rebuild", p.name()), NOT_CONFIGURED, used));
                return null;
            }
            if (r.constructionCost() == null) {
                throw ProblemException.invalid("constructionCost", "expropriation.field-required", "constructionCost");
            }
            BigDecimal rebuilt = area.multiply(new BigDecimal(p.value()));
            BigDecimal ownerPays = Calculation.yuan(rebuilt.multiply(r.constructionCost()));
            values.put("rebuiltArea", rebuilt);
            values.put("ownerPays", ownerPays);
            exp.result("rebuiltArea", rebuilt).result("ownerPays", ownerPays);
            exp.add(c.step(in, values, ZERO, note("expropriation.courtyard-rebuilt"), CALCULATED, used));
            return ZERO;
        }
        if (r.courtyardAssessedPrice() == null) {
            throw ProblemException.invalid("courtyardAssessedPrice", "expropriation.field-required", "courtyardAssessedPrice");
        }
        BigDecimal amount = Calculation.yuan(area.multiply(r.courtyardAssessedPrice()));
        exp.add(c.step(in, values, amount, null, CALCULATED, used));
        return amount;
    }

    static CalculationStatus of(boolean ok) {
        return ok ? CALCULATED : NOT_ELIGIBLE;
    }
}
