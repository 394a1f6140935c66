package cn.guihua.subsidy.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.subsidy.audit.Audit;
import cn.guihua.subsidy.disability.DisabilityStandard;
import cn.guihua.subsidy.disability.DisabilityStandards;
import cn.guihua.subsidy.disability.DisabledPerson;
import cn.guihua.subsidy.disability.Facts;
import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.subsidy.identity.ResidentId;
import cn.guihua.subsidy.listing.ListingCalculator;
import cn.guihua.subsidy.listing.ListingStage;
import cn.guihua.subsidy.problem.ProblemException;
import cn.guihua.subsidy.problem.ProblemType;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.security.Caller;
import cn.guihua.subsidy.security.JurisdictionCodes;
import cn.guihua.subsidy.security.Roles;

/**
 * The claim workflow: submitted, under review, approved or rejected with reasons, paid. One claim per beneficiary,
 * policy and benefit; the calculation is frozen into the claim when it is approved.
 */
@ApplicationScoped
public class Applications {

    public static final String ENROLMENT = "ENROLMENT";
    static final String FARMLAND = "HUAIYIN_FARMLAND";

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    ObjectMapper json;

    @Inject
    RuleBook rules;

    @Inject
    ListingCalculator listing;

    @Inject
    DisabilityStandards disability;

    @Transactional
    public Application create(NewApplication b, Origin origin) {
        caller.requireJurisdiction(b.jurisdiction());
        rules.policy(b.policy());
        String benefit = b.benefit().strip();
        if (b.beneficiaryType().personal() && FARMLAND.equals(b.policy())) {
            Clause c = rules.rules(FARMLAND, rules.policy(FARMLAND).effectiveFrom).get("NO_INDIVIDUALS").clause();
            throw ProblemException.invalid("beneficiaryType", "耕地保护激励资金禁止发放到个人（" + c.ref() + "）",
                    "Farmland incentive money never goes to individuals (" + c.ref() + ")");
        }
        switch (b.policy()) {
            case ListingCalculator.POLICY -> {
                requireType(b, BeneficiaryType.ENTERPRISE);
                if (!CreditCode.isValid(b.beneficiaryId())) {
                    throw ProblemException.invalid("beneficiaryId", "统一社会信用代码无效（GB 32100 校验位不符）",
                            "not a valid unified social credit code (GB 32100 check character)");
                }
                if (!JurisdictionCodes.within(b.jurisdiction(), rules.policy(b.policy()).jurisdiction)) {
                    throw ProblemException.invalid("jurisdiction", "兰山区政策只适用于兰山区企业", "This 兰山区 policy applies to 兰山区 enterprises only");
                }
                stage(benefit);
            }
            case DisabilityStandard.LIVING, DisabilityStandard.NURSING -> {
                requireType(b, BeneficiaryType.PERSON);
                requireResidentId(b.beneficiaryId());
                if (!ENROLMENT.equals(benefit)) {
                    throw ProblemException.invalid("benefit", "残疾人补贴的申请事项为 ENROLMENT", "Disability subsidies are claimed as ENROLMENT");
                }
                person(b.beneficiaryId());
            }
            default -> throw new ProblemException(ProblemType.UNPROCESSABLE, "政策 " + b.policy() + " 不受理申请（无可计算的资金规则，或由评选产生）",
                    "Policy " + b.policy() + " takes no applications (no cash rules, or awards come from a selection)");
        }
        refuseDuplicate(b.policy(), b.beneficiaryId(), benefit);
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.policyCode = b.policy();
        a.benefitKey = benefit;
        a.beneficiaryType = b.beneficiaryType();
        a.beneficiaryId = b.beneficiaryId();
        a.beneficiaryName = b.beneficiaryName().strip();
        a.jurisdiction = b.jurisdiction();
        a.repatriatedProceeds = b.repatriatedProceeds();
        a.status = ApplicationStatus.SUBMITTED;
        a.origin = origin;
        a.submittedBy = caller.subject();
        a.submittedAt = a.updatedAt = OffsetDateTime.now();
        a.persist();
        audit.record("application.submitted", "Application", a.id,
                Map.of("policy", a.policyCode, "benefit", a.benefitKey, "origin", origin, "jurisdiction", a.jurisdiction));
        return a;
    }

