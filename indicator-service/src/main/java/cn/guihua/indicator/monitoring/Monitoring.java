package cn.guihua.indicator.monitoring;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.quality.RuleChecks;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.outbox.Outbox;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;

/** Submitting, correcting and reviewing single values; each change is audited and published in its transaction. */
@ApplicationScoped
public class Monitoring {

    @Inject
    Catalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @Inject
    RuleChecks checks;

    SubmissionRules rules() {
        return new SubmissionRules(catalogue.require(), caller.accessCheck());
    }

    /**
     * The validation rules the new version takes part in, with the stored values of its jurisdiction and period: an
     * error-level violation refuses it (400, the rule named with both sides), warning-level ones are stored with it.
     */
    private void checkRules(MonitoringValue v) {
        RuleChecks.Outcome o = checks.check(checks.current(catalogue.require()), ValueViews.cell(v));
        if (!o.errors().isEmpty()) {
            throw ProblemException.invalid(o.violations(v.id));
        }
        v.qualityFlags = checks.flags(o.warnings());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MonitoringValue submit(Candidate c) {
        if (c.jurisdiction() != null && JurisdictionCodes.isValid(c.jurisdiction().strip())) {
            caller.requireJurisdiction(c.jurisdiction().strip());
        }
        Accepted a = accept(c);
        MonitoringValue existing = MonitoringValue.find("indicatorCode = ?1 and jurisdiction = ?2 and period = ?3 and sex = ?4 "
                + "and residence = ?5 and ageGroup = ?6 and current = true", a.indicator().code(), a.jurisdiction(),
                a.period().text(), a.sex(), a.residence(), a.ageGroup()).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("monitoring.series-exists", existing.id, existing.version);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        MonitoringValue v = newVersion(a, 1, null, null, now);
        checkRules(v);
        v.persist();
        audit.record("monitoring-value.submitted", "MonitoringValue", v.id, a.seriesKey());
        publish(MonitoringEvents.SUBMITTED, v, null, now);
        return v;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MonitoringValue correct(UUID id, NewCorrection body) {
        MonitoringValue old = find(id);
        caller.requireJurisdiction(old.jurisdiction);
        if (!old.current) {
            throw ProblemException.conflict("monitoring.already-corrected", old.version);
        }
        ProblemException.requireVersion(body.version() == null ? null : body.version().longValue(), old.version);
        Accepted a = accept(new Candidate(old.indicatorCode, old.jurisdiction, old.period, old.sex.name(),
                old.residence.name(), old.ageGroup, NewMonitoringValue.text(body.value()),
                NewMonitoringValue.text(body.numerator()), NewMonitoringValue.text(body.denominator()), body.unit(),
                body.department(), body.comment()));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        MonitoringValue v = newVersion(a, old.version + 1, old.id, body.reason().strip(), now);
        // the new version takes the old one's place among the values the rules read
        checkRules(v);
        old.current = false;
        old.status = ValueStatus.SUPERSEDED;
        // the old row must leave the current-series index before the new one enters it
        MonitoringValue.flush();
        v.persist();
        audit.record("monitoring-value.corrected", "MonitoringValue", v.id,
                Map.of("supersedes", old.id, "from", old.value, "to", v.value, "reason", v.reason));
        publish(MonitoringEvents.CORRECTED, v, v.reason, now);
        return v;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MonitoringValue review(UUID id, ReviewDecision decision) {
        MonitoringValue v = find(id);
        caller.requireJurisdiction(v.jurisdiction);
        if (v.reportedBy.equals(caller.subject())) {
            throw ProblemException.forbidden("monitoring.review.own-value");
        }
        if (!v.current || v.status != ValueStatus.PENDING) {
            throw ProblemException.conflict("monitoring.review.not-pending", v.status);
        }
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (decision.decision() == ReviewDecision.Decision.REJECT && reason == null) {
            throw ProblemException.invalid("reason", "monitoring.review.reason-required");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        v.status = decision.decision() == ReviewDecision.Decision.APPROVE ? ValueStatus.APPROVED : ValueStatus.REJECTED;
        v.reviewedBy = caller.subject();
        v.reviewedAt = now;
        v.reviewReason = reason;
        // a concurrent decision on the same version fails here with 409, before anything is published
        MonitoringValue.flush();
        audit.record("monitoring-value.reviewed", "MonitoringValue", v.id,
                Map.of("decision", decision.decision(), "reason", reason == null ? "" : reason));
        publish(MonitoringEvents.REVIEWED, v, reason, now);
        return v;
    }

    public static MonitoringValue find(UUID id) {
        MonitoringValue v = MonitoringValue.findById(id);
        if (v == null) {
            throw ProblemException.notFound("thing.monitoring-value", id);
        }
        return v;
    }

    private Accepted accept(Candidate c) {
        List<Violation> violations = new ArrayList<>();
        Accepted a = rules().check(c, violations);
        if (a == null) {
            throw ProblemException.invalid(violations);
        }
        return a;
    }

    MonitoringValue newVersion(Accepted a, int version, UUID supersedes, String reason, OffsetDateTime now) {
        MonitoringValue v = new MonitoringValue();
        v.id = UUID.randomUUID();
        v.version = version;
        v.supersedes = supersedes;
        v.indicatorCode = a.indicator().code();
        v.jurisdiction = a.jurisdiction();
        v.period = a.period().text();
        v.year = a.period().year();
        v.sex = a.sex();
        v.residence = a.residence();
        v.ageGroup = a.ageGroup();
        v.value = a.value();
        v.numerator = a.numerator();
        v.denominator = a.denominator();
        v.unit = a.unit();
        v.department = a.department();
        v.comment = a.comment();
        v.status = ValueStatus.PENDING;
        v.current = true;
        v.reportedBy = caller.subject();
        v.reportedAt = now;
        v.reason = reason;
        return v;
    }

    private void publish(String type, MonitoringValue v, String reason, OffsetDateTime at) {
        outbox.publish(MonitoringEvents.TOPIC, MonitoringEvents.key(v), type, MonitoringEvents.subject(v),
                MonitoringEvents.data(v, reason, at));
    }
}
