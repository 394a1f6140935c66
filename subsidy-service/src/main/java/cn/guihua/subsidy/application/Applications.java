package cn.guihua.subsidy.application;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import cn.guihua.subsidy.credit.CreditCheck;
import cn.guihua.subsidy.directdelivery.DdItem;
import cn.guihua.subsidy.disability.DisabilityStandard;
import cn.guihua.subsidy.disability.DisabilityStandards;
import cn.guihua.subsidy.disability.DisabledPerson;
import cn.guihua.subsidy.disability.Facts;
import cn.guihua.subsidy.farmland.FarmlandRanking;
import cn.guihua.subsidy.headquarters.HeadquartersCalculator;
import cn.guihua.subsidy.headquarters.IntroducerRequest;
import cn.guihua.subsidy.headquarters.RewardRequest;
import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.subsidy.identity.ResidentId;
import cn.guihua.subsidy.listing.ListingCalculator;
import cn.guihua.subsidy.listing.ListingStage;
import cn.guihua.subsidy.notice.NoticeRequests;
import cn.guihua.subsidy.notice.NoticeView;
import cn.guihua.subsidy.notice.Notices;
import cn.guihua.subsidy.notice.Objection;
import cn.guihua.subsidy.notice.PublicNotice;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.Policy;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.Step;
import io.quarkus.panache.common.Sort;

/**
 * The claim workflow: submitted, under review, approved or rejected with reasons, paid. One claim per beneficiary,
 * policy and benefit; the calculation is frozen into the claim when it is approved, judged as of the day of the event
 * the benefit is for. Fiscal funds to an enterprise are decided only after its credit level on the decision day is
 * known (002:808). Where a document requires a public notice (张店区 headquarters, 002:246-247; the farmland selection,
 * 000:1745) nothing is paid before it is final.
 */
@ApplicationScoped
public class Applications {

    public static final String ENROLMENT = "ENROLMENT";
    public static final String FARMLAND = "HUAIYIN_FARMLAND";
    static final java.util.regex.Pattern ANNUAL_REWARD = java.util.regex.Pattern.compile("ANNUAL_REWARD_(\\d{4})");
    static final java.util.regex.Pattern INTRODUCTION = java.util.regex.Pattern.compile("INTRODUCTION_([A-Za-z0-9-]{1,26})");

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

    @Inject
    HeadquartersCalculator headquarters;

    @Inject
    CreditCheck credit;

    @Inject
    PendingNotes pending;

    @Inject
    Notices notices;

    @Inject
    cn.guihua.subsidy.farmland.FarmlandNotices farmlandNotices;

