package cn.guihua.subsidy.farmland;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.json.Money;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.Policy;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;

/**
 * A farmland award's fund-use plan checked line by line against the permitted uses (000:1761-1773), never wages,
 * allowances or bonuses (000:1777), never to individuals (000:1777), made within a month of payment (000:1775) and
 * published as a major public item (000:1775).
 */
@ApplicationScoped
public class FundUseCheck {

    public enum Category {
        INFRASTRUCTURE, QUALITY, DAILY_CARE, FIELD_CHIEF, PUBLICITY, OTHER_AGRICULTURAL, WAGES, ALLOWANCES, BONUSES, OTHER
    }

    public enum Payee {
        UNIT, PERSON
    }

    @Schema(name = "FundUseLine", description = "One line of a fund-use plan")
    public record Line(
            @NotNull Category category,
            @NotNull @DecimalMin("0") @Schema(example = "60000") BigDecimal amount,
            @Size(max = 500) @Schema(example = "田间道路修缮") String text,
            @Schema(description = "Who is paid: a unit, or a person (never, 000:1777)") Payee payee,
            @Size(max = 300) @Schema(description = "OTHER_AGRICULTURAL: the provision of the province, city or district it carries out")
            String basis) {
    }

    @Schema(name = "FundUsePlanCheck", description = "A fund-use plan to check; the award and dates as far as known")
    public record Request(
            @Schema(description = "Rules as of this date; the payment day (or today, held inside the measure's period) when absent")
            LocalDate asOf,
            @DecimalMin("0") @Schema(description = "The award paid", example = "100000") BigDecimal award,
            @Schema(example = "2024-04-15") LocalDate paidOn,
            @Schema(description = "The day the plan was made", example = "2024-05-10") LocalDate planOn,
            @Schema(description = "Listed as a 重大公开事项 of the street or village") Boolean published,
            @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Line> lines) {
    }

    @Schema(name = "FundUseLineCheck", description = "How one line stands")
    public record LineCheck(int line, @NotNull Category category, @Money BigDecimal amount, @NotNull String rule, @NotNull Clause clause,
            boolean ok, @Schema(description = "The element the line lacks", example = "basis") String missing) {
    }

    @Schema(name = "FundUsePlanResult", description = "The check of a fund-use plan")
    public record Result(
            @NotNull LocalDate asOf,
            @Schema(description = "资金发放后1个月内 (000:1775)") LocalDate planDue,
            Boolean onTime,
            Boolean published,
            @Money BigDecimal total,
            Boolean withinAward,
            List<LineCheck> lines,
            @Schema(description = "The lines refused") List<LineCheck> refused,
            boolean ok,
            @Schema(description = "The plan is listed as a 重大公开事项 of the street or village (FUND_USE_PLAN_PUBLIC, 000:1775); "
                    + "`published` false makes the plan not ok") Clause publication) {
    }

    @Inject
    RuleBook rules;

    public Result check(Request r) {
        Policy p = rules.policy(FarmlandService.POLICY);
        LocalDate asOf = r.asOf() != null ? r.asOf() : clamp(p, r.paidOn() != null ? r.paidOn() : LocalDate.now());
        RuleSet rs = rules.rules(FarmlandService.POLICY, asOf);
        Rule plan = rs.get("FUND_USE_PLAN");
        Rule payroll = rs.get("FUND_USE_NO_PAYROLL");
        Rule individuals = rs.get("NO_INDIVIDUALS");
        List<LineCheck> lines = new ArrayList<>();
        List<LineCheck> refused = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < r.lines().size(); i++) {
            Line l = r.lines().get(i);
            total = total.add(l.amount());
            LineCheck c;
            if (payroll.texts("excluded").contains(l.category().name())) {
                c = new LineCheck(i + 1, l.category(), l.amount(), payroll.code(), payroll.clause(), false, null);
            } else if (l.payee() == Payee.PERSON) {
                c = new LineCheck(i + 1, l.category(), l.amount(), individuals.code(), individuals.clause(), false, null);
            } else if (!rs.has("FUND_USE_" + l.category().name())) {
                c = new LineCheck(i + 1, l.category(), l.amount(), plan.code(), plan.clause(), false, null);
            } else {
                Rule use = rs.get("FUND_USE_" + l.category().name());
                boolean basis = !use.flag("requiresBasis") || l.basis() != null && !l.basis().isBlank();
                c = new LineCheck(i + 1, l.category(), l.amount(), use.code(), use.clause(), basis, basis ? null : "basis");
            }
            lines.add(c);
            if (!c.ok()) {
                refused.add(c);
            }
        }
        LocalDate due = r.paidOn() == null ? null : r.paidOn().plusMonths(plan.number("months").intValue());
        Boolean onTime = due == null || r.planOn() == null ? null : !r.planOn().isAfter(due);
        Boolean within = r.award() == null ? null : total.compareTo(r.award()) <= 0;
        boolean ok = refused.isEmpty() && !Boolean.FALSE.equals(onTime) && !Boolean.FALSE.equals(r.published()) && !Boolean.FALSE.equals(within);
        Clause publication = rs.has("FUND_USE_PLAN_PUBLIC") ? rs.get("FUND_USE_PLAN_PUBLIC").clause() : null;
        return new Result(asOf, due, onTime, r.published(), total, within, lines, refused, ok, publication);
    }

    static LocalDate clamp(Policy p, LocalDate d) {
        if (d.isBefore(p.effectiveFrom)) {
            return p.effectiveFrom;
        }
        return p.effectiveTo != null && d.isAfter(p.effectiveTo) ? p.effectiveTo : d;
    }

    static String quote(Rule r) {
        return r.clause().quote();
    }

    static Map<String, Object> of(Object... kv) {
        return Explanation.map(kv);
    }
}
