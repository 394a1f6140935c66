package cn.guihua.subsidy.headquarters;

import static cn.guihua.subsidy.rules.CalculationStatus.CALCULATED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_CONFIGURED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_ELIGIBLE;
import static cn.guihua.subsidy.rules.Explanation.map;
import static cn.guihua.subsidy.rules.Explanation.note;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.subsidy.headquarters.HqInputs.Funding;
import cn.guihua.subsidy.headquarters.HqInputs.Matter;
import cn.guihua.subsidy.headquarters.HqInputs.OtherAward;
import cn.guihua.subsidy.headquarters.HqInputs.PurchaseBenefit;
import cn.guihua.subsidy.headquarters.HqInputs.RankingEntity;
import cn.guihua.subsidy.headquarters.HqInputs.RankingEntry;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Parameters;
import cn.guihua.subsidy.rules.Policy;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;
import cn.guihua.subsidy.rules.Step;

/**
 * 张店区 headquarters (张政发〔2021〕18号): recognition (附件1, financial headquarters and 一事一议 included), a year's
 * rewards (002:154-160) combined by 就高不重复 (002:167) under the annual cap (002:164), the executives and their perks
 * (002:158, 002:161, 002:164-165), introductions (002:160). Every amount is rounded half up to the fen at the step that
 * produces it. Where the words leave a point open the officer's parameter decides, and while it is unset the item is
 * NOT_CONFIGURED naming it.
 */
@ApplicationScoped
public class HeadquartersCalculator {

    public static final String POLICY = "ZHANGDIAN_HQ";
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject
    RuleBook rules;

    @Inject
    Parameters parameters;

    String jurisdiction() {
        return rules.policy(POLICY).jurisdiction;
    }

    ParameterUse param(ParameterName name, LocalDate asOf) {
        return parameters.use(name, jurisdiction(), asOf);
    }

    static BigDecimal yuan(BigDecimal v) {
        return Calculation.yuan(v);
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    // ---------------------------------------------------------------------------------------------- recognition

    public Calculation recognise(RecognitionRequest r, LocalDate asOf) {
        RuleSet rs = rules.rules(POLICY, asOf);
        Explanation exp = new Explanation(POLICY, asOf);
        if (Boolean.TRUE.equals(r.specialCase())) {
            if (r.officerDecision() == null) {
                throw ProblemException.invalid("officerDecision", "headquarters.special-decision-required");
            }
            Rule special = rs.get("SPECIAL_CASE");
            boolean yes = r.officerDecision() == RecognitionRequest.SpecialDecision.RECOGNISED;
            exp.add(special.step(map("officerDecision", r.officerDecision(), "decisionRef", r.decisionRef()), Map.of(), yes,
                    note("headquarters.special-case"), yes ? CALCULATED : NOT_ELIGIBLE));
            exp.result("recognised", yes);
            return exp.done(yes ? CALCULATED : NOT_ELIGIBLE, null, note(yes ? "headquarters.recognised" : "headquarters.not-recognised"),
                    "SPECIAL_CASE");
        }
        require(r.registeredOn(), "registeredOn");
        require(r.branches(), "branches");
        require(r.chainStores(), "chainStores");
        require(r.outsideRevenuePercent(), "outsideRevenuePercent");
        require(r.direct(), "direct");
        require(r.sector(), "sector");
        require(r.hqLevel(), "hqLevel");
        boolean finance = r.sector() == HqSector.FINANCE;
        String failed = null;

        Rule registration = rs.get("BASIC_REGISTRATION");
        boolean registered = !r.registeredOn().isBefore(LocalDate.parse(registration.text("registeredOnOrAfter")));
        exp.add(registration.step(map("registeredOn", r.registeredOn()), Map.of(), registered, null, status(registered)));
        failed = registered ? null : registration.code();

        Rule network = rs.get("BASIC_NETWORK");
        boolean reach = r.branches() >= network.number("minBranches").intValue() || r.chainStores() >= network.number("minChainStores").intValue();
        boolean share = r.outsideRevenuePercent().compareTo(network.number("minOutsideRevenuePercent")) >= 0;
        exp.add(network.step(map("branches", r.branches(), "chainStores", r.chainStores(), "outsideRevenuePercent", r.outsideRevenuePercent()),
                map("networkMet", reach, "shareMet", share), reach && share, null, status(reach && share)));
        failed = failed != null || reach && share ? failed : network.code();

        Rule level = rs.get("BASIC_HQ_LEVEL");
        boolean levelMet = finance ? r.hqLevel() != HqLevel.BELOW_CITY : level.texts("levels").contains(r.hqLevel().name());
        exp.add(level.step(map("hqLevel", r.hqLevel(), "sector", r.sector()), map("levels", level.texts("levels"), "financeMinLevel",
                level.text("financeMinLevel")), levelMet, finance ? note("headquarters.finance-level") : null, status(levelMet)));
        failed = failed != null || levelMet ? failed : level.code();

        // 002:163 本政策适用于…: the district relations, legal personality and the five-year commitment; checked when given
        Rule applicability = rs.get("APPLICABILITY");
        Map<String, Object> given = map("relationsInDistrict", r.relationsInDistrict(), "independentLegalPerson", r.independentLegalPerson(),
                "fiveYearCommitment", r.fiveYearCommitment());
        boolean refused = given.values().stream().anyMatch(Boolean.FALSE::equals);
        boolean complete = given.values().stream().allMatch(Boolean.TRUE::equals);
        Boolean applies = refused ? Boolean.FALSE : complete ? Boolean.TRUE : null;
        exp.add(applicability.step(given, map("commitmentYears", applicability.number("commitmentYears")), applies,
                complete || refused ? null : note("headquarters.applicability-not-given"), refused ? NOT_ELIGIBLE : CALCULATED));
        failed = failed != null || !refused ? failed : applicability.code();

        Rule direct = rs.get("DIRECT_RECOGNITION");
        boolean directly = r.direct() != DirectRecognition.NONE && !direct.text("excludedSector").equals(r.sector().name());
        exp.add(direct.step(map("direct", r.direct(), "sector", r.sector()), Map.of(), directly,
                r.direct() != DirectRecognition.NONE && !directly ? note("headquarters.real-estate-not-direct") : null));
        String deciding;
        boolean meets;
        if (directly) {
            meets = true;
            deciding = direct.code();
        } else if (finance) {
            require(r.financeKind(), "financeKind");
            Rule kind = rs.get(r.financeKind().rule());
            Map<String, Object> in = map("financeKind", r.financeKind(), "branchLevel", r.branchLevel(), "lastYearTax", r.lastYearTax());
            Map<String, Object> values = new LinkedHashMap<>();
            meets = true;
            switch (r.financeKind()) {
                case LEGAL_PERSON_INSTITUTION, FUNCTIONAL_HQ, OPERATIONS_HQ, BACK_OFFICE_CENTRE -> {
                    in.put("approvedByNationalRegulator", r.approvedByNationalRegulator());
                    meets = Boolean.TRUE.equals(r.approvedByNationalRegulator());
                }
                case LOCAL_FINANCIAL_ORGANISATION -> {
                    in.put("localLicence", r.localLicence());
                    meets = Boolean.TRUE.equals(r.localLicence());
                }
                default -> {
                }
            }
            if (kind.params().has("minLevel")) {
                require(r.branchLevel(), "branchLevel");
                values.put("minLevel", kind.text("minLevel"));
                meets = meets && r.branchLevel().cityOrAbove();
            }
            if (kind.params().has("tax")) {
                require(r.lastYearTax(), "lastYearTax");
                values.put("taxThreshold", kind.number("tax"));
                meets = meets && r.lastYearTax().compareTo(kind.number("tax")) >= 0;
            }
            exp.add(kind.step(in, values, meets, null, status(meets)));
            deciding = kind.code();
        } else {
            require(r.lastYearRevenue(), "lastYearRevenue");
            require(r.lastYearTax(), "lastYearTax");
            Rule threshold = rs.get("THRESHOLD_" + r.sector().name());
            meets = r.lastYearRevenue().compareTo(threshold.number("revenue")) >= 0 && r.lastYearTax().compareTo(threshold.number("tax")) >= 0;
            exp.add(threshold.step(map("lastYearRevenue", r.lastYearRevenue(), "lastYearTax", r.lastYearTax()),
                    map("revenueThreshold", threshold.number("revenue"), "taxThreshold", threshold.number("tax")), meets,
                    note("headquarters.both-thresholds"), status(meets)));
            deciding = threshold.code();
        }
        boolean recognised = failed == null && meets;
        exp.result("recognised", recognised);
        return exp.done(recognised ? CALCULATED : NOT_ELIGIBLE, null,
                note(recognised ? "headquarters.recognised" : "headquarters.not-recognised"), failed != null ? failed : deciding);
    }

    /** 002:164 获得奖励的涉税支出由受奖企业或个人承担: the amounts are gross, any tax on them is the recipient's. */
    static void gross(RuleSet rs, Explanation exp, BigDecimal amount) {
        if (amount != null && amount.signum() > 0 && rs.has("AWARD_TAX_BORNE_BY_RECIPIENT")) {
            Rule tax = rs.get("AWARD_TAX_BORNE_BY_RECIPIENT");
            exp.add(tax.step(Map.of(), map("grossAmounts", tax.flag("grossAmounts")), yuan(amount), note("headquarters.gross")));
        }
    }

    static CalculationStatus status(boolean met) {
        return met ? CALCULATED : NOT_ELIGIBLE;
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw ProblemException.invalid(field, "headquarters.field-required", field);
        }
    }

