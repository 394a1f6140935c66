package cn.guihua.emergency.response;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.emergency.grading.Severity;
import cn.guihua.emergency.incident.Incident;
import cn.guihua.emergency.incident.ResponseUpdate;
import cn.guihua.emergency.reference.Clause;
import cn.guihua.emergency.reference.Common.PlanPeriod;
import cn.guihua.emergency.reference.EventTimes;
import cn.guihua.emergency.reference.Common.StepClause;
import cn.guihua.emergency.reference.ReferenceData;
import cn.guihua.emergency.reference.ResponseRules.Tier;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.outbox.Outbox;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import io.quarkus.panache.common.Sort;

/**
 * An incident's response through its states, by the rules of reference/responses.json for the plan that applies to
 * the incident (its own, else its jurisdiction's overall plan) as in force on the day it occurred: the tiers its grade
 * allows with their activator and coordinator, who handles the grade and who sets up the on-site command. Activation
 * and termination are events.
 */
@ApplicationScoped
public class Responses {

    public static final String TOPIC = "guihua.emergency.events";
    public static final String ACTIVATED = "cn.guihua.emergency.response.activated.v1";
    public static final String TERMINATED = "cn.guihua.emergency.response.terminated.v1";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    ReferenceData reference;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    /** The rules that apply to an incident, as in force on the day it occurred. */
    public record Rules(PlanPeriod plan, List<Tier> tiers, List<Tier> forGrade, ResponseViews.HandlingView handling,
            List<ResponseViews.OnSiteView> onSite, List<ResponseViews.ReleaseView> release) {

        static final Rules NONE = new Rules(null, List.of(), List.of(), null, List.of(), List.of());
    }

    public Rules rules(Incident i) {
        Optional<PlanPeriod> plan = reference.rulesPlan(i.planId, i.jurisdiction)
                .filter(p -> p.inForceOn(i.occurredAt.atZoneSameInstant(ZONE).toLocalDate()));
        if (plan.isEmpty()) {
            return Rules.NONE;
        }
        String code = plan.get().planCode();
        List<Tier> tiers = reference.tiers(code);
        if (i.level == null) {
            return new Rules(plan.get(), tiers, tiers, null, List.of(), List.of());
        }
        Severity grade = Severity.of(i.level);
        return new Rules(plan.get(), tiers, tiers.stream().filter(t -> t.appliesToSeverity().contains(grade)).toList(),
                reference.handling(code, grade).map(ResponseViews.HandlingView::of).orElse(null),
                reference.onSiteCommand(code, grade).stream().map(ResponseViews.OnSiteView::of).toList(),
                reference.informationRelease(code).stream().filter(r -> r.severity() == grade).map(ResponseViews.ReleaseView::of).toList());
    }

