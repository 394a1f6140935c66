package cn.guihua.subsidy.expropriation;

import static cn.guihua.subsidy.rules.CalculationStatus.CALCULATED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_CONFIGURED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_ELIGIBLE;
import static cn.guihua.subsidy.rules.Explanation.map;
import static cn.guihua.subsidy.rules.Explanation.note;
import static java.lang.Boolean.TRUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.subsidy.expropriation.CompensationRequest.Choice;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleSet;

/**
 * 兰山区 expropriation, the swap side: the settlement of area differences (001:226), the selection of a further unit
 * for the remainder (001:173), the selection order and floor mix (001:175-177), the choices a house allows (001:214,
 * 001:232-236) and the ancillary rooms (001:286-288).
 */
@ApplicationScoped
public class PlacementCalculator {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject
    ExpropriationRules expropriation;

    private static LocalDate asOf(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    public Calculation swap(SwapRequest r) {
        LocalDate asOf = asOf(r.asOf());
        RuleSet rs = expropriation.rules(asOf, null);
        Explanation exp = new Explanation(ExpropriationRules.POLICY, asOf);
        boolean open = false;
        BigDecimal pays = BigDecimal.ZERO;
        BigDecimal receives = BigDecimal.ZERO;
        boolean any = false;
        if (r.expropriated() != null && r.placement() != null) {
            any = true;
            BigDecimal[] settled = settlement(r, rs, exp, asOf);
            if (settled == null) {
                open = true;
            } else {
                pays = pays.add(settled[0]);
                receives = receives.add(settled[1]);
            }
        }
        if (r.remainingArea() != null || r.expropriatedArea() != null && r.placedArea() != null) {
            any = true;
            BigDecimal[] selected = selection(r, rs, exp, asOf);
            if (selected == null) {
                open = true;
            } else {
                pays = pays.add(selected[0]);
                receives = receives.add(selected[1]);
            }
        }
        if (!any) {
            throw ProblemException.invalid("expropriated", "expropriation.nothing-to-work-out");
        }
        if (open) {
            return exp.done(NOT_CONFIGURED, null, exp.missingSummary(), null);
        }
        BigDecimal net = receives.subtract(pays);
        exp.result("ownerPays", Calculation.yuan(net.signum() < 0 ? net.negate() : BigDecimal.ZERO));
        exp.result("ownerReceives", Calculation.yuan(net.signum() > 0 ? net : BigDecimal.ZERO));
        return exp.done(CALCULATED, net.signum() > 0 ? net : BigDecimal.ZERO, note("expropriation.settled"), null);
    }

    /** {what the owner pays, what the owner receives}; null while an open point decides. */
    private BigDecimal[] settlement(SwapRequest r, RuleSet rs, Explanation exp, LocalDate asOf) {
        Rule s = rs.get("SWAP_SETTLEMENT");
        require(r.cashCompensationPrice(), "cashCompensationPrice");
        require(r.marketPrice(), "marketPrice");
        require(r.constructionCostWithoutLand(), "constructionCostWithoutLand");
        BigDecimal dInner = r.placement().innerArea().subtract(r.expropriated().innerArea());
        BigDecimal dShared = r.placement().sharedArea().subtract(r.expropriated().sharedArea());
        Map<String, Object> in = map("expropriated", r.expropriated(), "placement", r.placement(), "cashCompensationPrice",
                r.cashCompensationPrice(), "marketPrice", r.marketPrice(), "constructionCostWithoutLand", r.constructionCostWithoutLand());
        Map<String, Object> values = map("innerDifference", dInner, "sharedDifference", dShared);
        List<ParameterUse> used = new ArrayList<>();
        if (TRUE.equals(r.minimumAreaPlacement())) {
            ParameterUse p = expropriation.param(s.parameter("minimumAreaParameter"), asOf);
            used.add(p);
            if (!p.set()) {
                exp.add(s.step(in, values, null, note("expropriation.minimum-area-excess", p.name()), NOT_CONFIGURED, used));
                return null;
            }
            if (p.is("FREE") && dInner.add(dShared).signum() >= 0) {
                exp.add(s.step(in, values, ZERO, note("expropriation.minimum-area-free"), CALCULATED, used));
                exp.result("ownerPays", ZERO).result("ownerReceives", ZERO);
                return new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO };
            }
        }
        boolean mixed = dInner.signum() * dShared.signum() < 0;
        BigDecimal pays;
        BigDecimal receives;
        if (!mixed) {
            pays = excess(dInner, r.marketPrice()).add(excess(dShared, r.constructionCostWithoutLand()));
            receives = shortfall(dInner).add(shortfall(dShared)).multiply(r.cashCompensationPrice());
        } else {
            ParameterUse p = expropriation.param(s.parameter("mixedParameter"), asOf);
            used.add(p);
            if (!p.set()) {
                exp.add(s.step(in, values, null, note("expropriation.swap-mixed", p.name()), NOT_CONFIGURED, used));
                return null;
            }
            pays = excess(dInner, r.marketPrice()).add(excess(dShared, r.constructionCostWithoutLand()));
            if (p.is("TOTAL")) {
                receives = shortfall(dInner.add(dShared)).multiply(r.cashCompensationPrice());
            } else {
                receives = shortfall(dInner).add(shortfall(dShared)).multiply(r.cashCompensationPrice());
            }
            BigDecimal net = pays.subtract(receives);
            pays = net.max(BigDecimal.ZERO);
            receives = net.negate().max(BigDecimal.ZERO);
        }
        pays = Calculation.yuan(pays);
        receives = Calculation.yuan(receives);
        values.put("ownerPays", pays);
        values.put("ownerReceives", receives);
        exp.add(s.step(in, values, receives.subtract(pays), null, CALCULATED, used));
        return new BigDecimal[] { pays, receives };
    }

