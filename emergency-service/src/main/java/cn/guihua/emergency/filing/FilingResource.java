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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.plan.EmergencyPlanResource;
import cn.guihua.emergency.plan.PlanEvents;
import cn.guihua.emergency.plan.PlanStatus;
import cn.guihua.emergency.plan.Plans;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

/** A plan's filing duties; {@link LegacyFilingResource} serves them at the deprecated {@code /api/v1/plans/...}. */
@Path(EmergencyPlanResource.PATH + "/{id}/filings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Filings")
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
    public List<FilingView> ofPlan(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(example = "2022-12-23") LocalDate asOf) {
        EmergencyPlan plan = plans.inspectable(id);
        return filings.views(Filing.list("planId", Sort.by("issueDate").and("ruleId"), plan.id), asOf == null ? LocalDate.now() : asOf);
    }

    @GET
    @Path("{filingId}")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "One filing duty of a plan", description = "Its deadline and status as of `asOf` (default today).")
    @APIResponse(responseCode = "200", description = "The filing")
    public FilingView get(@PathParam("id") UUID id, @PathParam("filingId") UUID filingId,
            @QueryParam("asOf") @Parameter(example = "2022-12-23") LocalDate asOf) {
        EmergencyPlan plan = plans.inspectable(id);
        return filings.views(List.of(find(plan, filingId)), asOf == null ? LocalDate.now() : asOf).get(0);
    }

    @POST
    @Path("{filingId}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Record that a filing was made", description = "Emits `cn.guihua.emergency.plan.filed.v1`. When "
            + "the last filing of the current edition is recorded, a PUBLISHED plan moves to IN_FORCE. The filing date lies "
            + "between the issue date and today.")
    @APIResponse(responseCode = "200", description = "The filing")
    @APIResponse(responseCode = "409", description = "Recorded already, or a stale version")
    public FilingView record(@PathParam("id") UUID id, @PathParam("filingId") UUID filingId, @Valid @NotNull FilingRecord body) {
        EmergencyPlan plan = plans.writable(id);
        Filing f = find(plan, filingId);
        ProblemException.requireVersion(body.version(), f.version);
        if (f.filedOn != null) {
            throw ProblemException.conflict("filing.recorded-already", f.filedOn);
        }
        if (body.filedOn().isBefore(f.issueDate)) {
            throw ProblemException.invalid("filedOn", "filing.before-issue", f.issueDate);
        }
        if (body.filedOn().isAfter(LocalDate.now())) {
            throw ProblemException.invalid("filedOn", "filing.in-future");
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
            plans.recordTransition(plan, PlanStatus.PUBLISHED, PlanStatus.IN_FORCE, null, Plans.recorded("plan.reason.all-filed"));
        }
        return view;
    }

    private static Filing find(EmergencyPlan plan, UUID filingId) {
        Filing f = Filing.findById(filingId);
        if (f == null || !f.planId.equals(plan.id)) {
            throw ProblemException.notFound("thing.filing", filingId);
        }
        return f;
    }
}
