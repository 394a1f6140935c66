package cn.guihua.subsidy.disability;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.ParameterName;
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
        return new DisabilityStandard(jurisdiction, asOf,
                // the plan is the district's own: it covers residents of the district (000:1849-1851)
                new Clause("000:1851", living.documentNo),
                rules.rules(DisabilityStandard.LIVING, asOf), rules.rules(DisabilityStandard.NURSING, asOf),
                parameters.asOf(ParameterName.DISABILITY_LIVING_MONTHLY, jurisdiction, asOf).orElse(null),
                parameters.asOf(ParameterName.DISABILITY_NURSING_MONTHLY, jurisdiction, asOf).orElse(null),
                parameters.asOf(ParameterName.NURSING_EXTENDED_TO_GRADE_3_4, jurisdiction, asOf).orElse(null),
                parameters.asOf(ParameterName.DISABILITY_LIVING_REQUIRES_LOW_INCOME, jurisdiction, asOf).orElse(null),
                parameters.asOf(ParameterName.DISABILITY_NURSING_GRADES, jurisdiction, asOf).orElse(null));
    }
}
