package cn.guihua.emergency.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;

/** Finding a plan and deciding who may see or change it. */
@ApplicationScoped
public class Plans {

    @Inject
    Caller caller;

    /** Admins and auditors see everything; an emergency manager everything in their jurisdiction. */
    public boolean seesAll(String jurisdiction) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AUDITOR)
                || caller.hasRole(Roles.EMERGENCY_MANAGER) && caller.mayAccess(jurisdiction);
    }

    /**
     * A plan whose metadata the caller may read: everyone reads issued plans (public documents); a plan in preparation
     * looks absent (404) to everyone who may not see it, so that its existence does not leak.
     */
    public EmergencyPlan readable(UUID id) {
        EmergencyPlan plan = EmergencyPlan.findById(id);
        if (plan == null || !PlanStatus.ISSUED.contains(plan.status) && !seesAll(plan.jurisdiction)) {
            throw ProblemException.notFound("thing.emergency-plan", id);
        }
        return plan;
    }

    /**
     * For the working records of a plan (history, filings, drills, triggers): managers of its jurisdiction, auditors,
     * admins. Another jurisdiction's issued plan is 403, its plan in preparation 404 (as {@link #readable}).
     */
    public EmergencyPlan inspectable(UUID id) {
        EmergencyPlan plan = readable(id);
        caller.requireJurisdiction(plan.jurisdiction);
        return plan;
    }

    /** For changes: the caller must be an emergency manager (checked by the resource) of the plan's jurisdiction. */
    public EmergencyPlan writable(UUID id) {
        EmergencyPlan plan = EmergencyPlan.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("thing.emergency-plan", id);
        }
        caller.requireJurisdiction(plan.jurisdiction);
        return plan;
    }

    /** A jurisdiction a record is written for must be a real division code, not only of the right length. */
    public static void requireValidJurisdiction(String code) {
        if (!JurisdictionCodes.isValid(code)) {
            throw ProblemException.invalid("jurisdiction", "jurisdiction.invalid");
        }
    }

    /**
     * A text the service writes into a record (a transition's reason, a trigger's description): from the catalogue,
     * in Chinese, the language of the registry's records, whoever's request wrote it.
     */
    public static String recorded(String key, Object... args) {
        return Text.of(key, args).in(Language.ZH);
    }

    /** Records a move with who made it and why; the caller has already checked that the move is allowed. */
    public void recordTransition(EmergencyPlan plan, PlanStatus from, PlanStatus to, RevisionKind kind, String reason) {
        PlanTransition t = new PlanTransition();
        t.planId = plan.id;
        t.fromStatus = from;
        t.toStatus = to;
        t.revisionKind = kind;
        t.actor = caller.subject();
        t.at = OffsetDateTime.now();
        t.reason = reason;
        t.persist();
    }
}