    // --------------------------------------------------------------------------------- the recognition standard

    /** 认定标准: the tax threshold the headquarters was recognised on, or the officer's value where it had none. */
    record Standard(BigDecimal value, Rule rule, ParameterUse parameter) {
    }

    Standard standard(RuleSet rs, HqSector sector, DirectRecognition direct, FinanceKind kind, Boolean special, LocalDate asOf) {
        boolean none = Boolean.TRUE.equals(special) || direct != null && direct != DirectRecognition.NONE;
        if (!none && sector == HqSector.FINANCE) {
            require(kind, "financeKind");
            Rule rule = rs.get(kind.rule());
            if (rule.params().has("tax")) {
                return new Standard(rule.number("tax"), rule, null);
            }
            none = true;
        }
        if (none) {
            ParameterUse p = param(ParameterName.HQ_TAX_STANDARD_WITHOUT_THRESHOLD, asOf);
            return new Standard(Parameters.decimal(p), null, p);
        }
        Rule rule = rs.get("THRESHOLD_" + sector.name());
        return new Standard(rule.number("tax"), rule, null);
    }

    static Map<String, Object> standardValues(Standard s) {
        return map("standard", s.value(), "standardFrom", s.rule() != null ? s.rule().code() + " (" + s.rule().clause().ref() + ")"
                : ParameterName.HQ_TAX_STANDARD_WITHOUT_THRESHOLD.name());
    }

    static List<ParameterUse> uses(Standard s) {
        return s.parameter() == null ? List.of() : List.of(s.parameter());
    }

    static int steps(BigDecimal tax, BigDecimal standard, BigDecimal step) {
        BigDecimal excess = tax.subtract(standard);
        return excess.signum() <= 0 ? 0 : excess.divide(step, 0, RoundingMode.FLOOR).intValue();
    }

    public Calculation executives(ExecutivesRequest r) {
        LocalDate asOf = r.asOf() == null ? LocalDate.now() : r.asOf();
        RuleSet rs = rules.rules(POLICY, asOf);
        Explanation exp = new Explanation(POLICY, asOf);
        Rule count = rs.get("EXECUTIVE_COUNT");
        int base = count.number("base").intValue();
        int max = count.number("max").intValue();
        Standard s = standard(rs, r.sector(), r.direct(), r.financeKind(), r.specialCase(), asOf);
        exp.result("executivesAtLeast", base);
        Map<String, Object> in = map("sector", r.sector(), "direct", r.direct(), "financeKind", r.financeKind(), "lastYearTax", r.lastYearTax());
        if (s.value() == null) {
            exp.add(count.step(in, standardValues(s), null, note("headquarters.no-standard", base), NOT_CONFIGURED, uses(s)));
            exp.result("executives", null);
            return exp.done(NOT_CONFIGURED, null, exp.missingSummary(), count.code());
        }
        int n = Math.min(max, base + steps(r.lastYearTax(), s.value(), count.number("stepTax")) * count.number("perStep").intValue());
        Map<String, Object> values = standardValues(s);
        values.put("uncapped", base + steps(r.lastYearTax(), s.value(), count.number("stepTax")));
        values.put("max", max);
        exp.add(count.step(in, values, n, note("headquarters.executives", n), CALCULATED, uses(s)));
        exp.result("executives", n);
        return exp.done(CALCULATED, null, note("headquarters.executives", n), count.code());
    }

    // -------------------------------------------------------------------------------------------- the year's rewards

    /** One money item of the year, for the cap: its rule and amount (null when not configured). */
    private record Item(String rule, BigDecimal amount) {
    }

    public Calculation reward(RewardRequest r) {
        Policy policy = rules.policy(POLICY);
        LocalDate asOf = r.asOf() != null ? r.asOf() : rules.yearDate(POLICY, r.year());
        boolean expired = policy.effectiveTo != null && asOf.isAfter(policy.effectiveTo);
        if (!policy.inForce(asOf) && !(expired && r.officeCost() != null)) {
            rules.rules(POLICY, asOf); // 422: only instalments may fall after the policy's end (HQ_PAYMENTS_AFTER_EXPIRY)
        }
        RuleSet rs = rules.rules(POLICY, expired ? policy.effectiveTo : asOf);
        Explanation exp = new Explanation(POLICY, asOf);
        List<Item> items = new ArrayList<>();
        List<OtherAward> others = list(r.sameMatterElsewhere());
        for (int i = 0; i < others.size(); i++) {
            if (others.get(i).matter() == null) {
                throw ProblemException.invalid("sameMatterElsewhere[" + i + "].matter", "headquarters.matter-required");
            }
        }
        int yearIndex = r.year() - r.recognitionYear();

        if (expired) {
            officePurchase(r, rs, exp, items, asOf, true);
        } else {
            capital(r, rs, exp, items);
            Rule operating = rs.get("OPERATING_CONTRIBUTION");
            JsonNode rates = operating.params().get("rates");
            boolean within = yearIndex >= 0 && yearIndex < rates.size();
            BigDecimal operatingAmount = within ? yuan(r.localContribution().multiply(rates.get(yearIndex).decimalValue())) : ZERO;
            exp.add(operating.step(map("localContribution", r.localContribution(), "yearSinceRecognition", yearIndex + 1),
                    within ? map("rate", rates.get(yearIndex).decimalValue()) : Map.of(), operatingAmount,
                    yearIndex >= rates.size() ? note("headquarters.five-years-over") : null, within ? CALCULATED : NOT_ELIGIBLE));
            items.add(new Item(operating.code(), highestOnce(rs, exp, operating.code(), operatingAmount, others, Matter.OPERATING_CONTRIBUTION, asOf)));
            if (r.revenue() != null) {
                items.add(new Item("GROWTH_REVENUE", highestOnce(rs, exp, "GROWTH_REVENUE", growthRevenue(r, rs, exp, asOf), others,
                        Matter.GROWTH_REVENUE, asOf)));
            }
            if (!list(r.rankingEntries()).isEmpty()) {
                items.add(new Item("GROWTH_RANKING", highestOnce(rs, exp, "GROWTH_RANKING", ranking(r, rs, exp, asOf), others,
                        Matter.GROWTH_RANKING, asOf)));
            }
            officePurchase(r, rs, exp, items, asOf, false);
            if (r.annualRent() != null) {
                rent(r, rs, exp, items, others, asOf);
            }
            for (HqInputs.SupportingProject project : list(r.supportingProjects())) {
                BigDecimal amount = industrySupport(project, rs, exp);
                items.add(new Item("INDUSTRY_SUPPORT", highestOnce(rs, exp, "INDUSTRY_SUPPORT", amount, list(project.sameMatterElsewhere()),
                        null, asOf)));
            }
        }
        BigDecimal total = cap(r.localContribution(), items, rs, exp, asOf);
        CalculationStatus status = total == null ? NOT_CONFIGURED : CALCULATED;
        gross(rs, exp, total);
        return exp.done(status, total, status == NOT_CONFIGURED ? exp.missingSummary() : note("headquarters.year-total", r.year()), null);
    }

    private void capital(RewardRequest r, RuleSet rs, Explanation exp, List<Item> items) {
        if (r.paidInCapital() == null || r.contributionStartYear() == null) {
            return;
        }
        Rule capital = rs.get("CAPITAL_INJECTION");
        BigDecimal amount = ZERO;
        Map<String, Object> v = new LinkedHashMap<>();
        boolean paid = false;
        if (r.paidInCapital().compareTo(capital.number("minPaidIn")) >= 0) {
            BigDecimal entitlement = yuan(r.paidInCapital().multiply(capital.number("rate")).min(capital.number("cap")));
            JsonNode shares = capital.params().get("installments");
            int index = r.year() - r.contributionStartYear();
            v.put("entitlement", entitlement);
            v.put("installment", index + 1);
            if (index >= 0 && index < shares.size()) {
                amount = yuan(entitlement.multiply(shares.get(index).decimalValue()));
                v.put("share", shares.get(index).decimalValue());
                paid = true;
            }
        }
        exp.add(capital.step(map("paidInCapital", r.paidInCapital(), "contributionStartYear", r.contributionStartYear(), "year", r.year()),
                v, amount, null, paid ? CALCULATED : NOT_ELIGIBLE));
        items.add(new Item(capital.code(), amount));
    }

