package cn.guihua.emergency.filing;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.audit.Audit;
import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.plan.PlanEvents;
import cn.guihua.emergency.plan.PlanStatus;
import cn.guihua.emergency.plan.Plans;
import cn.guihua.emergency.problem.ProblemException;
import cn.guihua.emergency.security.Caller;
import cn.guihua.emergency.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/plans/{id}/filings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Filings")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
public class FilingResource {

    @Inject
    Caller caller;

    @Inject
    Plans plans;

    @Inject
    Filings filings;

    @Inject
    PlanEvents events;

    @Inject
    Audit audit;

    @GET
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "A plan's filing duties", description = "Every edition's duties per recipient, with the deadline "
            + "the jurisdiction's rule gives (槐荫区: 20 working days after issue, 000:1577-1583; 张店区: none) and the status "
            + "as of `asOf` (default today).")
    @APIResponse(responseCode = "200", description = "The filings")
    @APIResponse(responseCode = "404", description = "No such plan")
    public List<FilingView> ofPlan(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(example = "2022-12-23") LocalDate asOf) {
        EmergencyPlan plan = plans.inspectable(id);
        return filings.views(Filing.list("planId", Sort.by("issueDate").and("ruleId"), plan.id), asOf == null ? LocalDate.now() : asOf);
    }

    @POST
    @Path("{filingId}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Record that a filing was made", description = "Emits `cn.guihua.emergency.plan.filed.v1`. When "
            + "the last filing of the current edition is recorded, a PUBLISHED plan moves to IN_FORCE.")
    @APIResponse(responseCode = "200", description = "The filing")
    @APIResponse(responseCode = "404", description = "No such plan or filing")
    @APIResponse(responseCode = "409", description = "Recorded already, or a stale version")
    public FilingView record(@PathParam("id") UUID id, @PathParam("filingId") UUID filingId, @Valid @NotNull FilingRecord body) {
        EmergencyPlan plan = plans.writable(id);
        Filing f = Filing.findById(filingId);
        if (f == null || !f.planId.equals(plan.id)) {
            throw ProblemException.notFound("备案", "Filing", filingId);
        }
        Plans.checkVersion(f.version, body.version());
        if (f.filedOn != null) {
            throw ProblemException.conflict("该备案已于 " + f.filedOn + " 记录", "This filing was recorded on " + f.filedOn);
        }
        if (body.filedOn().isBefore(f.issueDate)) {
            throw ProblemException.invalid("filedOn", "备案日期不能早于印发日期 " + f.issueDate,
                    "The filing date cannot precede the issue date " + f.issueDate);
        }
        f.filedOn = body.filedOn();
        f.filedBy = caller.subject();
        f.reference = body.reference();
        audit.record("plan.filed", "EmergencyPlan", plan.id, Map.of("filingId", f.id, "filedOn", f.filedOn));
        Filing.getEntityManager().flush();
        FilingView view = filings.views(List.of(f), f.filedOn).get(0);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("filingId", f.id.toString());
        data.put("recipient", view.recipient());
        data.put("issueDate", f.issueDate.toString());
        data.put("filedOn", f.filedOn.toString());
        data.put("dueOn", view.dueOn() == null ? null : view.dueOn().toString());
        data.put("late", view.status() == FilingView.Status.FILED_LATE);
        events.publish(PlanEvents.FILED, plan, data);
        boolean allFiled = Filing.count("planId = ?1 and issueDate = ?2 and filedOn is null", plan.id, plan.issueDate) == 0;
        if (allFiled && plan.status == PlanStatus.PUBLISHED && f.issueDate.equals(plan.issueDate)) {
            plan.status = PlanStatus.IN_FORCE;
            plan.updatedAt = OffsetDateTime.now();
            plans.recordTransition(plan, PlanStatus.PUBLISHED, PlanStatus.IN_FORCE, null, "备案已全部完成");
        }
        return view;
    }
}
