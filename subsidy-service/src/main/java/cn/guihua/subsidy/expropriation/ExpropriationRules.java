package cn.guihua.subsidy.expropriation;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.subsidy.rules.Policy;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Parameters;

/**
 * What every expropriation calculation shares: the date judged (房屋征收决定公告之日 when given: the house is valued on it,
 * 001:210, 001:212), the transitional rule (a decision made before the measure stays under the old policy, 001:378) and
 * the parameters of 兰山区.
 */
@ApplicationScoped
public class ExpropriationRules {

    public static final String POLICY = "LANSHAN_EXPROPRIATION";

    @Inject
    RuleBook rules;

    @Inject
    Parameters parameters;

    /** The decision's announcement when given, else {@code asOf}, else today. */
    public static LocalDate judgedOn(LocalDate asOf, LocalDate decisionAnnouncedOn) {
        return decisionAnnouncedOn != null ? decisionAnnouncedOn : asOf != null ? asOf : LocalDate.now();
    }

    /** The rules of the date judged; 422 citing 001:378 for a decision made before the measure. */
    public RuleSet rules(LocalDate judged, LocalDate decisionMadeOn) {
        Policy p = rules.policy(POLICY);
        if (decisionMadeOn != null) {
            Rule transitional = rules.rules(POLICY, p.effectiveFrom).get("TRANSITIONAL");
            LocalDate before = LocalDate.parse(transitional.text("decidedBefore"));
            if (decisionMadeOn.isBefore(before)) {
                throw ProblemException.unprocessable("expropriation.transitional", decisionMadeOn, before, transitional.clause().ref(),
                        transitional.clause().quote());
            }
        }
        return rules.rules(POLICY, judged);
    }

    public ParameterUse param(ParameterName name, LocalDate asOf) {
        return parameters.use(name, rules.policy(POLICY).jurisdiction, asOf);
    }

    /** 422 naming the rule that refuses a choice. */
    public static ProblemException refused(Rule rule, Object choice) {
        return ProblemException.unprocessable("expropriation.choice-refused", choice, rule.code(), rule.clause().ref(), rule.clause().quote());
    }
}
