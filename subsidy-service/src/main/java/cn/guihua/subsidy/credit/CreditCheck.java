package cn.guihua.subsidy.credit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.Step;

/**
 * Before fiscal funds are granted to an enterprise, its entity level on the decision date is asked of credit-service:
 * a 严重失信 (D) entity is restricted from applying for fiscal-funds projects (002:808). The check and its answer become a
 * step of the application's explanation. When credit-service does not answer, or answers without a level, nothing is
 * decided: the application stays pending with the reason.
 */
@ApplicationScoped
public class CreditCheck {

    /** 张店区 张政字〔2021〕87号 第二十三条 (002:808). */
    public static final Clause CLAUSE = new Clause("002:808", "限制其申请财政性资金项目、评优评先项目");
    public static final String RULE = "CREDIT_LEVEL";

    public enum Outcome {
        /** not restricted: the decision may go on */
        PASSED,
        /** a D entity: refused with the clause */
        RESTRICTED,
        /** no answer: nothing may be decided */
        UNAVAILABLE
    }

    public record Result(Outcome outcome, Step step, String reason) {
    }

    @Inject
    CreditCalls calls;

    public Result check(String creditCode, LocalDate asOf) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("creditCode", creditCode);
        inputs.put("asOf", asOf);
        CreditClient.LevelAnswer a;
        try {
            a = calls.level(creditCode, asOf);
        } catch (RuntimeException e) {
            String reason = e instanceof CreditCalls.NoLevel n ? Explanation.note("credit.no-level", creditCode, asOf, n.status)
                    : Explanation.note("credit.unavailable", creditCode, asOf);
            return new Result(Outcome.UNAVAILABLE, new Step(RULE, CLAUSE, inputs, Map.of("answered", false), null, reason,
                    CalculationStatus.NOT_CONFIGURED, java.util.List.of()), reason);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("answered", true);
        values.put("registered", a.registered());
        values.put("score", a.score());
        values.put("level", a.level());
        values.put("supervisionClass", a.supervisionClass());
        values.put("restrictsFiscalFunds", a.restrictsFiscalFunds());
        Clause clause = a.restrictsFiscalFunds() && a.clause() != null && a.clause().ref() != null
                ? new Clause(a.clause().ref(), a.clause().quote() == null ? CLAUSE.quote() : a.clause().quote()) : CLAUSE;
        if (a.restrictsFiscalFunds()) {
            String reason = Explanation.note("credit.restricted", creditCode, a.level(), asOf, clause.ref(), clause.quote());
            return new Result(Outcome.RESTRICTED, new Step(RULE, clause, inputs, values, false, reason, CalculationStatus.NOT_ELIGIBLE,
                    java.util.List.of()), reason);
        }
        return new Result(Outcome.PASSED, new Step(RULE, clause, inputs, values, true,
                Explanation.note("credit.passed", a.level(), asOf), CalculationStatus.CALCULATED, java.util.List.of()), null);
    }
}
