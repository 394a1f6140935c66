package cn.guihua.emergency.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.emergency.problem.ProblemException;
import cn.guihua.emergency.security.Caller;
import cn.guihua.emergency.security.Roles;

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

    /** A plan whose metadata the caller may read: the public sees issued plans only, the rest looks absent. */
    public EmergencyPlan readable(UUID id) {
        EmergencyPlan plan = EmergencyPlan.findById(id);
        if (plan == null || !PlanStatus.ISSUED.contains(plan.status) && !seesAll(plan.jurisdiction)) {
            throw ProblemException.notFound("应急预案", "Emergency plan", id);
        }
        return plan;
    }

    /** For the working records of a plan (history, filings, drills, triggers): managers of its jurisdiction, auditors, admins. */
    public EmergencyPlan inspectable(UUID id) {
        EmergencyPlan plan = readable(id);
        caller.requireJurisdiction(plan.jurisdiction);
        return plan;
    }

    /** For changes: the caller must be an emergency manager (checked by the resource) of the plan's jurisdiction. */
    public EmergencyPlan writable(UUID id) {
        EmergencyPlan plan = EmergencyPlan.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("应急预案", "Emergency plan", id);
        }
        caller.requireJurisdiction(plan.jurisdiction);
        return plan;
    }

    public static void checkVersion(long current, long sent) {
        if (current != sent) {
            throw ProblemException.conflict("版本 " + sent + " 已过期，当前为 " + current,
                    "Version " + sent + " is stale; the current one is " + current);
        }
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
