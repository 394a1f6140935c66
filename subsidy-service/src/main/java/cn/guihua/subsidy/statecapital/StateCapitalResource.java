package cn.guihua.subsidy.statecapital;

import static cn.guihua.subsidy.rules.CalculationStatus.CALCULATED;
import static cn.guihua.subsidy.rules.CalculationStatus.NOT_CONFIGURED;
import static cn.guihua.subsidy.rules.Explanation.map;
import static cn.guihua.subsidy.rules.Explanation.note;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Parameters;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;

/** 槐荫区 state capital (槐政办字〔2022〕6号): a levy on district entities, not a subsidy. Public, like the notice. */
@Path("/api/v1/state-capital")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "State capital income (槐荫区 槐政办字〔2022〕6号)")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "422", description = "The notice is not in force on that date")
public class StateCapitalResource {

    public static final String POLICY = "HUAIYIN_STATE_CAPITAL";
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject
    RuleBook rules;

    @Inject
    Parameters parameters;

    @POST
    @Path("levies")
    @PermitAll
    @Operation(summary = "Calculate an entity's 国有资本收益", description = "Public. Wholly owned entities (and 企业化管理事业单位, "
            + "entities wholly owned by district institutions) pay 暂按 10% of the after-tax profit, nothing on a loss; holding and "
            + "minority companies pay the dividends due to the state investor under the shareholders' resolution, in full "
            + "(000:2808). Earlier losses and the profit year are parameters (STATE_CAPITAL_LOSS_OFFSET, "
            + "STATE_CAPITAL_PROFIT_YEAR_OFFSET).")
    @APIResponse(responseCode = "200", description = "The amount and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation levy(@Valid @NotNull LevyRequest r) {
        LocalDate asOf = r.asOf() == null ? LocalDate.now() : r.asOf();
        RuleSet rs = rules.rules(POLICY, asOf);
        String jurisdiction = rules.policy(POLICY).jurisdiction;
        Explanation exp = new Explanation(POLICY, asOf);
        Rule scope = rs.get("SCOPE");
        exp.add(scope.step(map("entity", r.entity(), "ownership", r.ownership()), map("entities", scope.texts("entities")), true, null));
        if (rs.has("COLLECTING_UNITS")) {
            // 000:2814 各监管单位为国有资本收益执收单位: who collects what is worked out here
            Rule collecting = rs.get("COLLECTING_UNITS");
            exp.add(collecting.step(Map.of(), map("collector", collecting.text("collector")), collecting.text("collector"),
                    note("state-capital.collector")));
        }
        List<ParameterUse> used = new ArrayList<>();
        Integer profitYear = r.year();
        if (profitYear == null && r.budgetYear() != null) {
            ParameterUse offset = parameters.use(ParameterName.STATE_CAPITAL_PROFIT_YEAR_OFFSET, jurisdiction, asOf);
            used.add(offset);
            if (offset.set()) {
                profitYear = r.budgetYear() - Integer.parseInt(offset.value());
            }
        }
        exp.result("profitYear", profitYear);
        if (r.ownership() == LevyRequest.Ownership.WHOLLY_OWNED) {
            Rule levy = rs.get("LEVY_WHOLLY_OWNED");
            if (r.afterTaxProfit() == null) {
                throw ProblemException.invalid("afterTaxProfit", "state-capital.profit-required");
            }
            Map<String, Object> in = map("afterTaxProfit", r.afterTaxProfit(), "unrecoveredEarlierLosses", r.unrecoveredEarlierLosses(),
                    "profitYear", profitYear);
            if (profitYear == null && r.budgetYear() != null) {
                exp.add(levy.step(in, Map.of(), null, note("state-capital.profit-year", ParameterName.STATE_CAPITAL_PROFIT_YEAR_OFFSET), NOT_CONFIGURED,
                        used));
                return exp.done(NOT_CONFIGURED, null, exp.missingSummary(), levy.code());
            }
            BigDecimal base = r.afterTaxProfit();
            if (r.unrecoveredEarlierLosses() != null && r.unrecoveredEarlierLosses().signum() > 0 && base.signum() > 0) {
                ParameterUse offset = parameters.use(levy.parameter("lossOffsetParameter"), jurisdiction, asOf);
                used.add(offset);
                if (!offset.set()) {
                    exp.add(levy.step(in, Map.of(), null, note("state-capital.loss-offset", offset.name()), NOT_CONFIGURED, used));
                    return exp.done(NOT_CONFIGURED, null, exp.missingSummary(), levy.code());
                }
                if (offset.isTrue()) {
                    base = base.subtract(r.unrecoveredEarlierLosses());
                }
            }
            BigDecimal amount = base.signum() <= 0 ? ZERO : Calculation.yuan(base.multiply(levy.number("rate")));
            exp.add(levy.step(in, map("base", Calculation.yuan(base), "rate", levy.number("rate"), "provisional", levy.flag("provisional")), amount,
                    base.signum() <= 0 ? note("state-capital.no-profit") : null, CALCULATED, used));
            return exp.done(CALCULATED, amount, note("state-capital.levy"), levy.code());
        }
        Rule dividends = rs.get("LEVY_DIVIDENDS");
        if (r.declaredDividends() == null || r.stateShare() == null) {
            throw ProblemException.invalid(r.declaredDividends() == null ? "declaredDividends" : "stateShare", "state-capital.dividends-required");
        }
        BigDecimal due = Calculation.yuan(r.declaredDividends().multiply(r.stateShare()).multiply(dividends.number("rate")));
        exp.add(dividends.step(map("declaredDividends", r.declaredDividends(), "stateShare", r.stateShare(), "afterTaxProfit", r.afterTaxProfit()),
                map("rate", dividends.number("rate")), due, r.afterTaxProfit() != null ? note("state-capital.dividends-only") : null, CALCULATED,
                used));
        return exp.done(CALCULATED, due, note("state-capital.levy"), dividends.code());
    }

    @POST
    @Path("budget-transfers")
    @PermitAll
    @Operation(summary = "Calculate the transfer into the general public budget", description = "Public. 暂按 30% of the year's "
            + "district state-capital income, on the total, rounded once (000:2810).")
    @APIResponse(responseCode = "200", description = "The amount and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    public Calculation transfer(@Valid @NotNull TransferRequest r) {
        LocalDate asOf = r.asOf() == null ? LocalDate.now() : r.asOf();
        RuleSet rs = rules.rules(POLICY, asOf);
        Explanation exp = new Explanation(POLICY, asOf);
        Rule t = rs.get("TRANSFER_TO_GENERAL_BUDGET");
        BigDecimal income = r.districtStateCapitalIncome().stream().map(TransferRequest.Income::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount = Calculation.yuan(income.multiply(t.number("rate")));
        exp.add(t.step(map("year", r.year(), "districtStateCapitalIncome", r.districtStateCapitalIncome()),
                map("income", Calculation.yuan(income), "rate", t.number("rate"), "provisional", t.flag("provisional")), amount, null, CALCULATED));
        return exp.done(CALCULATED, amount, note("state-capital.transfer", r.year()), t.code());
    }
}
