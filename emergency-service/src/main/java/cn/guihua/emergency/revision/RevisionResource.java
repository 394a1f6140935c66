package cn.guihua.emergency.revision;

import java.net.URI;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.plan.EmergencyPlanResource;
import cn.guihua.emergency.plan.PlanStatus;
import cn.guihua.emergency.plan.Plans;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

/** A plan's revision triggers; {@link LegacyRevisionResource} serves them at the deprecated {@code /api/v1/plans/...}. */
@Path(EmergencyPlanResource.PATH + "/{id}/revision-triggers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions")
public class RevisionResource {

    @Inject
    Plans plans;

    @Inject
    Revisions revisions;

    @GET
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "A plan's revision triggers, open and resolved")
    @APIResponse(responseCode = "200", description = "The triggers")
    public List<RevisionTriggerView> list(@PathParam("id") UUID id) {
        EmergencyPlan plan = plans.inspectable(id);
        return RevisionTrigger.<RevisionTrigger>list("planId", Sort.by("raisedOn").and("createdAt"), plan.id).stream()
                .map(t -> Revisions.view(t, plan.jurisdiction)).toList();
    }

    @GET
    @Path("{triggerId}")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "One revision trigger of a plan")
    @APIResponse(responseCode = "200", description = "The trigger")
    public RevisionTriggerView get(@PathParam("id") UUID id, @PathParam("triggerId") UUID triggerId) {
        EmergencyPlan plan = plans.inspectable(id);
        RevisionTrigger t = RevisionTrigger.findById(triggerId);
        if (t == null || !t.planId.equals(plan.id)) {
            throw ProblemException.notFound("thing.revision-trigger", triggerId);
        }
        return Revisions.view(t, plan.jurisdiction);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Raise a revision trigger", description = "Makes the plan due for revision until it is re-issued. "
            + "Where the jurisdiction lists revision circumstances (槐荫区: seven, 000:1607-1621) one must be named. Emits "
            + "`cn.guihua.emergency.plan.revision-due.v1`.")
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(schema = @Schema(implementation = RevisionTriggerView.class)))
    @APIResponse(responseCode = "409", description = "The plan is not in force")
    public Response raise(@PathParam("id") UUID id, @Valid @NotNull NewRevisionTrigger body) {
        EmergencyPlan plan = plans.writable(id);
        if (!PlanStatus.EFFECTIVE.contains(plan.status)) {
            throw ProblemException.conflict("revision.plan-not-effective", plan.status);
        }
        RevisionTrigger t = revisions.raise(plan, body.circumstance(), body.description(), body.raisedOn(), null);
        return Response.created(URI.create(EmergencyPlanResource.PATH + "/" + plan.id + "/revision-triggers/" + t.id))
                .entity(Revisions.view(t, plan.jurisdiction)).build();
    }
}