    /** Each revenue milestone first passed this year; several in one year: HQ_REVENUE_MILESTONES_SAME_YEAR. */
    private BigDecimal growthRevenue(RewardRequest r, RuleSet rs, Explanation exp, LocalDate asOf) {
        Rule growth = rs.get("GROWTH_REVENUE");
        BigDecimal before = r.previousHighestRevenue() == null ? BigDecimal.ZERO : r.previousHighestRevenue();
        List<BigDecimal> crossed = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (JsonNode tier : growth.params().get("tiers")) {
            BigDecimal over = tier.get("over").decimalValue();
            if (r.revenue().compareTo(over) > 0 && before.compareTo(over) <= 0) {
                crossed.add(over);
                amounts.add(tier.get("amount").decimalValue());
            }
        }
        Map<String, Object> in = map("revenue", r.revenue(), "previousHighestRevenue", before);
        return combine(growth, ParameterName.HQ_REVENUE_MILESTONES_SAME_YEAR, amounts, in, map("firstCrossed", crossed), exp, asOf);
    }

    /** EACH: all amounts; HIGHEST: the largest; unset: NOT_CONFIGURED when more than one qualifies. */
    private BigDecimal combine(Rule rule, ParameterName sameYear, List<BigDecimal> amounts, Map<String, Object> in, Map<String, Object> values,
            Explanation exp, LocalDate asOf) {
        if (amounts.size() <= 1) {
            BigDecimal amount = amounts.isEmpty() ? ZERO : yuan(amounts.get(0));
            exp.add(rule.step(in, values, amount, amounts.isEmpty() ? note("headquarters.none-first") : null, CALCULATED));
            return amount;
        }
        ParameterUse p = param(sameYear, asOf);
        if (!p.set()) {
            exp.add(rule.step(in, values, null, note("headquarters.several-same-year", sameYear), NOT_CONFIGURED, p));
            return null;
        }
        BigDecimal amount = yuan(p.is("HIGHEST") ? amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::max)
                : amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        exp.add(rule.step(in, values, amount, note("headquarters.same-year-" + p.value().toLowerCase()), CALCULATED, p));
        return amount;
    }