    public void transition(Incident i, ResponseTransition body) {
        ProblemException.requireVersion(body.version(), i.version);
        ResponseAction action = body.action();
        if (!action.allowedFrom(i.responseStatus)) {
            throw ProblemException.conflict("response.illegal-transition", i.responseStatus == null ? "—" : i.responseStatus, action,
                    allowed(i.responseStatus).isEmpty() ? "—" : allowed(i.responseStatus).stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        OffsetDateTime at = stepTime(i, body.at());
        Rules rules = rules(i);
        Tier tier = current(i, rules);
        if (action == ResponseAction.PROPOSE || action == ResponseAction.ACTIVATE) {
            tier = pick(rules, body.tier(), tier);
        } else if (action == ResponseAction.ADJUST) {
            if (body.tier() == null) {
                throw ProblemException.invalid("tier", "response.tier-required", tierList(rules.tiers()));
            }
            if (Objects.equals(body.tier(), i.responseTier)) {
                throw ProblemException.invalid("tier", "response.same-tier", body.tier());
            }
            tier = rules.tiers().stream().filter(t -> t.tier().equals(body.tier())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("tier", "response.unknown-tier", body.tier(), tierList(rules.tiers())));
        } else if (body.tier() != null && !Objects.equals(body.tier(), i.responseTier)) {
            throw ProblemException.invalid("tier", "response.tier-not-changed-by", action);
        }
        apply(i, action, tier, rules, body.actorBody(), at, body.reason());
    }

    /**
     * The former {@code PUT /response}: starting is an activation, a new level while active an adjustment, an end a
     * termination; times already set may be corrected as before.
     */
    public void update(Incident i, ResponseUpdate body) {
        OffsetDateTime started = body.startedAt() != null ? body.startedAt() : i.responseStartedAt;
        if (body.endedAt() != null && (started == null || body.endedAt().isBefore(started))) {
            throw ProblemException.invalid("endedAt", "incident.end-before-start");
        }
        Rules rules = rules(i);
        String level = body.responseLevel() == null ? null : body.responseLevel().strip();
        Tier named = level == null ? null : rules.tiers().stream().filter(t -> t.tierZh().equals(level)).findFirst().orElse(null);
        boolean activated = false;
        if (body.startedAt() != null && ResponseAction.ACTIVATE.allowedFrom(i.responseStatus)) {
            Tier tier = named != null ? named : rules.forGrade().size() == 1 && level == null ? rules.forGrade().get(0) : current(i, rules);
            apply(i, ResponseAction.ACTIVATE, tier, rules, null, body.startedAt(), null);
            activated = true;
        } else if (body.startedAt() != null) {
            i.responseStartedAt = body.startedAt();
        }
        if (level != null && !level.equals(i.responseLevel)) {
            if (!activated && ResponseAction.ADJUST.allowedFrom(i.responseStatus)) {
                apply(i, ResponseAction.ADJUST, named, rules, null, OffsetDateTime.now(), null);
            }
            i.responseLevel = level;
        }
        if (body.endedAt() != null && ResponseAction.TERMINATE.allowedFrom(i.responseStatus)) {
            apply(i, ResponseAction.TERMINATE, current(i, rules), rules, null, body.endedAt(), null);
        } else if (body.endedAt() != null) {
            i.responseEndedAt = body.endedAt();
        }
    }

    private void apply(Incident i, ResponseAction action, Tier tier, Rules rules, String actorBody, OffsetDateTime at, String reason) {
        ResponseStatus from = i.responseStatus;
        String planCode = rules.plan() == null ? null : rules.plan().planCode();
        Optional<StepClause> clause = planCode == null ? Optional.empty() : reference.responseStep(planCode, action.step);
        String actor = actorBody != null ? actorBody.strip()
                : action == ResponseAction.PROPOSE && tier != null && tier.proposer() != null ? tier.proposer()
                : action == ResponseAction.ACTIVATE && tier != null ? tier.activator()
                : clause.map(StepClause::by).orElse(null);
        String source = clause.map(StepClause::source)
                .orElse((action == ResponseAction.ACTIVATE || action == ResponseAction.PROPOSE || action == ResponseAction.ADJUST)
                        && tier != null ? tier.source() : null);
        switch (action) {
            case PROPOSE -> i.responseProposedAt = at;
            case ACTIVATE -> {
                if (at.isBefore(i.occurredAt)) {
                    throw ProblemException.invalid("at", "response.before-occurrence");
                }
                i.responseStartedAt = at;
            }
            case TERMINATE -> {
                if (i.responseStartedAt != null && at.isBefore(i.responseStartedAt)) {
                    throw ProblemException.invalid("at", "incident.end-before-start");
                }
                i.responseEndedAt = at;
            }
            case RECOVER -> i.responseRecoveryAt = at;
            case ADJUST -> {
            }
        }
        if (tier != null) {
            i.responseTier = tier.tier();
            i.responseLevel = tier.tierZh();
        }
        i.responseStatus = action.to;
        i.updatedAt = OffsetDateTime.now();
        ResponseStep s = new ResponseStep();
        s.incidentId = i.id;
        s.action = action;
        s.fromStatus = from;
        s.toStatus = action.to;
        s.tier = i.responseTier;
        s.tierName = i.responseLevel;
        s.actorBody = actor;
        s.at = at;
        s.reason = reason == null ? null : reason.strip();
        s.sourceRef = source;
        s.recordedBy = caller.subject();
        s.recordedAt = OffsetDateTime.now();
        s.persist();
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("action", action);
        audited.put("tier", i.responseTier);
        audited.put("at", at.toString());
        audit.record("incident.response." + action.step, "Incident", i.id, audited);
        if (action == ResponseAction.ACTIVATE || action == ResponseAction.TERMINATE) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("incidentId", i.id.toString());
            data.put("jurisdiction", i.jurisdiction);
            data.put("title", i.title);
            data.put("eventType", i.eventType);
            data.put("level", i.level);
            data.put("planId", i.planId == null ? null : i.planId.toString());
            data.put("rulesPlanCode", planCode);
            data.put("tier", i.responseTier);
            data.put("tierName", i.responseLevel);
            data.put("activator", tier == null ? null : tier.activator());
            data.put("activatedAt", EventTimes.iso(i.responseStartedAt));
            if (action == ResponseAction.TERMINATE) {
                data.put("terminatedAt", EventTimes.iso(at));
            }
            data.put("sourceRef", source);
            outbox.publish(TOPIC, i.jurisdiction, action == ResponseAction.ACTIVATE ? ACTIVATED : TERMINATED, "incidents/" + i.id, data);
        }
    }

    /** The tier asked for, else the one the grade allows (or the proposed one); several allowed and none asked is a 400. */
    private static Tier pick(Rules rules, Integer asked, Tier proposed) {
        List<Tier> allowed = rules.forGrade();
        if (asked != null) {
            return allowed.stream().filter(t -> t.tier().equals(asked)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("tier", "response.tier-not-for-grade", asked,
                            allowed.isEmpty() ? "—" : tierList(allowed)));
        }
        if (proposed != null) {
            return proposed;
        }
        if (allowed.size() > 1) {
            throw ProblemException.invalid("tier", "response.tier-required", tierList(allowed));
        }
        return allowed.isEmpty() ? null : allowed.get(0);
    }

    private static Tier current(Incident i, Rules rules) {
        return i.responseTier == null ? null : rules.tiers().stream().filter(t -> t.tier().equals(i.responseTier)).findFirst().orElse(null);
    }

    private static String tierList(List<Tier> tiers) {
        return tiers.isEmpty() ? "—" : tiers.stream().map(t -> t.tier() + "（" + t.tierZh() + "）").collect(Collectors.joining(", "));
    }

    private static OffsetDateTime stepTime(Incident i, OffsetDateTime asked) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime at = asked == null ? now : asked;
        if (at.isAfter(now.plusMinutes(5))) {
            throw ProblemException.invalid("at", "response.in-future");
        }
        OffsetDateTime last = ResponseStep.<ResponseStep>find("incidentId", Sort.by("id").descending(), i.id).firstResultOptional()
                .map(s -> s.at).orElse(i.occurredAt);
        if (at.isBefore(last)) {
            throw ProblemException.invalid("at", "response.step-before-previous", last);
        }
        return at;
    }

