package cn.guihua.emergency.revision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.plan.PlanEvents;
import cn.guihua.emergency.rules.RevisionCircumstance;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;

/** Raises revision triggers (by hand or from a drill's findings) and describes them. */
@ApplicationScoped
public class Revisions {

    /** 000:1619: problems found in a response or a drill that need major changes. */
    public static final int FOUND_IN_DRILL = 6;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    PlanEvents events;

    public RevisionTrigger raise(EmergencyPlan plan, Integer circumstance, String description, LocalDate raisedOn, UUID drillId) {
        List<RevisionCircumstance> listed = RevisionCircumstance.applicable(plan.jurisdiction, raisedOn);
        if (circumstance != null && listed.stream().noneMatch(c -> c.code == circumstance)) {
            throw ProblemException.invalid("circumstance", "revision.unknown-circumstance", plan.jurisdiction, circumstance);
        }
        if (circumstance == null && !listed.isEmpty() && drillId == null) {
            throw ProblemException.invalid("circumstance", "revision.circumstance-required", listed.size());
        }
        RevisionTrigger t = new RevisionTrigger();
        t.id = UUID.randomUUID();
        t.planId = plan.id;
        t.circumstance = circumstance;
        t.description = description.strip();
        t.raisedOn = raisedOn;
        t.raisedBy = caller.subject();
        t.drillId = drillId;
        t.createdAt = OffsetDateTime.now();
        t.persist();
        RevisionTriggerView view = view(t, listed);
        audit.record("plan.revision-trigger.raised", "EmergencyPlan", plan.id, view);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("triggerId", t.id.toString());
        data.put("circumstance", t.circumstance);
        data.put("circumstanceText", view.circumstanceText());
        data.put("sourceRef", view.sourceRef());
        data.put("description", t.description);
        data.put("raisedOn", t.raisedOn.toString());
        data.put("drillId", drillId == null ? null : drillId.toString());
        events.publish(PlanEvents.REVISION_DUE, plan, data);
        return t;
    }

    public static RevisionTriggerView view(RevisionTrigger t, String jurisdiction) {
        return view(t, RevisionCircumstance.applicable(jurisdiction, t.raisedOn));
    }

    private static RevisionTriggerView view(RevisionTrigger t, List<RevisionCircumstance> listed) {
        RevisionCircumstance c = listed.stream().filter(x -> t.circumstance != null && x.code == t.circumstance).findFirst().orElse(null);
        return new RevisionTriggerView(t.id, t.planId, t.circumstance, c == null ? null : c.text, c == null ? null : c.sourceRef,
                t.description, t.raisedOn, t.raisedBy, t.drillId, t.resolvedOn);
    }
}