    /** 002:156: first entry ever into each list, this year; whose entries count and several lists at once are parameters. */
    private BigDecimal ranking(RewardRequest r, RuleSet rs, Explanation exp, LocalDate asOf) {
        Rule g = rs.get("GROWTH_RANKING");
        List<RankingEntry> entries = list(r.rankingEntries());
        boolean investor = entries.stream().anyMatch(e -> e.entity() == RankingEntity.MAIN_INVESTOR);
        ParameterUse entity = param(g.parameter("entityParameter"), asOf);
        Map<String, Object> in = map("year", r.year(), "rankingEntries", entries);
        List<String> own = firstEntries(g, entries, r.year(), false);
        List<String> withInvestor = firstEntries(g, entries, r.year(), true);
        List<String> qualifying;
        List<ParameterUse> used = new ArrayList<>();
        if (!investor || own.equals(withInvestor)) {
            qualifying = own;
        } else if (!entity.set()) {
            exp.add(g.step(in, map("ownFirstEntries", own, "withMainInvestor", withInvestor), null,
                    note("headquarters.ranking-entity", entity.name()), NOT_CONFIGURED, entity));
            return null;
        } else {
            qualifying = entity.is("MAIN_INVESTOR") ? withInvestor : own;
            used.add(entity);
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (JsonNode l : g.params().get("lists")) {
            if (qualifying.contains(l.get("list").asText())) {
                amounts.add(l.get("amount").decimalValue());
            }
        }
        BigDecimal amount = combine(g, g.parameter("sameYearParameter"), amounts, in, map("firstEntries", qualifying), exp, asOf);
        if (!used.isEmpty()) {
            Step last = exp.steps().remove(exp.steps().size() - 1);
            List<ParameterUse> all = new ArrayList<>(used);
            all.addAll(last.parameters());
            exp.add(new Step(last.rule(), last.clause(), last.inputs(), last.values(), last.result(), last.note(), last.status(), all));
        }
        return amount;
    }

    private static List<String> firstEntries(Rule g, List<RankingEntry> entries, int year, boolean withInvestor) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : g.params().get("lists")) {
            String list = l.get("list").asText();
            Integer first = null;
            for (RankingEntry e : entries) {
                if (e.list().name().equals(list) && (withInvestor || e.entity() == RankingEntity.ENTERPRISE)) {
                    first = first == null ? e.year() : Math.min(first, e.year());
                }
            }
            if (first != null && first == year) {
                out.add(list);
            }
        }
        return out;
    }

    /** 002:157 the purchase subsidy in five yearly instalments, once in five years (002:165). */
    private void officePurchase(RewardRequest r, RuleSet rs, Explanation exp, List<Item> items, LocalDate asOf, boolean expired) {
        if (r.officeCost() == null) {
            return;
        }
        Rule purchase = rs.get("OFFICE_PURCHASE");
        Rule instalments = rs.get("OFFICE_PURCHASE_INSTALMENTS");
        BigDecimal entitlement = yuan(r.officeCost().multiply(purchase.number("rate")).min(purchase.number("cap")));
        exp.result("entitlement", entitlement);
        if (refusedOnce(rs, exp, list(r.earlierPurchaseBenefits()), HqInputs.PurchaseRule.OFFICE_PURCHASE, asOf)) {
            items.add(new Item(instalments.code(), ZERO));
            return;
        }
        exp.add(purchase.step(map("officeCost", r.officeCost()), map("rate", purchase.number("rate"), "cap", purchase.number("cap")),
                entitlement, note("headquarters.purchase-entitlement")));
        int n = instalments.number("instalments").intValue();
        int no = r.year() - r.recognitionYear() + 1;
        exp.result("instalmentNo", no);
        Map<String, Object> in = map("entitlement", entitlement, "recognitionYear", r.recognitionYear(), "year", r.year());
        List<ParameterUse> used = new ArrayList<>();
        if (no < 1 || no > n) {
            exp.add(instalments.step(in, map("instalmentNo", no), ZERO, note("headquarters.no-instalment", n), NOT_ELIGIBLE));
            exp.result("instalment", ZERO);
            items.add(new Item(instalments.code(), ZERO));
            return;
        }
        if (expired) {
            ParameterUse after = param(instalments.parameter("afterExpiryParameter"), asOf);
            used.add(after);
            if (!after.set()) {
                exp.add(instalments.step(in, map("instalmentNo", no), null, note("headquarters.after-expiry", after.name()), NOT_CONFIGURED, used));
                exp.result("instalment", null);
                items.add(new Item(instalments.code(), null));
                return;
            }
            if (after.is("STOP")) {
                exp.add(instalments.step(in, map("instalmentNo", no), ZERO, note("headquarters.after-expiry-stop"), NOT_ELIGIBLE, used));
                exp.result("instalment", ZERO);
                items.add(new Item(instalments.code(), ZERO));
                return;
            }
            exp.result("rulesAsOf", rules.policy(POLICY).effectiveTo);
        }
        ParameterUse sharesParam = param(instalments.parameter("sharesParameter"), asOf);
        used.add(0, sharesParam);
        List<String> shares = Parameters.parts(sharesParam);
        if (!sharesParam.set() || shares.size() != n) {
            exp.add(instalments.step(in, map("instalmentNo", no), null, sharesParam.set() ? note("headquarters.shares-count", n)
                    : note("headquarters.shares-missing", sharesParam.name()), NOT_CONFIGURED, used));
            if (sharesParam.set()) {
                exp.missing(sharesParam.name());
            }
            exp.result("instalment", null);
            items.add(new Item(instalments.code(), null));
            return;
        }
        List<Map<String, Object>> schedule = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal mine = null;
        for (int i = 0; i < n; i++) {
            BigDecimal amount = i < n - 1 ? yuan(entitlement.multiply(new BigDecimal(shares.get(i)))) : entitlement.subtract(sum);
            sum = sum.add(amount);
            schedule.add(map("year", r.recognitionYear() + i, "amount", yuan(amount)));
            if (i == no - 1) {
                mine = yuan(amount);
            }
        }
        exp.result("instalment", mine);
        exp.result("schedule", schedule);
        exp.add(instalments.step(in, map("instalmentNo", no, "shares", shares, "schedule", schedule), mine,
                note("headquarters.instalment", no, n), CALCULATED, used));
        items.add(new Item(instalments.code(), mine));
    }

    /** 002:165: a building or purchase benefit within five years of an earlier one is not granted. */
    boolean refusedOnce(RuleSet rs, Explanation exp, List<PurchaseBenefit> earlier, HqInputs.PurchaseRule asked, LocalDate asOf) {
        Rule once = rs.get("BUILD_PURCHASE_ONCE");
        int years = once.number("years").intValue();
        List<String> applies = once.texts("appliesTo");
        PurchaseBenefit within = earlier.stream()
                .filter(b -> applies.contains(b.rule().name()) && !b.on().isAfter(asOf) && b.on().isAfter(asOf.minusYears(years)))
                .findFirst().orElse(null);
        if (within != null) {
            exp.add(once.step(map("asked", asked, "earlierPurchaseBenefits", earlier), map("within", within.rule() + " " + within.on()), ZERO,
                    note("headquarters.once-in-five", within.rule(), within.on()), NOT_ELIGIBLE));
            return true;
        }
        if (!earlier.isEmpty()) {
            exp.add(once.step(map("asked", asked, "earlierPurchaseBenefits", earlier), Map.of(), true, null, CALCULATED));
        }
        return false;
    }

    /** 002:157 rent: 50% for three years, or the agreement's rate (at most 100%) in government premises, never both. */
    private void rent(RewardRequest r, RuleSet rs, Explanation exp, List<Item> items, List<OtherAward> others, LocalDate asOf) {
        Rule rent = rs.get("OFFICE_RENT");
        int yearIndex = r.year() - r.recognitionYear() + 1;
        List<ParameterUse> baseUse = new ArrayList<>();
        BigDecimal base = r.annualRent();
        if (r.contractTotal() != null && r.contractTotal().compareTo(r.annualRent()) != 0) {
            ParameterUse p = param(ParameterName.HQ_RENT_BASE, asOf);
            baseUse.add(p);
            if (!p.set()) {
                exp.add(rent.step(map("annualRent", r.annualRent(), "contractTotal", r.contractTotal()), Map.of(), null,
                        note("headquarters.rent-base", p.name()), NOT_CONFIGURED, p));
                items.add(new Item(rent.code(), null));
                return;
            }
            base = p.is("CONTRACT_TOTAL") ? r.contractTotal() : r.annualRent();
        }
        int years = rent.number("years").intValue();
        if (Boolean.TRUE.equals(r.governmentPremises()) && r.agreementRate() != null) {
            Rule gov = rs.get("OFFICE_RENT_GOVERNMENT_PREMISES");
            BigDecimal rate = r.agreementRate().min(gov.number("maxRate"));
            exp.add(rent.step(map("annualRent", base, "yearSinceRecognition", yearIndex), Map.of(), ZERO, note("headquarters.rent-replaced"),
                    CALCULATED, baseUse));
            Map<String, Object> in = map("annualRent", base, "agreementRate", r.agreementRate(), "agreementYears", r.agreementYears(),
                    "yearSinceRecognition", yearIndex);
            List<ParameterUse> used = new ArrayList<>(baseUse);
            Integer term = r.agreementYears();
            if (term == null && yearIndex > years) {
                ParameterUse p = param(gov.parameter("yearsParameter"), asOf);
                used.add(p);
                if (!p.set()) {
                    exp.add(gov.step(in, map("rate", rate), null, note("headquarters.gov-rent-years", p.name()), NOT_CONFIGURED, used));
                    items.add(new Item(gov.code(), null));
                    return;
                }
                term = Parameters.count(p);
            }
            boolean within = yearIndex >= 1 && (term == null || yearIndex <= term);
            BigDecimal amount = within ? yuan(base.multiply(rate)) : ZERO;
            exp.add(gov.step(in, map("rate", rate, "years", term == null ? years : term), amount,
                    within ? note("headquarters.gov-rent", rate) : note("headquarters.rent-years-over"), within ? CALCULATED : NOT_ELIGIBLE, used));
            items.add(new Item(gov.code(), highestOnce(rs, exp, gov.code(), amount, others, Matter.RENT, asOf)));
            return;
        }
        boolean within = yearIndex >= 1 && yearIndex <= years;
        BigDecimal amount = within ? yuan(base.multiply(rent.number("rate"))) : ZERO;
        exp.add(rent.step(map("annualRent", base, "yearSinceRecognition", yearIndex), map("rate", rent.number("rate")), amount,
                !within ? note("headquarters.rent-years-over")
                        : Boolean.TRUE.equals(r.governmentPremises()) ? note("headquarters.gov-without-agreement") : null,
                within ? CALCULATED : NOT_ELIGIBLE, baseUse));
        items.add(new Item(rent.code(), highestOnce(rs, exp, rent.code(), amount, others, Matter.RENT, asOf)));
    }

    /**
     * 002:167 就高、不重复，只享受一次: for the same matter under another 张店区-funded policy, only the highest amount, once.
     * Returns what this policy pays for the matter (null when the top-up question is open).
     */
    BigDecimal highestOnce(RuleSet rs, Explanation exp, String rule, BigDecimal ours, List<OtherAward> all, Matter matter, LocalDate asOf) {
        List<OtherAward> others = all.stream().filter(o -> matter == null || o.matter() == matter).toList();
        if (others.isEmpty() || ours == null) {
            return ours;
        }
        Rule h = rs.get("HIGHEST_ONCE");
        List<OtherAward> district = others.stream().filter(o -> o.funding() == Funding.DISTRICT).toList();
        Map<String, Object> in = map("rule", rule, "thisPolicy", ours, "others", others);
        if (district.isEmpty()) {
            exp.add(h.step(in, Map.of(), ours, note("headquarters.not-district-funded"), CALCULATED));
            return ours;
        }
        BigDecimal best = district.stream().map(OtherAward::amount).reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal paid = district.stream().filter(OtherAward::paid).map(OtherAward::amount).reduce(null,
                (a, b) -> a == null ? b : a.max(b));
        if (ours.compareTo(best) > 0 || ours.compareTo(best) == 0 && paid == null) {
            if (paid == null) {
                exp.add(h.step(in, map("highest", ours, "otherPolicyPayable", ZERO), ours, note("headquarters.highest-here"), CALCULATED));
                exp.result("otherPolicyPayable", ZERO);
                return ours;
            }
            ParameterUse p = param(h.parameter("topUpParameter"), asOf);
            if (!p.set()) {
                exp.add(h.step(in, map("highest", ours, "paidElsewhere", yuan(paid)), null, note("headquarters.top-up", p.name()),
                        NOT_CONFIGURED, p));
                return null;
            }
            if (p.is("NONE")) {
                exp.add(h.step(in, map("highest", ours, "paidElsewhere", yuan(paid)), ZERO, note("headquarters.once-only"), NOT_ELIGIBLE, p));
                return ZERO;
            }
            BigDecimal topUp = yuan(ours.subtract(paid));
            exp.add(h.step(in, map("highest", ours, "paidElsewhere", yuan(paid)), topUp, note("headquarters.topped-up"), CALCULATED, p));
            return topUp;
        }
        BigDecimal otherPayable = paid != null ? ZERO : yuan(best);
        exp.add(h.step(in, map("highest", yuan(best), "otherPolicyPayable", otherPayable), ZERO, note("headquarters.highest-elsewhere"),
                NOT_ELIGIBLE));
        exp.result("otherPolicyPayable", otherPayable);
        return ZERO;
    }

    /** 002:164: the year's total at most the local contribution, less the rules the officer exempted. */
    private BigDecimal cap(BigDecimal localContribution, List<Item> items, RuleSet rs, Explanation exp, LocalDate asOf) {
        Rule cap = rs.get("ANNUAL_CAP");
        boolean open = items.stream().anyMatch(i -> i.amount() == null);
        ParameterUse exemptParam = param(ParameterName.HQ_ANNUAL_CAP_EXEMPT_RULES, asOf);
        List<String> exempt = Parameters.parts(exemptParam);
        List<ParameterUse> used = new ArrayList<>();
        if (exemptParam.set()) {
            used.add(exemptParam);
        }
        if (open) {
            exp.add(cap.step(map("localContribution", localContribution), Map.of(), null, note("headquarters.cap-open"), NOT_CONFIGURED, used));
            return null;
        }
        BigDecimal capped = BigDecimal.ZERO;
        BigDecimal outside = BigDecimal.ZERO;
        for (Item i : items) {
            if (exempt.contains(i.rule())) {
                outside = outside.add(i.amount());
            } else {
                capped = capped.add(i.amount());
            }
        }
        BigDecimal paid = yuan(capped.min(localContribution));
        BigDecimal cut = yuan(capped.subtract(paid));
        Map<String, Object> values = map("beforeCap", yuan(capped), "exemptRules", exempt, "exempt", yuan(outside), "cutByCap", cut);
        exp.result("cutByCap", cut);
        if (cut.signum() > 0) {
            ParameterUse carry = param(ParameterName.HQ_ANNUAL_CAP_CARRY_FORWARD, asOf);
            used.add(carry);
            if (carry.set()) {
                exp.result("carryForward", carry.is("CARRY") ? cut : ZERO);
            } else {
                exp.result("carryForward", null);
                exp.missing(carry.name());
            }
        }
        exp.add(cap.step(map("localContribution", localContribution), values, paid,
                cut.signum() > 0 ? note("headquarters.capped", cut) : null, CALCULATED, used));
        return yuan(paid.add(outside));
    }

    // -------------------------------------------------------------------------------------------- supporting projects

    BigDecimal industrySupport(HqInputs.SupportingProject p, RuleSet rs, Explanation exp) {
        Rule rule = rs.get("INDUSTRY_SUPPORT");
        Map<String, Object> in = map("totalInvestment", p.totalInvestment(), "keySupportingProject", p.keySupportingProject());
        if (!Boolean.TRUE.equals(p.keySupportingProject())) {
            exp.add(rule.step(in, Map.of(), ZERO, note("headquarters.not-key-project"), NOT_ELIGIBLE));
            return ZERO;
        }
        BigDecimal amount = null;
        BigDecimal bracket = null;
        for (JsonNode tier : rule.params().get("tiers")) {
            if (p.totalInvestment().compareTo(tier.get("over").decimalValue()) > 0) {
                amount = tier.get("amount").decimalValue();
                bracket = tier.get("over").decimalValue();
            }
        }
        if (amount == null) {
            exp.add(rule.step(in, Map.of(), ZERO, note("headquarters.project-too-small"), NOT_ELIGIBLE));
            return ZERO;
        }
        exp.add(rule.step(in, map("over", bracket), yuan(amount), note("headquarters.top-bracket-only"), CALCULATED));
        return yuan(amount);
    }

    public Calculation industrySupport(IndustrySupportRequest r) {
        LocalDate asOf = r.asOf() == null ? LocalDate.now() : r.asOf();
        RuleSet rs = rules.rules(POLICY, asOf);
        Explanation exp = new Explanation(POLICY, asOf);
        List<OtherAward> others = new ArrayList<>(list(r.project().sameMatterElsewhere()));
        others.addAll(list(r.sameMatterElsewhere()));
        BigDecimal amount = highestOnce(rs, exp, "INDUSTRY_SUPPORT", industrySupport(r.project(), rs, exp), others, null, asOf);
        CalculationStatus status = amount == null ? NOT_CONFIGURED : amount.signum() > 0 ? CALCULATED : NOT_ELIGIBLE;
        gross(rs, exp, amount);
        return exp.done(status, amount, status == NOT_CONFIGURED ? exp.missingSummary() : note("headquarters.industry-support"), null);
    }

    // -------------------------------------------------------------------------------------------- introductions

    public Calculation introducer(IntroducerRequest r) {
        Policy policy = rules.policy(POLICY);
        LocalDate asOf = r.asOf() != null ? r.asOf() : r.year() != null ? rules.yearDate(POLICY, r.year()) : LocalDate.now();
        boolean expired = policy.effectiveTo != null && asOf.isAfter(policy.effectiveTo);
        boolean continuing = r.introducedLocalContribution() != null;
        if (!policy.inForce(asOf) && !(expired && continuing && r.introduced() == null)) {
            rules.rules(POLICY, asOf);
        }
        RuleSet rs = rules.rules(POLICY, expired ? policy.effectiveTo : asOf);
        Explanation exp = new Explanation(POLICY, asOf);
        BigDecimal total = BigDecimal.ZERO;
        boolean open = false;
        boolean any = false;
        if (r.introduced() != null) {
            Rule oneOff = rs.get("INTRODUCER_ONE_OFF");
            Rule major = rs.get("INTRODUCER_ONE_OFF_MAJOR");
            IntroducerRequest.Introduced in = r.introduced();
            boolean isMajor = major.texts("hqKinds").contains(in.kind().name()) && in.group() != null
                    && major.texts("groups").contains(in.group().name());
            Map<String, Object> inputs = map("kind", in.kind(), "group", in.group());
            if (isMajor) {
                exp.add(oneOff.step(inputs, Map.of(), ZERO, note("headquarters.major-instead"), CALCULATED));
                BigDecimal amount = yuan(major.number("amount"));
                exp.add(major.step(inputs, Map.of(), amount, null, CALCULATED));
                total = total.add(amount);
            } else {
                exp.add(major.step(inputs, map("hqKinds", major.texts("hqKinds"), "groups", major.texts("groups")), ZERO,
                        note("headquarters.not-major"), NOT_ELIGIBLE));
                BigDecimal amount = yuan(oneOff.number("amount"));
                exp.add(oneOff.step(inputs, Map.of(), amount, null, CALCULATED));
                total = total.add(amount);
            }
            any = true;
        }
        if (continuing) {
            Rule c = rs.get("INTRODUCER_CONTINUING");
            require(r.introducedRewards(), "introducedRewards");
            BigDecimal net = yuan(r.introducedLocalContribution().subtract(r.introducedRewards()).max(BigDecimal.ZERO));
            Map<String, Object> in = map("year", r.year(), "introducedExists", r.introducedExists(), "introducedDeregisteredOn",
                    r.introducedDeregisteredOn(), "introducedLocalContribution", r.introducedLocalContribution(), "introducedRewards",
                    r.introducedRewards());
            boolean exists = !Boolean.FALSE.equals(r.introducedExists()) && (r.introducedDeregisteredOn() == null || r.year() == null
                    || r.introducedDeregisteredOn().getYear() >= r.year());
            List<ParameterUse> used = new ArrayList<>();
            if (expired) {
                ParameterUse after = param(c.parameter("afterExpiryParameter"), asOf);
                used.add(after);
                if (!after.set()) {
                    exp.add(c.step(in, map("net", net), null, note("headquarters.after-expiry", after.name()), NOT_CONFIGURED, used));
                    open = true;
                } else if (after.is("STOP")) {
                    exp.add(c.step(in, map("net", net), ZERO, note("headquarters.after-expiry-stop"), NOT_ELIGIBLE, used));
                } else {
                    exp.result("rulesAsOf", policy.effectiveTo);
                }
            }
            if (!open && (!expired || param(c.parameter("afterExpiryParameter"), asOf).is("CONTINUE"))) {
                if (!exists) {
                    exp.add(c.step(in, map("net", net), ZERO, note("headquarters.introduced-gone"), NOT_ELIGIBLE, used));
                } else {
                    BigDecimal amount = yuan(net.multiply(c.number("rate")));
                    exp.add(c.step(in, map("net", net, "rate", c.number("rate")), amount, note("headquarters.continuing"), CALCULATED, used));
                    total = total.add(amount);
                }
            }
            any = true;
        }
        if (!any) {
            throw ProblemException.invalid("introduced", "headquarters.introduction-facts");
        }
        CalculationStatus status = open ? NOT_CONFIGURED : total.signum() > 0 ? CALCULATED : NOT_ELIGIBLE;
        gross(rs, exp, open ? null : total);
        return exp.done(status, total, open ? exp.missingSummary() : note("headquarters.introducer-total"), null);
    }

    // -------------------------------------------------------------------------------------------- executives

    public Calculation talent(TalentRequest r) {
        LocalDate asOf = r.asOf() != null ? r.asOf() : rules.yearDate(POLICY, r.year());
        RuleSet rs = rules.rules(POLICY, asOf);
        Explanation exp = new Explanation(POLICY, asOf);
        Rule t = rs.get("TALENT_CONTRIBUTION");
        Rule count = rs.get("EXECUTIVE_COUNT");
        int years = t.number("years").intValue();
        exp.add(count.step(map("executivesRecognised", r.executivesRecognised()), map("max", count.number("max")), r.executivesRecognised(),
                null));
        Map<String, Object> perExecutive = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean open = false;
        boolean anyWithin = false;
        List<ParameterUse> used = new ArrayList<>();
        for (int i = 0; i < r.executives().size(); i++) {
            TalentRequest.Executive e = r.executives().get(i);
            if (i >= r.executivesRecognised()) {
                refused.add(e.id());
                continue;
            }
            int start = r.recognitionYear();
            if (e.recognisedYear() != null && e.recognisedYear() != r.recognitionYear()) {
                ParameterUse p = param(t.parameter("periodStartParameter"), asOf);
                if (!used.contains(p)) {
                    used.add(p);
                }
                if (!p.set()) {
                    open = true;
                    perExecutive.put(e.id(), null);
                    continue;
                }
                start = p.is("EXECUTIVE_RECOGNITION") ? e.recognisedYear() : r.recognitionYear();
            }
            int index = r.year() - start + 1;
            if (index < 1 || index > years) {
                perExecutive.put(e.id(), ZERO);
                continue;
            }
            anyWithin = true;
            BigDecimal own = yuan((e.personalLocalContribution() == null ? BigDecimal.ZERO : e.personalLocalContribution()).multiply(t.number("rate")));
            BigDecimal reduction = yuan((e.shareReductionContribution() == null ? BigDecimal.ZERO : e.shareReductionContribution())
                    .multiply(t.number("shareReductionRate")));
            BigDecimal amount = yuan(own.add(reduction));
            perExecutive.put(e.id(), amount);
            total = total.add(amount);
        }
        exp.result("perExecutive", perExecutive);
        exp.result("refused", refused);
        Map<String, Object> in = map("recognitionYear", r.recognitionYear(), "year", r.year(), "executives", r.executives());
        Map<String, Object> values = map("perExecutive", perExecutive, "refused", refused, "rate", t.number("rate"), "shareReductionRate",
                t.number("shareReductionRate"));
        if (open) {
            exp.add(t.step(in, values, null, note("headquarters.talent-start"), NOT_CONFIGURED, used));
            return exp.done(NOT_CONFIGURED, null, exp.missingSummary(), t.code());
        }
        CalculationStatus status = anyWithin ? CALCULATED : NOT_ELIGIBLE;
        exp.add(t.step(in, values, yuan(total), anyWithin ? null : note("headquarters.talent-five-years-over", years), status, used));
        gross(rs, exp, total);
        return exp.done(status, total, note("headquarters.talent-total"), t.code());
    }

    public Calculation perks(PerksRequest r) {
        LocalDate asOf = r.asOf() == null ? LocalDate.now() : r.asOf();
        // an advance is repaid five years on, after the policy may have ended: it stays under the rules it was granted by
        LocalDate rulesDate = !rules.policy(POLICY).inForce(asOf) && r.advancedOn() != null ? r.advancedOn() : asOf;
        RuleSet rs = rules.rules(POLICY, rulesDate);
        Explanation exp = new Explanation(POLICY, asOf);
        if (!rulesDate.equals(asOf)) {
            exp.result("rulesAsOf", rulesDate);
        }
        boolean open = false;
        String deciding = null;
        if (r.lastYearTax() != null) {
            require(r.sector(), "sector");
            Rule health = rs.get("PERK_HEALTH_CHECK");
            Standard s = standard(rs, r.sector(), r.direct(), r.financeKind(), r.specialCase(), asOf);
            int base = health.number("places").intValue();
            exp.result("greenChannel", health.flag("greenChannel"));
            Map<String, Object> in = map("lastYearTax", r.lastYearTax(), "sector", r.sector(), "direct", r.direct());
            if (s.value() == null) {
                exp.add(health.step(in, standardValues(s), null, note("headquarters.no-standard-places", base), NOT_CONFIGURED, uses(s)));
                exp.result("healthCheckPlaces", null);
                exp.result("healthCheckPlacesAtLeast", base);
                open = true;
            } else {
                int places = base + steps(r.lastYearTax(), s.value(), health.number("stepTax")) * health.number("placesPerStep").intValue();
                exp.add(health.step(in, standardValues(s), places, note("headquarters.health-places", places), CALCULATED, uses(s)));
                exp.result("healthCheckPlaces", places);
            }
        }
        if (r.lastYearTax() != null || r.annualTotalTax() != null) {
            Rule elderly = rs.get("PERK_ELDERLY_CARE");
            BigDecimal min = elderly.number("minTax");
            Map<String, Object> in = map("lastYearTax", r.lastYearTax(), "annualTotalTax", r.annualTotalTax());
            Boolean byContribution = r.lastYearTax() == null ? null : r.lastYearTax().compareTo(min) >= 0;
            Boolean byTotal = r.annualTotalTax() == null ? null : r.annualTotalTax().compareTo(min) >= 0;
            if (byContribution != null && byContribution.equals(byTotal)) {
                exp.add(elderly.step(in, map("minTax", min), byContribution, null, CALCULATED));
                exp.result("elderlyCare", byContribution);
            } else {
                ParameterUse p = param(elderly.parameter("taxMeasureParameter"), asOf);
                Boolean chosen = !p.set() ? null : p.is("TOTAL_TAX") ? byTotal : byContribution;
                if (chosen == null) {
                    exp.add(elderly.step(in, map("minTax", min), null, note("headquarters.elderly-measure", p.name()), NOT_CONFIGURED, p));
                    exp.result("elderlyCare", null);
                    if (!p.set()) {
                        open = true;
                    } else {
                        throw ProblemException.invalid(p.is("TOTAL_TAX") ? "annualTotalTax" : "lastYearTax", "headquarters.field-required",
                                p.is("TOTAL_TAX") ? "annualTotalTax" : "lastYearTax");
                    }
                } else {
                    exp.add(elderly.step(in, map("minTax", min), chosen, null, CALCULATED, p));
                    exp.result("elderlyCare", chosen);
                }
            }
        }
        if (r.annualTotalTax() != null) {
            Rule school = rs.get("PERK_SCHOOL_PLACES");
            BigDecimal min = school.number("minAnnualTax");
            int places = r.annualTotalTax().compareTo(min) < 0 ? 0
                    : school.number("places").intValue() + r.annualTotalTax().subtract(min).divide(school.number("stepTax"), 0, RoundingMode.FLOOR)
                            .intValue() * school.number("placesPerStep").intValue();
            exp.add(school.step(map("annualTotalTax", r.annualTotalTax()), map("minAnnualTax", min, "levels", school.texts("levels")), places,
                    note("headquarters.school-places", places), CALCULATED));
            exp.result("schoolPlaces", places);
        }
        if (r.lastYearTax() != null) {
            Rule services = rs.get("PERK_SERVICES");
            exp.add(services.step(Map.of(), map("services", services.texts("services")), true, null));
            Rule detail = rs.get("PERK_DETAIL_RULES");
            exp.add(detail.step(Map.of(), map("departments", detail.params()), null, null));
        }
        // the executive's own benefits, under the cap of 002:164
        BigDecimal executiveTotal = null;
        boolean executiveOpen = false;
        List<BigDecimal> executiveAmounts = new ArrayList<>();
        if (r.talentContribution() != null) {
            Rule t = rs.get("TALENT_CONTRIBUTION");
            BigDecimal amount = yuan(r.talentContribution().multiply(t.number("rate")));
            exp.add(t.step(map("talentContribution", r.talentContribution()), map("rate", t.number("rate")), amount, null, CALCULATED));
            executiveAmounts.add(amount);
        }
        if (r.firstHomeInCity() != null || r.price() != null) {
            Rule home = rs.get("PERK_FIRST_HOME");
            deciding = home.code();
            if (refusedOnce(rs, exp, list(r.earlierPurchaseBenefits()), HqInputs.PurchaseRule.PERK_FIRST_HOME, asOf)) {
                deciding = "BUILD_PURCHASE_ONCE";
            } else if (!Boolean.TRUE.equals(r.firstHomeInCity())) {
                exp.add(home.step(map("firstHomeInCity", r.firstHomeInCity(), "price", r.price()), Map.of(), ZERO, note("headquarters.not-first-home"),
                        NOT_ELIGIBLE));
            } else {
                require(r.price(), "price");
                BigDecimal amount = yuan(r.price().multiply(home.number("rate")));
                exp.add(home.step(map("firstHomeInCity", true, "price", r.price()), map("rate", home.number("rate")), amount, null, CALCULATED));
                executiveAmounts.add(amount);
            }
        }
        if (r.committedFiveYearContribution() != null) {
            Rule advance = rs.get("PERK_HOME_ADVANCE");
            deciding = advance.code();
            ParameterUse p = param(advance.parameter("conditionsParameter"), r.advancedOn() == null ? asOf : r.advancedOn());
            Map<String, Object> in = map("committedFiveYearContribution", r.committedFiveYearContribution(), "actualFiveYearContribution",
                    r.actualFiveYearContribution(), "advancedOn", r.advancedOn(), "officerConfirmedConditions", r.officerConfirmedConditions());
            if (!p.set()) {
                exp.add(advance.step(in, Map.of(), null, note("headquarters.advance-conditions", p.name()), NOT_CONFIGURED, p));
                open = true;
            } else if (refusedOnce(rs, exp, list(r.earlierPurchaseBenefits()), HqInputs.PurchaseRule.PERK_HOME_ADVANCE,
                    r.advancedOn() == null ? asOf : r.advancedOn())) {
                deciding = "BUILD_PURCHASE_ONCE";
            } else if (!Boolean.TRUE.equals(r.officerConfirmedConditions())) {
                exp.add(advance.step(in, map("conditions", p.value()), ZERO, note("headquarters.advance-not-confirmed"), NOT_ELIGIBLE, p));
            } else {
                BigDecimal advanced = yuan(r.committedFiveYearContribution());
                exp.result("advanced", advanced);
                Map<String, Object> values = map("conditions", p.value(), "advanced", advanced);
                if (r.actualFiveYearContribution() != null && r.advancedOn() != null
                        && !asOf.isBefore(r.advancedOn().plusYears(advance.number("years").intValue()))) {
                    BigDecimal repay = yuan(r.committedFiveYearContribution().subtract(r.actualFiveYearContribution()).max(BigDecimal.ZERO));
                    exp.result("repayable", repay);
                    values.put("repayable", repay);
                }
                exp.add(advance.step(in, values, advanced, note("headquarters.advance"), CALCULATED, p));
            }
        }
        if (!executiveAmounts.isEmpty() || r.otherExecutiveSubsidies() != null && r.personalLocalContribution() != null) {
            Rule cap = rs.get("EXECUTIVE_CAP");
            BigDecimal sum = executiveAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(r.otherExecutiveSubsidies() == null ? BigDecimal.ZERO : r.otherExecutiveSubsidies());
            Map<String, Object> in = map("personalLocalContribution", r.personalLocalContribution(), "otherExecutiveSubsidies",
                    r.otherExecutiveSubsidies());
            if (r.personalLocalContribution() == null || sum.compareTo(r.personalLocalContribution()) <= 0) {
                executiveTotal = yuan(sum);
                exp.add(cap.step(in, map("total", executiveTotal), executiveTotal, null, CALCULATED));
            } else {
                ParameterUse period = param(cap.parameter("periodParameter"), asOf);
                if (!period.set()) {
                    exp.add(cap.step(in, map("beforeCap", yuan(sum)), null, note("headquarters.executive-cap-period", period.name()),
                            NOT_CONFIGURED, period));
                    executiveOpen = true;
                    deciding = cap.code();
                } else {
                    BigDecimal limit = r.personalLocalContribution();
                    if (period.is("POLICY_TERM")) {
                        require(r.termPersonalLocalContribution(), "termPersonalLocalContribution");
                        limit = r.termPersonalLocalContribution();
                    }
                    executiveTotal = yuan(sum.min(limit));
                    exp.add(cap.step(in, map("beforeCap", yuan(sum), "limit", yuan(limit)), executiveTotal,
                            executiveTotal.compareTo(sum) < 0 ? note("headquarters.executive-capped") : null, CALCULATED, period));
                    deciding = executiveTotal.compareTo(sum) < 0 ? cap.code() : deciding;
                }
            }
        }
        open = open || executiveOpen;
        CalculationStatus status = open ? NOT_CONFIGURED : CALCULATED;
        return exp.done(status, executiveTotal, open ? exp.missingSummary() : note("headquarters.perks"), deciding);
    }

    // -------------------------------------------------------------------------------------------- process

    public Calculation process(ProcessRequest r, cn.guihua.subsidy.calendar.WorkingDays calendar) {
        if (r.cycleYear() == null && r.sentToDepartmentOn() == null && r.noticePostedOn() == null && r.materials() == null) {
            throw ProblemException.invalid("cycleYear", "headquarters.process-facts");
        }
        LocalDate asOf = r.cycleYear() != null ? rules.yearDate(POLICY, r.cycleYear())
                : r.sentToDepartmentOn() != null ? r.sentToDepartmentOn() : r.noticePostedOn() != null ? r.noticePostedOn() : LocalDate.now();
        RuleSet rs = rules.rules(POLICY, asOf);
        Explanation exp = new Explanation(POLICY, asOf);
        boolean complete = true;
        if (r.materials() != null) {
            // 002:235: what the application hands to the 镇办; the proof of direct recognition only where it is asked for
            Rule materials = rs.get("PROCESS_MATERIALS");
            List<String> items = materials.texts("items");
            for (String m : r.materials()) {
                if (!items.contains(m.strip())) {
                    throw ProblemException.invalid("materials", "headquarters.unknown-material", m.strip());
                }
            }
            List<String> missing = items.stream().filter(i -> (!i.endsWith("_IF_ANY") || Boolean.TRUE.equals(r.direct()))
                    && r.materials().stream().noneMatch(m -> m.strip().equals(i))).toList();
            complete = missing.isEmpty();
            exp.result("materialsMissing", missing);
            exp.add(materials.step(map("materials", r.materials(), "direct", r.direct()), map("missing", missing, "originals",
                    materials.texts("originals")), complete, complete ? null : note("headquarters.materials-missing", String.join(", ", missing)),
                    complete ? CALCULATED : NOT_ELIGIBLE));
        }
        if (r.cycleYear() != null) {
            Rule cycle = rs.get("PROCESS_ANNUAL_CYCLE");
            int y = r.cycleYear();
            int quarter = cycle.number("applicationQuarter").intValue();
            LocalDate from = LocalDate.of(y, quarter * 3 - 2, 1);
            LocalDate to = LocalDate.of(y, quarter * 3, 1).withDayOfMonth(LocalDate.of(y, quarter * 3, 1).lengthOfMonth());
            ParameterUse street = param(cycle.parameter("streetDueParameter"), asOf);
            ParameterUse decision = param(cycle.parameter("decisionDueParameter"), asOf);
            LocalDate streetDue = street.set() ? LocalDate.parse(y + "-" + street.value())
                    : LocalDate.of(y, cycle.number("streetForwardBeforeMonth").intValue(), 1).minusDays(1);
            LocalDate decisionDue = decision.set() ? LocalDate.parse(y + "-" + decision.value())
                    : LocalDate.of(y, cycle.number("decisionBeforeMonth").intValue(), 1).minusDays(1);
            exp.result("applicationWindow", map("from", from, "to", to));
            exp.result("streetForwardDue", streetDue);
            exp.result("decisionDue", decisionDue);
            exp.result("decidesHeadquartersOf", y - 1);
            List<ParameterUse> used = new ArrayList<>();
            if (street.set()) {
                used.add(street);
            }
            if (decision.set()) {
                used.add(decision);
            }
            exp.add(cycle.step(map("cycleYear", y), map("applicationWindow", map("from", from, "to", to), "streetForwardDue", streetDue,
                    "decisionDue", decisionDue, "decidesHeadquartersOf", y - 1), true, note("headquarters.cycle"), CALCULATED, used));
        }
        if (r.sentToDepartmentOn() != null) {
            Rule review = rs.get("PROCESS_DEPARTMENT_REVIEW");
            int days = review.number("workingDays").intValue();
            try {
                cn.guihua.subsidy.calendar.WorkingDays.Count c = calendar.after(r.sentToDepartmentOn(), days);
                exp.result("dueOn", c.due());
                exp.result("workingDaysCounted", c.counted());
                exp.add(review.step(map("sentToDepartmentOn", r.sentToDepartmentOn()), map("workingDays", days, "workingDaysCounted", c.counted()),
                        c.due(), note("headquarters.working-days", days), CALCULATED));
            } catch (cn.guihua.subsidy.calendar.WorkingDays.NotLoaded e) {
                exp.result("dueOn", null);
                exp.result("dueNote", cn.guihua.subsidy.calendar.WorkingDays.NOT_CONFIGURED);
                exp.add(review.step(map("sentToDepartmentOn", r.sentToDepartmentOn()), map("workingDays", days), null,
                        note("calendar.not-loaded"), NOT_CONFIGURED));
            }
        }
        if (r.noticePostedOn() != null) {
            Rule notice = rs.get("PROCESS_PUBLIC_NOTICE");
            ParameterUse first = param(notice.parameter("firstDayParameter"), r.noticePostedOn());
            int days = notice.number("days").intValue();
            LocalDate ends = r.noticePostedOn().plusDays(first.isTrue() ? days - 1 : days);
            exp.result("noticeEndsOn", ends);
            exp.result("payableFrom", ends.plusDays(1));
            exp.add(notice.step(map("postedOn", r.noticePostedOn()), map("days", days, "dayKind", notice.text("dayKind")), ends,
                    note(first.isTrue() ? "notice.first-day-counted" : "notice.from-next-day"), CALCULATED, first.set() ? List.of(first) : List.of()));
        }
        return exp.done(complete ? CALCULATED : NOT_ELIGIBLE, null, note(complete ? "headquarters.process" : "headquarters.materials-incomplete"),
                complete ? null : "PROCESS_MATERIALS");
    }

    // -------------------------------------------------------------------------------------------- clawback

    public Calculation clawback(ClawbackRequest r, cn.guihua.subsidy.calendar.WorkingDays calendar) {
        LocalDate event = r.fraudEstablishedOn() != null ? r.fraudEstablishedOn() : r.reducedOn() != null ? r.reducedOn()
                : r.formalitiesCompletedOn() != null ? r.formalitiesCompletedOn() : r.reviewYear() != null ? rules.yearDate(POLICY, r.reviewYear()) : null;
        if (event == null) {
            throw ProblemException.invalid("fraudEstablishedOn", "headquarters.clawback-facts");
        }
        LocalDate asOf = r.asOf() != null ? r.asOf() : event;
        RuleSet rs = rules.rules(POLICY, asOf);
        Explanation exp = new Explanation(POLICY, asOf);
        CalculationStatus status = CALCULATED;
        BigDecimal amount = null;
        String deciding = null;
        if (r.fraudEstablishedOn() != null) {
            Rule fraud = rs.get("CLAWBACK_FRAUD");
            Rule cycle = rs.get("PROCESS_ANNUAL_CYCLE");
            LocalDate barredUntil = r.fraudEstablishedOn().plusYears(fraud.number("banYears").intValue());
            int quarter = cycle.number("applicationQuarter").intValue();
            int y = barredUntil.getYear();
            LocalDate windowEnd = LocalDate.of(y, quarter * 3, 1).withDayOfMonth(LocalDate.of(y, quarter * 3, 1).lengthOfMonth());
            if (!windowEnd.isAfter(barredUntil)) {
                y++;
                windowEnd = LocalDate.of(y, quarter * 3, 1).withDayOfMonth(LocalDate.of(y, quarter * 3, 1).lengthOfMonth());
            }
            LocalDate windowStart = LocalDate.of(y, quarter * 3 - 2, 1);
            if (!windowStart.isAfter(barredUntil)) {
                windowStart = barredUntil.plusDays(1);
            }
            exp.result("recognised", false);
            exp.result("barredUntil", barredUntil);
            exp.result("nextPossibleApplicationWindow", map("from", windowStart, "to", windowEnd));
            exp.add(fraud.step(map("fraudEstablishedOn", r.fraudEstablishedOn()), map("barredUntil", barredUntil), false,
                    note("headquarters.fraud", barredUntil), NOT_ELIGIBLE));
            exp.add(cycle.step(Map.of(), map("applicationQuarter", quarter), map("from", windowStart, "to", windowEnd), null));
            status = NOT_ELIGIBLE;
            deciding = fraud.code();
        }
        if (r.reducedOn() != null) {
            Rule reduction = rs.get("CLAWBACK_CAPITAL_REDUCTION");
            deciding = reduction.code();
            require(r.stillEligible(), "stillEligible");
            Map<String, Object> in = map("reducedOn", r.reducedOn(), "stillEligible", r.stillEligible(), "year", r.year());
            if (!r.stillEligible()) {
                if (r.year() == null || r.year() > r.reducedOn().getYear()) {
                    exp.add(reduction.step(in, Map.of(), ZERO, note("headquarters.stopped-from", r.reducedOn()), NOT_ELIGIBLE));
                    status = NOT_ELIGIBLE;
                    amount = ZERO;
                    exp.result("recognised", false);
                } else if (r.year() < r.reducedOn().getYear()) {
                    exp.add(reduction.step(in, Map.of(), null, note("headquarters.before-reduction"), CALCULATED));
                } else {
                    require(r.recognitionYear(), "recognitionYear");
                    require(r.localContribution(), "localContribution");
                    Rule operating = rs.get("OPERATING_CONTRIBUTION");
                    JsonNode rates = operating.params().get("rates");
                    int index = r.year() - r.recognitionYear();
                    BigDecimal whole = index >= 0 && index < rates.size()
                            ? yuan(r.localContribution().multiply(rates.get(index).decimalValue())) : ZERO;
                    exp.add(operating.step(map("localContribution", r.localContribution(), "yearSinceRecognition", index + 1), Map.of(), whole,
                            note("headquarters.whole-year"), CALCULATED));
                    ParameterUse p = param(reduction.parameter("partYearParameter"), asOf);
                    if (!p.set()) {
                        exp.add(reduction.step(in, map("wholeYear", whole), null, note("headquarters.part-year", p.name()), NOT_CONFIGURED, p));
                        status = NOT_CONFIGURED;
                    } else {
                        LocalDate start = LocalDate.of(r.year(), 1, 1);
                        int daysBefore = (int) java.time.temporal.ChronoUnit.DAYS.between(start, r.reducedOn());
                        int daysInYear = start.lengthOfYear();
                        amount = p.is("YEAR_LOST") ? ZERO : p.is("YEAR_KEPT") ? whole
                                : yuan(whole.multiply(BigDecimal.valueOf(daysBefore)).divide(BigDecimal.valueOf(daysInYear), 10, RoundingMode.HALF_UP));
                        exp.add(reduction.step(in, map("wholeYear", whole, "daysBefore", daysBefore, "daysInYear", daysInYear), amount,
                                note("headquarters.part-year-" + p.value().toLowerCase().replace('_', '-')), amount.signum() > 0 ? CALCULATED : NOT_ELIGIBLE, p));
                        status = amount.signum() > 0 ? CALCULATED : NOT_ELIGIBLE;
                    }
                }
            } else {
                require(r.paidInCapitalBefore(), "paidInCapitalBefore");
                require(r.paidInCapitalAfter(), "paidInCapitalAfter");
                Rule capital = rs.get("CAPITAL_INJECTION");
                BigDecimal before = entitlement(capital, r.paidInCapitalBefore());
                BigDecimal after = entitlement(capital, r.paidInCapitalAfter());
                List<BigDecimal> paid = list(r.capitalInstalmentsPaid());
                BigDecimal paidSum = paid.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                Map<String, Object> values = map("entitlementBefore", before, "entitlementAfter", after, "paid", yuan(paidSum));
                ParameterUse p = param(reduction.parameter("recalculationParameter"), asOf);
                if (!p.set()) {
                    exp.add(reduction.step(in, values, null, note("headquarters.recalculation", p.name()), NOT_CONFIGURED, p));
                    status = NOT_CONFIGURED;
                } else {
                    JsonNode shares = capital.params().get("installments");
                    List<BigDecimal> remaining = new ArrayList<>();
                    BigDecimal restShares = BigDecimal.ZERO;
                    for (int i = paid.size(); i < shares.size(); i++) {
                        restShares = restShares.add(shares.get(i).decimalValue());
                    }
                    BigDecimal rest = after.subtract(paidSum).max(BigDecimal.ZERO);
                    for (int i = paid.size(); i < shares.size(); i++) {
                        BigDecimal share = shares.get(i).decimalValue();
                        remaining.add(p.is("REMAINING_SHARES_OF_NEW") ? yuan(after.multiply(share))
                                : restShares.signum() == 0 ? ZERO : yuan(rest.multiply(share).divide(restShares, 10, RoundingMode.HALF_UP)));
                    }
                    values.put("remainingInstalments", remaining);
                    exp.result("remainingInstalments", remaining);
                    amount = yuan(remaining.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
                    exp.add(reduction.step(in, values, amount, note("headquarters.recalculated"), CALCULATED, p));
                }
            }
        }
        if (r.formalitiesCompletedOn() != null) {
            Rule restructure = rs.get("CLAWBACK_RESTRUCTURE");
            int days = restructure.number("reportWorkingDays").intValue();
            Map<String, Object> values = new LinkedHashMap<>();
            try {
                cn.guihua.subsidy.calendar.WorkingDays.Count c = calendar.after(r.formalitiesCompletedOn(), days);
                exp.result("reportDue", c.due());
                exp.result("workingDaysCounted", c.counted());
                values.put("workingDaysCounted", c.counted());
            } catch (cn.guihua.subsidy.calendar.WorkingDays.NotLoaded e) {
                exp.result("reportDue", null);
                exp.result("dueNote", cn.guihua.subsidy.calendar.WorkingDays.NOT_CONFIGURED);
            }
            exp.result("termUnchanged", restructure.flag("keepsOriginalTerm"));
            if (r.recognitionYear() != null) {
                int years = rs.get("OPERATING_CONTRIBUTION").params().get("rates").size();
                exp.result("lastPolicyYear", r.recognitionYear() + years - 1);
            }
            exp.add(restructure.step(map("formalitiesCompletedOn", r.formalitiesCompletedOn(), "recognitionYear", r.recognitionYear()), values,
                    true, note("headquarters.restructure", days), CALCULATED));
            deciding = deciding == null ? restructure.code() : deciding;
        }
        if (r.reviewYear() != null) {
            Rule review = rs.get("CLAWBACK_ANNUAL_REVIEW");
            boolean penalised = list(r.penalties()).stream().anyMatch(p -> p.year() == r.reviewYear() - 1
                    && (p.kind() == ClawbackRequest.PenaltyKind.TAX || p.kind() == ClawbackRequest.PenaltyKind.OTHER_MAJOR));
            boolean failed = Boolean.FALSE.equals(r.reviewPassed()) || penalised;
            exp.add(review.step(map("reviewYear", r.reviewYear(), "reviewPassed", r.reviewPassed(), "penalties", list(r.penalties())),
                    map("penalisedPreviousYear", penalised), !failed, failed ? note("headquarters.withdrawn") : null, failed ? NOT_ELIGIBLE : CALCULATED));
            exp.result("recognised", !failed);
            if (failed) {
                status = NOT_ELIGIBLE;
                amount = ZERO;
            }
            deciding = deciding == null ? review.code() : deciding;
        }
        return exp.done(status, amount, status == NOT_CONFIGURED ? exp.missingSummary() : note("headquarters.clawback"), deciding);
    }

    private static BigDecimal entitlement(Rule capital, BigDecimal paidIn) {
        return paidIn.compareTo(capital.number("minPaidIn")) < 0 ? ZERO
                : yuan(paidIn.multiply(capital.number("rate")).min(capital.number("cap")));
    }
}