    /** An award decided elsewhere (the farmland selection): opened approved, its calculation frozen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Application openDecided(String policy, String benefit, BeneficiaryType type, String beneficiaryId, String name,
            String jurisdiction, Origin origin, Calculation calculation) {
        refuseDuplicate(policy, beneficiaryId, benefit);
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.policyCode = policy;
        a.benefitKey = benefit;
        a.beneficiaryType = type;
        a.beneficiaryId = beneficiaryId;
        a.beneficiaryName = name;
        a.jurisdiction = jurisdiction;
        a.status = ApplicationStatus.APPROVED;
        a.origin = origin;
        a.amount = calculation.amount();
        a.calculation = write(calculation);
        a.submittedBy = a.decidedBy = caller.subject();
        a.submittedAt = a.decidedAt = a.updatedAt = OffsetDateTime.now();
        a.persist();
        audit.record("application.approved", "Application", a.id, Map.of("policy", policy, "benefit", benefit, "amount", a.amount));
        return a;
    }

    private void refuseDuplicate(String policy, String beneficiaryId, String benefit) {
        Application existing = Application.find("policyCode = ?1 and beneficiaryId = ?2 and benefitKey = ?3 and status <> ?4",
                policy, beneficiaryId, benefit, ApplicationStatus.REJECTED).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("该受益对象已就 " + policy + "/" + benefit + " 提出申请（" + existing.id + "，" + existing.status
                    + "），每项只能享受一次", "This beneficiary already has an application for " + policy + "/" + benefit + " ("
                    + existing.id + ", " + existing.status + "); each is granted once");
        }
    }

    /** The calculation of an application as of a date, by its policy. */
    public Calculation calculate(Application a, LocalDate asOf) {
        return switch (a.policyCode) {
            case ListingCalculator.POLICY -> listing.calculate(stage(a.benefitKey), a.repatriatedProceeds, asOf);
            case DisabilityStandard.LIVING, DisabilityStandard.NURSING -> {
                DisabledPerson p = person(a.beneficiaryId);
                yield disability.of(p.residence.substring(0, 6), asOf).explain(a.policyCode, Facts.of(p));
            }
            default -> read(a.calculation);
        };
    }

    @Transactional
    public Application startReview(UUID id, int version) {
        Application a = mutable(id, version);
        if (a.status != ApplicationStatus.SUBMITTED) {
            throw ProblemException.conflict("只有已提交的申请可以开始审核（当前 " + a.status + "）", "Only a submitted application goes under review (now " + a.status + ")");
        }
        a.status = ApplicationStatus.UNDER_REVIEW;
        a.updatedAt = OffsetDateTime.now();
        audit.record("application.review-started", "Application", a.id, null);
        Application.getEntityManager().flush();
        return a;
    }