    private static BigDecimal excess(BigDecimal d, BigDecimal price) {
        return d.signum() > 0 ? d.multiply(price) : BigDecimal.ZERO;
    }

    private static BigDecimal shortfall(BigDecimal d) {
        return d.signum() < 0 ? d.negate() : BigDecimal.ZERO;
    }

    private BigDecimal[] selection(SwapRequest r, RuleSet rs, Explanation exp, LocalDate asOf) {
        Rule h = rs.get("HOUSE_SELECTION");
        require(r.smallestUnitArea(), "smallestUnitArea");
        require(r.newHousingMarketPrice(), "newHousingMarketPrice");
        BigDecimal remaining = r.remainingArea() != null ? r.remainingArea() : r.expropriatedArea().subtract(r.placedArea());
        BigDecimal half = r.smallestUnitArea().multiply(h.number("thresholdShareOfSmallestUnit"));
        boolean atOrAbove = remaining.compareTo(half) >= 0;
        Map<String, Object> in = map("remainingArea", remaining, "smallestUnitArea", r.smallestUnitArea(), "smallestUnitsLeft",
                r.smallestUnitsLeft(), "takes", r.takes());
        Map<String, Object> values = map("half", half, "atOrAboveHalf", atOrAbove);
        if (!atOrAbove) {
            BigDecimal cash = Calculation.yuan(remaining.multiply(r.newHousingMarketPrice()));
            exp.add(h.step(in, values, cash, note("expropriation.below-half"), CALCULATED));
            exp.result("furtherPlacement", false);
            return new BigDecimal[] { BigDecimal.ZERO, cash };
        }
        if (r.takes() == null) {
            throw ProblemException.invalid("takes", "expropriation.takes-required");
        }
        if (r.takes() == SwapRequest.Takes.ONE_MORE_SMALLEST_UNIT) {
            if (r.smallestUnitsLeft() == null || r.smallestUnitsLeft() <= 0) {
                throw ProblemException.conflict("expropriation.smallest-units-gone", h.clause().ref(), h.clause().quote());
            }
            BigDecimal price = r.marketPrice() != null ? r.marketPrice() : r.newHousingMarketPrice();
            BigDecimal beyond = r.smallestUnitArea().subtract(remaining).max(BigDecimal.ZERO);
            BigDecimal pays = Calculation.yuan(beyond.multiply(price));
            values.put("extraUnitArea", r.smallestUnitArea());
            values.put("beyondRemainder", beyond);
            exp.add(h.step(in, values, pays.negate(), note("expropriation.one-more-unit"), CALCULATED));
            exp.result("furtherPlacement", true).result("extraUnitArea", r.smallestUnitArea());
            return new BigDecimal[] { pays, BigDecimal.ZERO };
        }
        ParameterUse p = expropriation.param(h.parameter("cashPriceParameter"), asOf);
        if (!p.set()) {
            exp.add(h.step(in, values, null, note("expropriation.remainder-price", p.name()), NOT_CONFIGURED, p));
            return null;
        }
        BigDecimal price = p.is("CASH_COMPENSATION") ? r.cashCompensationPrice() : r.newHousingMarketPrice();
        require(price, "cashCompensationPrice");
        BigDecimal cash = Calculation.yuan(remaining.multiply(price));
        exp.add(h.step(in, values, cash, null, CALCULATED, p));
        exp.result("furtherPlacement", false);
        return new BigDecimal[] { BigDecimal.ZERO, cash };
    }

