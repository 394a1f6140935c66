package cn.guihua.subsidy.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import cn.guihua.subsidy.disability.DisabilityStandard;
import cn.guihua.subsidy.disability.DisabilityStandards;
import cn.guihua.subsidy.disability.DisabledPerson;
import cn.guihua.subsidy.disability.Facts;
import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.subsidy.identity.ResidentId;
import cn.guihua.subsidy.listing.ListingCalculator;
import cn.guihua.subsidy.listing.ListingStage;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.RuleBook;

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
            throw ProblemException.invalid("beneficiaryType", "application.farmland-no-individuals", c.ref());
        }
        switch (b.policy()) {
            case ListingCalculator.POLICY -> {
                requireType(b, BeneficiaryType.ENTERPRISE);
                if (!CreditCode.isValid(b.beneficiaryId())) {
                    throw ProblemException.invalid("beneficiaryId", "identity.credit-code-invalid");
                }
                if (!JurisdictionCodes.within(b.jurisdiction(), rules.policy(b.policy()).jurisdiction)) {
                    throw ProblemException.invalid("jurisdiction", "application.lanshan-only");
                }
                stage(benefit);
            }
            case DisabilityStandard.LIVING, DisabilityStandard.NURSING -> {
                requireType(b, BeneficiaryType.PERSON);
                requireResidentId(b.beneficiaryId());
                if (!ENROLMENT.equals(benefit)) {
                    throw ProblemException.invalid("benefit", "application.disability-enrolment");
                }
                person(b.beneficiaryId());
            }
            default -> throw ProblemException.unprocessable("application.policy-takes-none", b.policy());
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
            throw ProblemException.conflict("application.duplicate", policy, benefit, existing.id, existing.status);
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
    public Application startReview(UUID id, Integer version) {
        Application a = mutable(id, version);
        if (a.status != ApplicationStatus.SUBMITTED) {
            throw ProblemException.conflict("application.review-not-submitted", a.status);
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
            throw ProblemException.conflict("application.decided-already", a.status);
        }
        if (d.decision() == Decision.DecisionKind.REJECT) {
            if (d.reason() == null || d.reason().isBlank()) {
                throw ProblemException.invalid("reason", "application.reason-required");
            }
            a.status = ApplicationStatus.REJECTED;
        } else {
            Calculation c = calculate(a, LocalDate.now());
            if (c.status() != CalculationStatus.CALCULATED) {
                throw ProblemException.unprocessable("application.not-approvable", c.status(), c.summary());
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
            throw ProblemException.conflict("application.pay-not-approved", a.status);
        }
        if (ENROLMENT.equals(a.benefitKey)) {
            throw ProblemException.unprocessable("application.disability-paid-by-batch");
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
        Payment p = payment(paymentId);
        if (p.fundUsePlanDue == null) {
            throw ProblemException.unprocessable("payment.no-fund-use-plan");
        }
        if (body.adoptedOn().isBefore(p.paidOn)) {
            throw ProblemException.invalid("adoptedOn", "payment.plan-before-payment");
        }
        p.fundUsePlanOn = body.adoptedOn();
        audit.record("payment.fund-use-plan", "Payment", p.id, body);
        return p;
    }

    /** A payment, 403 unless its application is in the caller's jurisdiction. */
    public Payment payment(UUID paymentId) {
        Payment p = Payment.findById(paymentId);
        if (p == null) {
            throw ProblemException.notFound("thing.payment", paymentId);
        }
        caller.requireJurisdiction(find(p.applicationId).jurisdiction);
        return p;
    }

    public Application find(UUID id) {
        Application a = Application.findById(id);
        if (a == null) {
            throw ProblemException.notFound("thing.application", id);
        }
        return a;
    }

    private Application mutable(UUID id, Integer version) {
        Application a = find(id);
        caller.requireJurisdiction(a.jurisdiction);
        ProblemException.requireVersion(version == null ? null : version.longValue(), a.version);
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
            throw ProblemException.invalid("beneficiaryType", "application.beneficiary-type", b.policy(), type);
        }
    }

    private static void requireResidentId(String id) {
        if (!ResidentId.isValid(id)) {
            throw ProblemException.invalid("beneficiaryId", "identity.resident-id-invalid");
        }
    }

    private static ListingStage stage(String benefit) {
        try {
            return ListingStage.valueOf(benefit);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("benefit", "application.unknown-stage", benefit, java.util.Arrays.toString(ListingStage.values()));
        }
    }

    private static DisabledPerson person(String idNumber) {
        DisabledPerson p = DisabledPerson.find("idNumber", idNumber).firstResult();
        if (p == null) {
            throw ProblemException.unprocessable("application.person-not-on-record");
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
            // decimals stay decimals: a frozen 5000000.00 in a step's values must not come back as the double 5000000.0
            return s == null ? null : json.readerFor(Calculation.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