    @Transactional
    public Application decide(UUID id, Decision d) {
        Application a = mutable(id, d.version());
        if (a.status != ApplicationStatus.SUBMITTED && a.status != ApplicationStatus.UNDER_REVIEW) {
            throw ProblemException.conflict("申请已决定（" + a.status + "）", "The application is decided already (" + a.status + ")");
        }
        if (d.decision() == Decision.DecisionKind.REJECT) {
            if (d.reason() == null || d.reason().isBlank()) {
                throw ProblemException.invalid("reason", "驳回须说明理由", "A rejection needs a reason");
            }
            a.status = ApplicationStatus.REJECTED;
        } else {
            Calculation c = calculate(a, LocalDate.now());
            if (c.status() != CalculationStatus.CALCULATED) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "不能批准：" + c.summary(), "Cannot approve: " + c.status() + ", " + c.summary());
            }
            a.calculation = write(c);
            a.amount = c.amount();
            a.status = ApplicationStatus.APPROVED;
        }
        a.decisionReason = d.reason();
        a.decidedBy = caller.subject();
        a.decidedAt = a.updatedAt = OffsetDateTime.now();
        audit.record("application." + (a.status == ApplicationStatus.APPROVED ? "approved" : "rejected"), "Application", a.id,
                Map.of("reason", d.reason() == null ? "" : d.reason(), "amount", a.amount == null ? "" : a.amount));
        Application.getEntityManager().flush();
        return a;
    }

    @Transactional
    public Payment pay(UUID id, NewPayment body) {
        Application a = find(id);
        caller.requireJurisdiction(a.jurisdiction);
        if (a.status != ApplicationStatus.APPROVED) {
            throw ProblemException.conflict("只有已批准且未支付的申请可以支付（当前 " + a.status + "）",
                    "Only an approved, unpaid application can be paid (now " + a.status + ")");
        }
        if (ENROLMENT.equals(a.benefitKey)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "残疾人补贴按月由发放批次支付", "Disability subsidies are paid by the monthly batch");
        }
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.applicationId = a.id;
        p.policyCode = a.policyCode;
        p.beneficiaryId = a.beneficiaryId;
        p.amount = a.amount;
        p.paidOn = body.paidOn();
        p.reference = body.reference();
        if (FARMLAND.equals(a.policyCode)) {
            Calculation c = read(a.calculation);
            // 000:1775 资金发放后1个月内应制定资金使用方案
            int months = rules.rules(FARMLAND, c.asOf()).get("FUND_USE_PLAN").number("months").intValue();
            p.fundUsePlanDue = body.paidOn().plusMonths(months);
        }
        p.recordedBy = caller.subject();
        p.recordedAt = OffsetDateTime.now();
        p.persist();
        a.status = ApplicationStatus.PAID;
        a.updatedAt = p.recordedAt;
        audit.record("application.paid", "Application", a.id, Map.of("payment", p.id, "amount", p.amount, "paidOn", p.paidOn));
        return p;
    }

    @Transactional
    public Payment fundUsePlan(UUID paymentId, FundUsePlan body) {
        Payment p = Payment.findById(paymentId);
        if (p == null) {
            throw ProblemException.notFound("支付", "Payment", paymentId);
        }
        caller.requireJurisdiction(find(p.applicationId).jurisdiction);
        if (p.fundUsePlanDue == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "该支付无需资金使用方案", "This payment owes no fund-use plan");
        }
        if (body.adoptedOn().isBefore(p.paidOn)) {
            throw ProblemException.invalid("adoptedOn", "资金使用方案不能早于资金发放", "The plan cannot predate the payment");
        }
        p.fundUsePlanOn = body.adoptedOn();
        audit.record("payment.fund-use-plan", "Payment", p.id, body);
        return p;
    }

    public Application find(UUID id) {
        Application a = Application.findById(id);
        if (a == null) {
            throw ProblemException.notFound("申请", "Application", id);
        }
        return a;
    }

    private Application mutable(UUID id, int version) {
        Application a = find(id);
        caller.requireJurisdiction(a.jurisdiction);
        if (a.version != version) {
            throw ProblemException.conflict("版本 " + version + " 已过期，当前为 " + a.version, "Version " + version + " is stale; the current one is " + a.version);
        }
        return a;
    }

    /** subsidy-officer of the jurisdiction, auditor and admin see personal data; everyone else a masked copy. */
    public boolean mayReveal(String jurisdiction) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AUDITOR)
                || caller.hasRole(Roles.SUBSIDY_OFFICER) && JurisdictionCodes.within(jurisdiction, caller.jurisdiction());
    }

    public ApplicationView view(Application a, boolean reveal) {
        boolean mask = a.beneficiaryType.personal() && !reveal;
        return new ApplicationView(a.id, a.policyCode, a.benefitKey, a.beneficiaryType,
                mask ? ResidentId.mask(a.beneficiaryId) : a.beneficiaryId, mask ? maskName(a.beneficiaryName) : a.beneficiaryName,
                a.jurisdiction, a.repatriatedProceeds, a.status, a.origin, a.amount, mask || a.calculation == null ? null : read(a.calculation),
                a.decisionReason, a.submittedBy, a.submittedAt, a.decidedBy, a.decidedAt, a.version);
    }

    public static String maskName(String name) {
        return name == null || name.isEmpty() ? name : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }

    private static void requireType(NewApplication b, BeneficiaryType type) {
        if (b.beneficiaryType() != type) {
            throw ProblemException.invalid("beneficiaryType", b.policy() + " 的受益对象须为 " + type, b.policy() + " is for beneficiaries of type " + type);
        }
    }

    private static void requireResidentId(String id) {
        if (!ResidentId.isValid(id)) {
            throw ProblemException.invalid("beneficiaryId", "居民身份证号码无效（GB 11643 校验码不符）", "not a valid resident ID number (GB 11643 check digit)");
        }
    }

    private static ListingStage stage(String benefit) {
        try {
            return ListingStage.valueOf(benefit);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("benefit", "未知的上市阶段 " + benefit, "Unknown listing stage " + benefit);
        }
    }

    private static DisabledPerson person(String idNumber) {
        DisabledPerson p = DisabledPerson.find("idNumber", idNumber).firstResult();
        if (p == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "残疾人登记中没有该身份证号码", "No disability certificate holder on record with this ID number");
        }
        return p;
    }

    private String write(Calculation c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Calculation read(String s) {
        try {
            return s == null ? null : json.readValue(s, Calculation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
