package cn.guihua.subsidy.disability;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.guihua.platform.security.Caller;
import cn.guihua.subsidy.application.Application;
import cn.guihua.subsidy.application.ApplicationStatus;
import cn.guihua.subsidy.application.Applications;
import cn.guihua.subsidy.application.BeneficiaryType;
import cn.guihua.subsidy.application.NewApplication;
import cn.guihua.subsidy.application.Origin;
import io.quarkus.panache.common.Sort;

/**
 * A proactive run over certificate holders: the configured eligibility run over the people on record finds those who
 * qualify without having applied. No seed clause provides for it (001:1892, 免申即享, is about 兰山区's enterprise
 * policies: see the 政企直通车 proactive runs), so it is a configured policy: the district's officer switches it on
 * (DISABILITY_PROACTIVE_RUNS) with its legal basis, and the run answers with that basis.
 */
@ApplicationScoped
public class Proactive {

    @Inject
    DisabilityStandards standards;

    @Inject
    Applications applications;

    @Inject
    Caller caller;

    @Inject
    cn.guihua.subsidy.rules.Parameters parameters;

    @Transactional
    public ProactiveResult run(ProactiveRequest req) {
        caller.requireJurisdiction(req.district());
        String policy = req.subsidy().name();
        YearMonth month = DisabilityBatches.requireMonth("month", req.month());
        cn.guihua.subsidy.rules.ParameterUse basis = parameters.use(cn.guihua.subsidy.rules.ParameterName.DISABILITY_PROACTIVE_RUNS,
                req.district(), month.atDay(1));
        if (!basis.isTrue()) {
            throw cn.guihua.platform.problem.ProblemException.unprocessable("disability.proactive-not-configured", basis.name(), req.district(),
                    month);
        }
        DisabilityStandard s = standards.of(req.district(), month.atDay(1));
        if (!s.configured(policy)) {
            throw cn.guihua.platform.problem.ProblemException.unprocessable("disability.standard-missing", policy + " ("
                    + String.join(", ", s.missing(policy).stream().map(Enum::name).toList()) + ")", req.district(), month);
        }
        List<DisabledPerson> people = DisabledPerson.list("residence like ?1", Sort.by("idNumber"), req.district() + "%");
        List<PersonView> qualifying = new ArrayList<>();
        List<UUID> opened = new ArrayList<>();
        for (DisabledPerson p : people) {
            if (!s.eligible(policy, Facts.of(p)) || Application.count("policyCode = ?1 and beneficiaryId = ?2 and status <> ?3",
                    policy, p.idNumber, ApplicationStatus.REJECTED) > 0) {
                continue;
            }
            // a list: ID numbers and names masked, as in GET /persons (read one by id to see it in clear)
            qualifying.add(PersonView.of(p, false));
            if (Boolean.TRUE.equals(req.openApplications())) {
                opened.add(applications.create(new NewApplication(policy, Applications.ENROLMENT, BeneficiaryType.PERSON, p.idNumber,
                        p.name, p.residence, null), Origin.PROACTIVE).id);
            }
        }
        return new ProactiveResult(req.subsidy(), req.district(), month.toString(), qualifying, opened, basis);
    }
}