    public static List<ResponseAction> allowed(ResponseStatus status) {
        return Arrays.stream(ResponseAction.values()).filter(a -> a.allowedFrom(status)).toList();
    }

    public ResponseView view(Incident i, String levelName) {
        Rules rules = rules(i);
        Tier tier = current(i, rules);
        List<ResponseView.Step> history = ResponseStep.<ResponseStep>list("incidentId", Sort.by("id"), i.id).stream()
                .map(s -> new ResponseView.Step(s.action, s.fromStatus, s.toStatus, s.tier, s.tierName, s.actorBody, s.at, s.reason,
                        s.sourceRef, s.recordedBy, s.recordedAt))
                .toList();
        return new ResponseView(i.id, i.jurisdiction, i.level, levelName, rules.plan() == null ? null : rules.plan().planCode(),
                rules.plan() == null ? null : rules.plan().title(), i.responseStatus, i.responseTier, i.responseLevel,
                tier == null ? null : tier.activator(), tier == null ? null : tier.coordinator(),
                tier == null ? null : Clause.of(tier.source(), tier.quote()), i.responseProposedAt, i.responseStartedAt,
                i.responseEndedAt, i.responseRecoveryAt, allowed(i.responseStatus),
                rules.forGrade().stream().map(ResponseViews.TierView::of).toList(), rules.handling(), rules.onSite(), rules.release(),
                history, i.version);
    }
}