    public Calculation selectionOrder(SelectionRequest r) {
        LocalDate asOf = asOf(r.asOf());
        RuleSet rs = expropriation.rules(asOf, null);
        Explanation exp = new Explanation(ExpropriationRules.POLICY, asOf);
        Rule order = rs.get("SELECTION_ORDER");
        List<SelectionRequest.Owner> owners = new ArrayList<>(r.owners());
        java.util.function.Function<SelectionRequest.Owner, Integer> key = switch (r.order()) {
            case SIGNING_SEQUENCE -> SelectionRequest.Owner::signingNo;
            case KEY_HANDOVER_SEQUENCE -> SelectionRequest.Owner::keyHandoverNo;
            case AREA_LOTTERY -> SelectionRequest.Owner::lotteryNo;
        };
        for (int i = 0; i < owners.size(); i++) {
            if (key.apply(owners.get(i)) == null) {
                throw ProblemException.invalid("owners[" + i + "]", "expropriation.order-number-required", r.order());
            }
        }
        owners.sort(Comparator.comparing(key));
        List<String> sequence = owners.stream().map(SelectionRequest.Owner::id).toList();
        exp.add(order.step(map("order", r.order(), "owners", r.owners()), Map.of(), sequence, null, CALCULATED));
        exp.result("selectionOrder", sequence);
        boolean open = false;
        if (r.floors() != null && r.chosenFloors() != null && r.chosenFloors().size() > 1) {
            Rule mix = rs.get("SELECTION_FLOOR_MIX");
            int middle = (r.floors() + 1) / 2;
            boolean atMiddle = r.chosenFloors().contains(middle);
            ParameterUse p = expropriation.param(mix.parameter("middleFloorParameter"), asOf);
            Map<String, Object> in = map("floors", r.floors(), "chosenFloors", r.chosenFloors());
            if (atMiddle && !p.set()) {
                exp.add(mix.step(in, map("middleFloor", middle), null, note("expropriation.middle-floor", p.name()), NOT_CONFIGURED, p));
                open = true;
            } else {
                boolean low = r.chosenFloors().stream().anyMatch(f -> f < middle || f == middle && p.is("LOW"));
                boolean high = r.chosenFloors().stream().anyMatch(f -> f > middle || f == middle && p.is("HIGH"));
                exp.add(mix.step(in, map("middleFloor", middle), low && high, low && high ? null : note("expropriation.floors-not-mixed"),
                        low && high ? CALCULATED : NOT_ELIGIBLE, atMiddle ? List.of(p) : List.of()));
                exp.result("floorMixMet", low && high);
            }
        }
        return exp.done(open ? NOT_CONFIGURED : CALCULATED, null, note("expropriation.selection-order"), order.code());
    }

