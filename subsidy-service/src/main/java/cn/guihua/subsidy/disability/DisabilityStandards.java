package cn.guihua.subsidy.disability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterValue;
import cn.guihua.subsidy.rules.Parameters;
import cn.guihua.subsidy.rules.Policy;
import cn.guihua.subsidy.rules.RuleBook;

/** Resolves the disability rules and parameters of a jurisdiction as of a date. */
@ApplicationScoped
public class DisabilityStandards {

    @Inject
    RuleBook rules;

    @Inject
    Parameters parameters;

    public DisabilityStandard of(String jurisdiction, LocalDate asOf) {
        Policy living = rules.policy(DisabilityStandard.LIVING);
        Map<ParameterName, ParameterValue> set = parameters.asOf(List.of(ParameterName.DISABILITY_LIVING_MONTHLY,
                ParameterName.DISABILITY_NURSING_MONTHLY, ParameterName.NURSING_EXTENDED_TO_GRADE_3_4,
                ParameterName.DISABILITY_LIVING_REQUIRES_LOW_INCOME, ParameterName.DISABILITY_NURSING_GRADES), jurisdiction, asOf);
        return new DisabilityStandard(jurisdiction, asOf,
                // the plan is the district's own: it covers residents of the district (000:1849-1851)
                new Clause("000:1851", living.documentNo),
                rules.rules(DisabilityStandard.LIVING, asOf), rules.rules(DisabilityStandard.NURSING, asOf),
                set.get(ParameterName.DISABILITY_LIVING_MONTHLY),
                set.get(ParameterName.DISABILITY_NURSING_MONTHLY),
                set.get(ParameterName.NURSING_EXTENDED_TO_GRADE_3_4),
                set.get(ParameterName.DISABILITY_LIVING_REQUIRES_LOW_INCOME),
                set.get(ParameterName.DISABILITY_NURSING_GRADES));
    }
}
