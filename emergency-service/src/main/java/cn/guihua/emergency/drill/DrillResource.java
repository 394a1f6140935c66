package cn.guihua.emergency.drill;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.plan.EmergencyPlanResource;
import cn.guihua.emergency.plan.PlanEdition;
import cn.guihua.emergency.plan.PlanEvents;
import cn.guihua.emergency.plan.PlanStatus;
import cn.guihua.emergency.plan.Plans;
import cn.guihua.emergency.revision.RevisionTrigger;
import cn.guihua.emergency.revision.Revisions;
import cn.guihua.emergency.rules.RevisionCircumstance;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

/** A plan's drills; {@link LegacyDrillResource} serves them at the deprecated {@code /api/v1/plans/...}. */
@Path(EmergencyPlanResource.PATH + "/{id}/drills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class DrillResource {

    private static final String EXAMPLE_TABLETOP = "{\"heldOn\":\"2023-03-01\",\"form\":\"TABLETOP\",\"organiser\":\"区市场监管局\","
            + "\"participants\":[\"区卫生健康局\",\"区公安分局\"],\"findings\":\"联络员名单未更新\","
            + "\"revisionNeeded\":false}";

    @Inject
    Caller caller;

    @Inject
    Plans plans;

    @Inject
    Revisions revisions;

    @Inject
    PlanEvents events;

    @Inject
    Audit audit;

    @GET
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "A plan's drills, newest first")
    @APIResponse(responseCode = "200", description = "The drills")
    public List<DrillView> list(@PathParam("id") UUID id) {
        EmergencyPlan plan = plans.inspectable(id);
        return Drill.<Drill>list("planId", Sort.by("heldOn").descending(), plan.id).stream()
                .map(d -> DrillView.of(d, triggerOf(d))).toList();
    }

    @GET
    @Path("{drillId}")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "One drill of a plan")
    @APIResponse(responseCode = "200", description = "The drill")
    public DrillView get(@PathParam("id") UUID id, @PathParam("drillId") UUID drillId) {
        EmergencyPlan plan = plans.inspectable(id);
        Drill d = Drill.findById(drillId);
        if (d == null || !d.planId.equals(plan.id)) {
            throw ProblemException.notFound("thing.drill", drillId);
        }
        return DrillView.of(d, triggerOf(d));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Record a drill", description = "Only for issued plans, on or after the issue date and not in the "
            + "future. Emits `cn.guihua.emergency.drill.recorded.v1`. With `revisionNeeded` the findings raise a revision "
            + "trigger (circumstance 6 where the jurisdiction lists it, 000:1619), which also emits "
            + "`cn.guihua.emergency.plan.revision-due.v1`.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DrillView.class)))
    @APIResponse(responseCode = "409", description = "The plan is not issued or no longer in force")
    public Response record(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "tabletop", value = EXAMPLE_TABLETOP)))
            @Valid @NotNull NewDrill body) {
        EmergencyPlan plan = plans.writable(id);
        if (!PlanStatus.EFFECTIVE.contains(plan.status)) {
            throw ProblemException.conflict("drill.plan-not-effective", plan.status);
        }
        // a drill of an earlier edition may be recorded after a re-issue: the bound is the first edition's issue
        LocalDate firstIssue = PlanEdition.firstIssue(plan.id);
        if (body.heldOn().isBefore(firstIssue) || body.heldOn().isAfter(LocalDate.now())) {
            throw ProblemException.invalid("heldOn", "drill.date-out-of-range", firstIssue);
        }
        Drill d = new Drill();
        d.id = UUID.randomUUID();
        d.planId = plan.id;
        d.heldOn = body.heldOn();
        d.form = body.form();
        d.organiser = body.organiser().strip();
        d.participants = body.participants() == null ? List.of() : body.participants().stream().map(String::strip).toList();
        d.findings = body.findings();
        d.revisionNeeded = body.revisionNeeded();
        d.recordedBy = caller.subject();
        d.createdAt = OffsetDateTime.now();
        d.persist();
        audit.record("plan.drill.recorded", "EmergencyPlan", plan.id, body);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("drillId", d.id.toString());
        data.put("heldOn", d.heldOn.toString());
        data.put("form", d.form);
        data.put("organiser", d.organiser);
        data.put("revisionNeeded", d.revisionNeeded);
        events.publish(PlanEvents.DRILL_RECORDED, plan, data);
        UUID triggerId = null;
        if (d.revisionNeeded) {
            boolean listed = RevisionCircumstance.applicable(plan.jurisdiction, d.heldOn).stream().anyMatch(c -> c.code == Revisions.FOUND_IN_DRILL);
            String description = d.findings == null ? Plans.recorded("revision.from-drill")
                    : Plans.recorded("revision.from-drill-findings", d.findings);
            triggerId = revisions.raise(plan, listed ? Revisions.FOUND_IN_DRILL : null, description, d.heldOn, d.id).id;
        }
        return Response.created(URI.create(EmergencyPlanResource.PATH + "/" + plan.id + "/drills/" + d.id))
                .entity(DrillView.of(d, triggerId)).build();
    }

    private static UUID triggerOf(Drill d) {
        return RevisionTrigger.<RevisionTrigger>find("drillId", d.id).firstResultOptional().map(t -> t.id).orElse(null);
    }
}