    public Calculation choices(ChoiceRequest r) {
        LocalDate asOf = asOf(r.asOf());
        RuleSet rs = expropriation.rules(asOf, null);
        Explanation exp = new Explanation(ExpropriationRules.POLICY, asOf);
        String deciding = null;
        boolean publicHousing = r.kind() != null && r.kind() != ChoiceRequest.HousingKind.PRIVATE;
        if (publicHousing && TRUE.equals(r.leaseInForce()) && !TRUE.equals(r.leaseTerminationAgreed()) && !Boolean.FALSE.equals(r.tenantCompliant())) {
            Rule pr = rs.get("PUBLIC_RENTAL_SWAP");
            if (r.choice() == Choice.CASH) {
                throw ExpropriationRules.refused(pr, r.choice());
            }
            exp.add(pr.step(map("kind", r.kind(), "leaseInForce", true, "leaseTerminationAgreed", r.leaseTerminationAgreed(), "tenantCompliant",
                    r.tenantCompliant()), map("allowedChoices", List.of("SWAP"), "tenantKeepsLease", pr.flag("tenantKeepsLease")), true, null, CALCULATED));
            exp.result("allowedChoices", List.of("SWAP")).result("tenantKeepsLease", pr.flag("tenantKeepsLease"));
            deciding = pr.code();
        } else if (r.choice() != null || r.kind() != null || r.use() != null) {
            Rule c = rs.get("COMPENSATION_CHOICE");
            boolean nonResidential = r.use() == NonResidentialRequest.Use.NON_RESIDENTIAL;
            List<String> allowed = nonResidential && !TRUE.equals(r.swapConditions()) ? List.of("CASH") : List.of("CASH", "SWAP");
            if (r.choice() != null && !allowed.contains(r.choice().name())) {
                throw ExpropriationRules.refused(c, r.choice());
            }
            exp.add(c.step(map("use", r.use(), "choice", r.choice(), "swapConditions", r.swapConditions()), map("allowedChoices", allowed), true,
                    null, CALCULATED));
            exp.result("allowedChoices", allowed);
            deciding = c.code();
        }
        if (r.eligibleForHousingSecurity() != null) {
            Rule direct = rs.get("HOUSING_SECURITY_DIRECT");
            Rule minArea = rs.get("MINIMUM_AREA");
            boolean security = TRUE.equals(r.eligibleForHousingSecurity()) && TRUE.equals(r.choosesHousingSecurity());
            exp.add(direct.step(map("eligibleForHousingSecurity", r.eligibleForHousingSecurity(), "choosesHousingSecurity",
                    r.choosesHousingSecurity()), map("queue", false), security, null, security ? CALCULATED : NOT_ELIGIBLE));
            boolean small = TRUE.equals(r.onlyHome()) && r.area() != null && r.area().compareTo(minArea.number("cashArea")) < 0;
            boolean minimumApplied = small && !security;
            if (small && security) {
                exp.add(rs.get("NO_DOUBLE_BENEFIT").step(map("choosesHousingSecurity", true), Map.of(), false, note("expropriation.security-instead")));
            }
            exp.result("queue", direct.flag("queue")).result("minimumAreaApplied", minimumApplied);
            deciding = direct.code();
        }
        if (deciding == null) {
            throw ProblemException.invalid("choice", "expropriation.nothing-to-work-out");
        }
        return exp.done(CALCULATED, null, note("expropriation.choices"), deciding);
    }

    public Calculation ancillary(AncillaryRequest r) {
        LocalDate asOf = asOf(r.asOf());
        RuleSet rs = expropriation.rules(asOf, null);
        Explanation exp = new Explanation(ExpropriationRules.POLICY, asOf);
        BigDecimal total = BigDecimal.ZERO;
        String deciding = null;
        if (r.kind() != null) {
            Rule a = rs.get("ANCILLARY_ROOMS");
            require(r.area(), "area");
            require(r.assessedPrice(), "assessedPrice");
            Map<String, Object> in = map("kind", r.kind(), "area", r.area(), "assessedPrice", r.assessedPrice(), "option", r.option());
            if (r.option() == AncillaryRequest.Option.REBUILD_AS_MAIN) {
                require(r.mainHousePrice(), "mainHousePrice");
                BigDecimal pays = Calculation.yuan(r.mainHousePrice().subtract(r.assessedPrice()).max(BigDecimal.ZERO).multiply(r.area()));
                exp.add(a.step(in, map("ownerPays", pays, "addedMainArea", r.area()), ZERO, note("expropriation.rebuilt-as-main"), CALCULATED));
                exp.result("ownerPays", pays).result("addedMainArea", r.area());
            } else {
                BigDecimal amount = Calculation.yuan(r.area().multiply(r.assessedPrice()));
                exp.add(a.step(in, Map.of(), amount, null, CALCULATED));
                total = total.add(amount);
            }
            deciding = a.code();
        }
        if (r.wantsParkingSpace() != null) {
            Rule p = rs.get("PLACEMENT_PARKING_STORAGE");
            exp.add(p.step(map("wantsParkingSpace", r.wantsParkingSpace()), map("sale", p.text("sale"), "voluntary", p.flag("voluntary")), ZERO,
                    note("expropriation.parking-bought"), CALCULATED));
            exp.result("compensation", ZERO).result("sale", p.text("sale")).result("voluntary", p.flag("voluntary"));
            deciding = deciding == null ? p.code() : deciding;
        }
        if (deciding == null) {
            throw ProblemException.invalid("kind", "expropriation.nothing-to-work-out");
        }
        return exp.done(CALCULATED, total, note("expropriation.ancillary"), deciding);
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw ProblemException.invalid(field, "expropriation.field-required", field);
        }
    }
}
