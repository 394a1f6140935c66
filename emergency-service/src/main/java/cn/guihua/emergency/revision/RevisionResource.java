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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.idempotency.Idempotency;
import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.plan.PlanStatus;
import cn.guihua.emergency.plan.Plans;
import cn.guihua.emergency.problem.ProblemException;
import cn.guihua.emergency.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/plans/{id}/revision-triggers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
@APIResponse(responseCode = "404", description = "No such plan")
public class RevisionResource {

    @Inject
    Plans plans;

    @Inject
    Revisions revisions;

    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "A plan's revision triggers, open and resolved")
    @APIResponse(responseCode = "200", description = "The triggers")
    public List<RevisionTriggerView> list(@PathParam("id") UUID id) {
        EmergencyPlan plan = plans.inspectable(id);
        return RevisionTrigger.<RevisionTrigger>list("planId", Sort.by("raisedOn").and("createdAt"), plan.id).stream()
                .map(t -> Revisions.view(t, plan.jurisdiction)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Raise a revision trigger", description = "Makes the plan due for revision until it is re-issued. "
            + "Where the jurisdiction lists revision circumstances (槐荫区: seven, 000:1607-1621) one must be named. Emits "
            + "`cn.guihua.emergency.plan.revision-due.v1`. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(schema = @Schema(implementation = RevisionTriggerView.class)))
    @APIResponse(responseCode = "409", description = "The plan is not in force")
    public Response raise(@PathParam("id") UUID id, @Valid @NotNull NewRevisionTrigger body,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retry return the first result") String key) {
        return idempotency.once(key, body, () -> {
            EmergencyPlan plan = plans.writable(id);
            if (!PlanStatus.EFFECTIVE.contains(plan.status)) {
                throw ProblemException.conflict("预案状态为 " + plan.status + "，不能提出修订",
                        "The plan is " + plan.status + "; revisions are raised for plans in force");
            }
            RevisionTrigger t = revisions.raise(plan, body.circumstance(), body.description(), body.raisedOn(), null);
            return Response.created(URI.create("/api/v1/plans/" + plan.id + "/revision-triggers/" + t.id))
                    .entity(Revisions.view(t, plan.jurisdiction)).build();
        });
    }
}