    @Transactional
    public Application create(NewApplication b, Origin origin) {
        caller.requireJurisdiction(b.jurisdiction());
        Policy policy = rules.policy(b.policy());
        String benefit = b.benefit().strip();
        LocalDate today = LocalDate.now();
        if (b.receivedOn() != null && b.receivedOn().isAfter(today)) {
            throw ProblemException.invalid("receivedOn", "application.received-in-future");
        }
        LocalDate received = b.receivedOn() == null ? today : b.receivedOn();
        if (b.beneficiaryType().personal() && FARMLAND.equals(b.policy())) {
            Clause c = rules.rules(FARMLAND, clampInto(policy, received)).get("NO_INDIVIDUALS").clause();
            throw ProblemException.invalid("beneficiaryType", "application.farmland-no-individuals", c.ref());
        }
        Object facts = null;
        switch (b.policy()) {
            case ListingCalculator.POLICY -> {
                requireType(b, BeneficiaryType.ENTERPRISE);
                requireCreditCode(b.beneficiaryId());
                requireWithin(b, policy);
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
            case HeadquartersCalculator.POLICY -> {
                requireWithin(b, policy);
                Matcher reward = ANNUAL_REWARD.matcher(benefit);
                Matcher introduction = INTRODUCTION.matcher(benefit);
                if (reward.matches()) {
                    requireType(b, BeneficiaryType.ENTERPRISE);
                    requireCreditCode(b.beneficiaryId());
                    if (b.hqReward() == null) {
                        throw ProblemException.invalid("hqReward", "application.hq-facts-required", benefit);
                    }
                    if (b.hqReward().year() != Integer.parseInt(reward.group(1))) {
                        throw ProblemException.invalid("hqReward.year", "application.hq-year", reward.group(1));
                    }
                    facts = b.hqReward();
                } else if (introduction.matches()) {
                    if (b.beneficiaryType() == BeneficiaryType.ENTERPRISE) {
                        requireCreditCode(b.beneficiaryId());
                    } else if (b.beneficiaryType() == BeneficiaryType.PERSON) {
                        requireResidentId(b.beneficiaryId());
                    } else {
                        throw ProblemException.invalid("beneficiaryType", "application.introducer-type");
                    }
                    if (b.introduction() == null || b.introduction().introduced() == null) {
                        throw ProblemException.invalid("introduction", "application.hq-facts-required", benefit);
                    }
                    facts = b.introduction();
                    refuseSecondIntroducer(benefit, received);
                } else {
                    throw ProblemException.invalid("benefit", "application.hq-benefit");
                }
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
        a.eventOn = b.eventOn();
        a.receivedOn = received;
        a.facts = facts == null ? null : write(facts);
        if (b.itemId() != null) {
            DdItem item = DdItem.findById(b.itemId());
            if (item == null || item.benefitPolicy != null && !item.benefitPolicy.equals(b.policy())) {
                throw ProblemException.invalid("itemId", "application.item-other-policy", b.itemId(), b.policy());
            }
            a.itemId = item.id;
            a.department = item.department;
        }
        a.status = ApplicationStatus.SUBMITTED;
        a.origin = origin;
        a.submittedBy = caller.subject();
        a.submittedAt = a.updatedAt = OffsetDateTime.now();
        a.persist();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("policy", a.policyCode);
        record.put("benefit", a.benefitKey);
        record.put("origin", origin);
        record.put("jurisdiction", a.jurisdiction);
        if (a.itemId != null) {
            record.put("item", a.itemId);
        }
        audit.record("application.submitted", "Application", a.id, record);
        return a;
    }

    /** 002:167: one introducer per project, in the whole district. */
    private void refuseSecondIntroducer(String benefit, LocalDate received) {
        Application first = Application.find("policyCode = ?1 and benefitKey = ?2 and status <> ?3", HeadquartersCalculator.POLICY, benefit,
                ApplicationStatus.REJECTED).firstResult();
        if (first != null) {
            Rule rule = rules.rules(HeadquartersCalculator.POLICY, clampInto(rules.policy(HeadquartersCalculator.POLICY), received))
                    .get("INTRODUCER_ONE_PER_PROJECT");
            throw ProblemException.conflict("application.one-introducer", benefit.substring("INTRODUCTION_".length()), first.id,
                    rule.clause().ref(), rule.clause().quote());
        }
    }

    /** A date held inside the policy's period (for reading a rule that does not depend on the day). */
    static LocalDate clampInto(Policy p, LocalDate d) {
        if (d.isBefore(p.effectiveFrom)) {
            return p.effectiveFrom;
        }
        return p.effectiveTo != null && d.isAfter(p.effectiveTo) ? p.effectiveTo : d;
    }

    /** An award decided elsewhere (the farmland selection): opened approved, its calculation frozen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Application openDecided(String policy, String benefit, BeneficiaryType type, String beneficiaryId, String name,
            String jurisdiction, Origin origin, Calculation calculation) {
        refuseDuplicate(policy, beneficiaryId, benefit);
        Application a = openDecidedUnaudited(policy, benefit, type, beneficiaryId, name, jurisdiction, origin, calculation);
        auditApproved(List.of(a));
        return a;
    }

    /**
     * As {@link #openDecided}, for a beneficiary {@link #refuseDuplicates} has checked already, its audit entry left to
     * the caller ({@link #auditApproved}, in the same transaction): a selection checks all its awards in one query, opens
     * them, then audits them in one batch (each audit entry inserted alone flushed the award before it, one insert at a
     * time; issue 17).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Application openDecidedUnaudited(String policy, String benefit, BeneficiaryType type, String beneficiaryId, String name,
            String jurisdiction, Origin origin, Calculation calculation) {
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
        a.eventOn = calculation.asOf();
        a.receivedOn = LocalDate.now();
        a.submittedBy = a.decidedBy = caller.subject();
        a.submittedAt = a.decidedAt = a.updatedAt = OffsetDateTime.now();
        a.persist();
        return a;
    }

    /** The audit entries of awards {@link #openDecidedUnaudited} opened, in their order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void auditApproved(List<Application> awards) {
        audit.recordAll(awards.stream().map(Applications::approved).toList());
    }

    private static Audit.Entry approved(Application a) {
        return new Audit.Entry("application.approved", "Application", a.id,
                Map.of("policy", a.policyCode, "benefit", a.benefitKey, "amount", a.amount));
    }

    /** {@link #refuseDuplicate} for several beneficiaries in one query: the conflict is the first one's, in their order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseDuplicates(String policy, String benefit, List<String> beneficiaryIds) {
        if (beneficiaryIds.isEmpty()) {
            return;
        }
        // what is pending is in the database first, as a query would have it; then one statement whose text never
        // changes (an array, not an IN list that Hibernate translated again for every call; issue 17)
        Session session = Application.getEntityManager().unwrap(Session.class);
        session.flush();
        Map<String, Object[]> existing = session.doReturningWork(conn -> {
            Map<String, Object[]> found = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT beneficiary_id, id, status FROM application WHERE policy_code = ? "
                    + "AND beneficiary_id = ANY (?) AND benefit_key = ? AND status <> ?")) {
                ps.setString(1, policy);
                ps.setArray(2, conn.createArrayOf("text", beneficiaryIds.toArray()));
                ps.setString(3, benefit);
                ps.setString(4, ApplicationStatus.REJECTED.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.putIfAbsent(rs.getString(1),
                                new Object[] { rs.getObject(2, UUID.class), ApplicationStatus.valueOf(rs.getString(3)) });
                    }
                }
            }
            return found;
        });
        for (String id : beneficiaryIds) {
            Object[] e = existing.get(id);
            if (e != null) {
                throw ProblemException.conflict("application.duplicate", policy, benefit, e[0], e[1]);
            }
        }
    }

    private void refuseDuplicate(String policy, String beneficiaryId, String benefit) {
        Application existing = Application.find("policyCode = ?1 and beneficiaryId = ?2 and benefitKey = ?3 and status <> ?4",
                policy, beneficiaryId, benefit, ApplicationStatus.REJECTED).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("application.duplicate", policy, benefit, existing.id, existing.status);
        }
    }

    /** The calculation of an application as of a date (the event's day wins where there is one), by its policy. */
    public Calculation calculate(Application a, LocalDate asOf) {
        LocalDate judged = a.eventOn != null ? a.eventOn : asOf;
        return switch (a.policyCode) {
            case ListingCalculator.POLICY -> listing.calculate(stage(a.benefitKey), a.repatriatedProceeds, judged);
            case DisabilityStandard.LIVING, DisabilityStandard.NURSING -> {
                DisabledPerson p = person(a.beneficiaryId);
                yield disability.of(p.residence.substring(0, 6), judged).explain(a.policyCode, Facts.of(p));
            }
            case HeadquartersCalculator.POLICY -> a.benefitKey.startsWith("ANNUAL_REWARD_")
                    ? headquarters.reward(read(a.facts, RewardRequest.class))
                    : headquarters.introducer(read(a.facts, IntroducerRequest.class));
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

    /** Whether a decision on the application grants fiscal funds to an enterprise, so that its credit level decides (002:808). */
    static boolean fiscalFundsToEnterprise(Application a) {
        return (ListingCalculator.POLICY.equals(a.policyCode) || HeadquartersCalculator.POLICY.equals(a.policyCode) || FARMLAND.equals(a.policyCode))
                && a.beneficiaryType == BeneficiaryType.ENTERPRISE && CreditCode.isValid(a.beneficiaryId);
    }

    @Transactional
    public Application decide(UUID id, Decision d) {
        Application a = mutable(id, d.version());
        if (a.status != ApplicationStatus.SUBMITTED && a.status != ApplicationStatus.UNDER_REVIEW) {
            throw ProblemException.conflict("application.decided-already", a.status);
        }
        LocalDate today = LocalDate.now();
        if (d.decision() == Decision.DecisionKind.REJECT) {
            if (d.reason() == null || d.reason().isBlank()) {
                throw ProblemException.invalid("reason", "application.reason-required");
            }
            a.status = ApplicationStatus.REJECTED;
            a.decisionReason = d.reason();
        } else {
            Calculation c = calculate(a, today);
            if (c.status() != CalculationStatus.CALCULATED) {
                throw ProblemException.unprocessable("application.not-approvable", c.status(), c.summary());
            }
            if (fiscalFundsToEnterprise(a)) {
                CreditCheck.Result check = credit.check(a.beneficiaryId, today);
                if (check.outcome() == CreditCheck.Outcome.UNAVAILABLE) {
                    pending.record(a.id, check.reason(), Map.of("creditCode", a.beneficiaryId, "asOf", today, "answered", false));
                    throw ProblemException.unavailable(30, "application.credit-unavailable", check.reason());
                }
                c = withStep(c, check.step());
                if (check.outcome() == CreditCheck.Outcome.RESTRICTED) {
                    a.calculation = write(new Calculation(c.policy(), c.asOf(), CalculationStatus.NOT_ELIGIBLE, null, check.reason(), c.steps(),
                            CreditCheck.RULE, c.results(), c.missingParameters()));
                    a.amount = null;
                    a.status = ApplicationStatus.REJECTED;
                    a.decisionReason = check.reason();
                    finish(a, check.step().values());
                    return a;
                }
            }
            a.calculation = write(c);
            a.amount = c.amount();
            a.status = ApplicationStatus.APPROVED;
            a.decisionReason = d.reason();
            Step checked = fiscalFundsToEnterprise(a) ? c.steps().get(c.steps().size() - 1) : null;
            finish(a, checked != null && CreditCheck.RULE.equals(checked.rule()) ? checked.values() : null);
            return a;
        }
        finish(a, null);
        return a;
    }

    private void finish(Application a, Map<String, Object> credit) {
        a.pendingReason = null;
        a.decidedBy = caller.subject();
        a.decidedAt = a.updatedAt = OffsetDateTime.now();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("reason", a.decisionReason == null ? "" : a.decisionReason);
        record.put("amount", a.amount == null ? "" : a.amount);
        if (credit != null) {
            record.put("credit", credit);
        }
        audit.record("application." + (a.status == ApplicationStatus.APPROVED ? "approved" : "rejected"), "Application", a.id, record);
        Application.getEntityManager().flush();
    }

    static Calculation withStep(Calculation c, Step step) {
        List<Step> steps = new ArrayList<>(c.steps() == null ? List.of() : c.steps());
        steps.add(step);
        return new Calculation(c.policy(), c.asOf(), c.status(), c.amount(), c.summary(), steps, c.rule(), c.results(), c.missingParameters());
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
        if (HeadquartersCalculator.POLICY.equals(a.policyCode)) {
            Policy p = rules.policy(a.policyCode);
            Rule payment = rules.rules(a.policyCode, clampInto(p, body.paidOn())).get("PROCESS_PAYMENT");
            notices.requireFinal(PublicNotice.find("applicationId", a.id).firstResult(), objections(a), body.paidOn(), payment);
        }
        if (FARMLAND.equals(a.policyCode)) {
            requireFarmlandFinal(a, body.paidOn());
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
            // 000:1775 资金发放后1个月内应制定资金使用方案: the duty of the payment day (an award paid after the measure ended keeps
            // the duty of its last day)
            int months = rules.rules(FARMLAND, clampInto(rules.policy(FARMLAND), body.paidOn())).get("FUND_USE_PLAN").number("months").intValue();
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

    /** A farmland award is paid only once its unit is final after the selection's notice (000:1745). */
    private void requireFarmlandFinal(Application a, LocalDate paidOn) {
        FarmlandRanking r = FarmlandRanking.find("district = ?1 and year = ?2", a.jurisdiction.substring(0, 6), Integer.valueOf(a.benefitKey))
                .firstResult();
        Rule notice = rules.rules(FARMLAND, clampInto(rules.policy(FARMLAND), paidOn)).get("SELECTION_PUBLIC_NOTICE");
        PublicNotice n = r == null ? null : PublicNotice.find("rankingId", r.id).firstResult();
        List<Objection> concern = new ArrayList<>();
        if (r != null) {
            cn.guihua.subsidy.rules.ParameterUse scope = farmlandNotices.objectionScope(r, n);
            for (Objection o : Objection.<Objection>list("rankingId", r.id)) {
                if (o.unit == null || o.unit.equals(a.beneficiaryId) || !scope.is("UNIT")) {
                    concern.add(o);
                }
            }
        }
        notices.requireFinal(n, concern, paidOn, notice);
    }

    @Transactional
    public Payment fundUsePlan(UUID paymentId, FundUsePlan body, cn.guihua.subsidy.farmland.FundUseCheck.Result check) {
        Payment p = payment(paymentId);
        if (p.fundUsePlanDue == null) {
            throw ProblemException.unprocessable("payment.no-fund-use-plan");
        }
        if (body.adoptedOn().isBefore(p.paidOn)) {
            throw ProblemException.invalid("adoptedOn", "payment.plan-before-payment");
        }
        p.fundUsePlanOn = body.adoptedOn();
        p.fundUsePlan = check == null ? null : write(check);
        audit.record("payment.fund-use-plan", "Payment", p.id, body);
        return p;
    }

    // ---------------------------------------------------------------------------------------- notices, objections

    /** Posts the public notice of an approved application whose policy requires one (张店区 headquarters, 002:246). */
    @Transactional
    public PublicNotice postNotice(UUID id, NoticeRequests.NewNotice body) {
        Application a = find(id);
        caller.requireJurisdiction(a.jurisdiction);
        if (!HeadquartersCalculator.POLICY.equals(a.policyCode)) {
            throw ProblemException.unprocessable("notice.not-required", a.policyCode);
        }
        if (a.status != ApplicationStatus.APPROVED) {
            throw ProblemException.conflict("notice.not-approved", a.status);
        }
        if (PublicNotice.count("applicationId", a.id) > 0) {
            throw ProblemException.conflict("notice.posted-already");
        }
        PublicNotice n = notices.post(a.policyCode, "PROCESS_PUBLIC_NOTICE", a.id, null, a.jurisdiction, body.postedOn());
        audit.record("application.notice-posted", "Application", a.id, Map.of("postedOn", body.postedOn(), "endsOn",
                n.endsOn == null ? "" : n.endsOn));
        return n;
    }

    @Transactional
    public Objection object(UUID id, NoticeRequests.NewObjection body) {
        Application a = find(id);
        caller.requireJurisdiction(a.jurisdiction);
        PublicNotice n = PublicNotice.find("applicationId", a.id).firstResult();
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.noticeId = n == null ? null : n.id;
        o.applicationId = a.id;
        o.jurisdiction = a.jurisdiction;
        o.department = a.department;
        o.raisedOn = body.raisedOn();
        o.raisedBy = body.raisedBy();
        o.text = body.text();
        o.recordedBy = caller.subject();
        o.recordedAt = OffsetDateTime.now();
        o.persist();
        audit.record("application.objection-raised", "Application", a.id, Map.of("objection", o.id, "raisedOn", o.raisedOn));
        return o;
    }

    @Transactional
    public Objection resolve(UUID id, UUID objectionId, NoticeRequests.Resolution body) {
        Application a = find(id);
        caller.requireJurisdiction(a.jurisdiction);
        Objection o = notices.objection(objectionId);
        if (!a.id.equals(o.applicationId)) {
            throw ProblemException.notFound("thing.objection", objectionId);
        }
        ProblemException.requireVersion(body.version() == null ? null : body.version().longValue(), o.version);
        if (o.resolvedOn != null) {
            throw ProblemException.conflict("objection.resolved-already", o.resolvedOn);
        }
        if (body.resolvedOn().isBefore(o.raisedOn)) {
            throw ProblemException.invalid("resolvedOn", "objection.resolved-before-raised");
        }
        o.resolvedOn = body.resolvedOn();
        o.outcome = body.outcome();
        o.resolution = body.resolution();
        PublicNotice n = o.noticeId == null ? null : PublicNotice.findById(o.noticeId);
        if (o.outcome == Objection.Outcome.UPHELD && n != null && Boolean.TRUE.equals(Notices.duringNotice(o, n, notices.current(n, false).endsOn()))
                && a.status == ApplicationStatus.APPROVED) {
            // 公示无异议的，准予通过: an objection that holds means the recognition does not pass
            a.status = ApplicationStatus.REJECTED;
            a.decisionReason = cn.guihua.subsidy.rules.Explanation.note("notice.rejected-by-objection", o.raisedOn, notices.clause(n).ref());
            a.amount = null;
            a.updatedAt = OffsetDateTime.now();
        }
        audit.record("application.objection-resolved", "Application", a.id, Map.of("objection", o.id, "outcome", o.outcome));
        Objection.getEntityManager().flush();
        return o;
    }

    public List<Objection> objections(Application a) {
        return Objection.list("applicationId", Sort.by("raisedOn").and("id"), a.id);
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
        return view(a, reveal, LocalDate.now(), false);
    }

    /** The view; {@code full}: with its notice (as of {@code asOf}) and objections (single reads). */
    public ApplicationView view(Application a, boolean reveal, LocalDate asOf, boolean full) {
        boolean mask = a.beneficiaryType.personal() && !reveal;
        NoticeView notice = null;
        List<NoticeView.ObjectionView> objections = List.of();
        if (full) {
            List<Objection> list = objections(a);
            PublicNotice n = PublicNotice.find("applicationId", a.id).firstResult();
            if (n != null) {
                notice = notices.view(n, list, asOf);
                objections = notice.objections();
            } else {
                objections = list.stream().map(o -> notices.view(o, null, null)).toList();
            }
        }
        return new ApplicationView(a.id, a.policyCode, a.benefitKey, a.beneficiaryType,
                mask ? ResidentId.mask(a.beneficiaryId) : a.beneficiaryId, mask ? maskName(a.beneficiaryName) : a.beneficiaryName,
                a.jurisdiction, a.repatriatedProceeds, a.status, a.origin, a.amount, mask || a.calculation == null ? null : read(a.calculation),
                a.decisionReason, a.submittedBy, a.submittedAt, a.decidedBy, a.decidedAt, a.version, a.eventOn, a.receivedOn, a.itemId,
                a.department, a.pendingReason, notice, objections);
    }

    public static String maskName(String name) {
        return name == null || name.isEmpty() ? name : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }

    private static void requireType(NewApplication b, BeneficiaryType type) {
        if (b.beneficiaryType() != type) {
            throw ProblemException.invalid("beneficiaryType", "application.beneficiary-type", b.policy(), type);
        }
    }

    private static void requireWithin(NewApplication b, Policy policy) {
        if (!JurisdictionCodes.within(b.jurisdiction(), policy.jurisdiction)) {
            throw ProblemException.invalid("jurisdiction", "application.policy-district-only", policy.title, policy.jurisdiction);
        }
    }

    private static void requireCreditCode(String id) {
        if (!CreditCode.isValid(id)) {
            throw ProblemException.invalid("beneficiaryId", "identity.credit-code-invalid");
        }
    }

    private static void requireResidentId(String id) {
        if (!ResidentId.isValid(id)) {
            throw ProblemException.invalid("beneficiaryId", "identity.resident-id-invalid");
        }
    }

    public static ListingStage stage(String benefit) {
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

    private String write(Object c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String s, Class<T> type) {
        try {
            return json.readerFor(type).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(s);
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
