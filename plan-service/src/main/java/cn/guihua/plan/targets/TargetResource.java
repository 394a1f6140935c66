package cn.guihua.plan.targets;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.plan.ReadOnly;
import cn.guihua.plan.Filters;
import cn.guihua.plan.plan.PlanCache;
import cn.guihua.plan.plan.PlanStatus;
import cn.guihua.plan.plan.PlanTarget;
import cn.guihua.plan.plan.PlannerData;
import cn.guihua.plan.plan.TargetChange;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "目标值: the targets of published plans, for evaluation and comparison; the planner's "
        + "data on them (tolerance, a value a higher level sets, the base year and value) with its history")
public class TargetResource {

    @Inject
    Caller caller;

    @Inject
    PlannerData plannerData;

    @Inject
    ObjectMapper json;

    @Inject
    PlanCache cache;

    @GET
    @PermitAll
    @Transactional
    @Operation(summary = "List targets of published plans", description = "Public (此件公开发布). Only the current revision "
            + "of published plans. `jurisdiction` is the plan's jurisdiction; a street code also finds its district's "
            + "EACH_STREET targets.")
    @APIResponse(responseCode = "200", description = "One page of targets")
    public Page<TargetView> list(
            @QueryParam("indicatorCode") @Parameter(description = "Indicator code", example = "NEONATAL_MORTALITY") String indicatorCode,
            @QueryParam("indicator") @Parameter(deprecated = true, description = Filters.ALIAS_OF + "`indicatorCode`") String indicator,
            @QueryParam("jurisdiction") @Parameter(description = "Division code of the plan", example = "370104") String jurisdiction,
            @QueryParam("planCode") @Parameter(description = "Plan code", example = "370104-children-2021") String planCode,
            @QueryParam("plan") @Parameter(deprecated = true, description = Filters.ALIAS_OF + "`planCode`") String plan,
            @BeanParam @Valid PageRequest paging) {
        ReadOnly.transaction();
        PlanCache.Catalogue catalogue = cache.catalogue();
        if (catalogue != null) {
            List<PlanTarget> matching = Targets.matching(catalogue.publishedTargets(), Filters.prefer(indicatorCode, indicator),
                    jurisdiction, Filters.prefer(planCode, plan));
            Page<PlanTarget> page = Page.slice(matching, paging);
            return Page.of(page.items().stream().map(TargetView::of).toList(), page.page(), page.size(), page.total());
        }
        return Page.of(Targets.find(Filters.prefer(indicatorCode, indicator), jurisdiction, Filters.prefer(planCode, plan)),
                paging, TargetView::of);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Transactional
    @Operation(summary = "Get one target", description = "Public for a target of a published or archived revision (此件公开发布). "
            + "A target of a draft is read as its draft is (planners of its jurisdiction and above, admins, auditors) and "
            + "is not found for anyone else.")
    @APIResponse(responseCode = "200", description = "The target", content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "404", description = "No such target, or one of a draft the caller may not read")
    public TargetView get(@PathParam("id") @Parameter(example = "1") long id) {
        ReadOnly.transaction();
        PlanCache.Catalogue catalogue = cache.catalogue();
        // a target of a published plan's current revision is public; any other is read and checked as before
        PlanTarget published = catalogue == null ? null : catalogue.publishedTarget(id);
        return TargetView.of(published != null ? published : visible(id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.AUDITOR })
    @Transactional
    @Operation(summary = "The history of a target's planner data", description = "Every change of its tolerance, "
            + "entered value and base, oldest first, with who made it, when and why. Planners of the plan's jurisdiction "
            + "(and above), admins and auditors.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "403", description = "The plan is outside the caller's jurisdiction")
    @APIResponse(responseCode = "404", description = "No such target, or one of a draft the caller may not read")
    public List<TargetChanges.View> history(@PathParam("id") @Parameter(example = "1") long id) {
        ReadOnly.transaction();
        PlanTarget t = visible(id);
        caller.requireJurisdiction(t.plan.jurisdiction);
        return TargetChange.<TargetChange>list("targetId", Sort.by("id"), id).stream().map(this::view).toList();
    }

    @PUT
    @Path("{id}/tolerance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Set a target's tolerance", description = "On a target of the current published revision, in the "
            + "caller's jurisdiction: the tolerance its verdicts use (absolute, in the target's unit; percentage points of "
            + "the decrease for DECREASE_PERCENT), recorded as PLANNER; `tolerance: null` goes back to the phrasing's "
            + "default. Not for DIRECTION, SLOWER_RISE and CHANGE_PP_PER_YEAR. Send the target's version; the change is "
            + "in the target's history and the audit.")
    @APIResponse(responseCode = "200", description = "The changed target", content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "404", description = "No such target")
    @APIResponse(responseCode = "409", description = "Stale version, not the current published revision, or a comparator without tolerance")
    public TargetView setTolerance(@PathParam("id") long id, @Valid @NotNull TargetChanges.Tolerance body) {
        return TargetView.of(plannerData.setTolerance(id, body.version(), body.tolerance(), body.reason()));
    }

    @PUT
    @Path("{id}/value")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Enter the value a higher level set", description = "Only on a target whose value the document "
            + "leaves to a higher level (`valueToBeSet`: 市下达, 市定标准, 上级指标要求); until it is entered the target is "
            + "AWAITING_VALUE. `reason` names the document that set it. Send the target's version; the change is in the "
            + "target's history and the audit.")
    @APIResponse(responseCode = "200", description = "The changed target", content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "404", description = "No such target")
    @APIResponse(responseCode = "409", description = "Stale version, not the current published revision, or a value the document gives")
    public TargetView setValue(@PathParam("id") long id, @Valid @NotNull TargetChanges.Value body) {
        return TargetView.of(plannerData.setValue(id, body.version(), body.value(), body.valueHigh(), body.reason()));
    }

    @PUT
    @Path("{id}/baseline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Set a target's base year and value", description = "A base year alone (the base value is then "
            + "the approved monitoring value of that year, MONITORED), or a year and a value with its source in `note` "
            + "(PLANNER): for a DECREASE_PERCENT whose base year the document does not give (`baseYearToBeSet`), or a base "
            + "value the monitoring does not have. A base the document prints (DOCUMENT) is not changed. Send the target's "
            + "version; the change is in the target's history and the audit.")
    @APIResponse(responseCode = "200", description = "The changed target", content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "A value without its source, or a base year after the target year")
    @APIResponse(responseCode = "404", description = "No such target")
    @APIResponse(responseCode = "409", description = "Stale version, not the current published revision, or a base the document prints")
    public TargetView setBaseline(@PathParam("id") long id, @Valid @NotNull TargetChanges.Baseline body) {
        return TargetView.of(plannerData.setBaseline(id, body.version(), body.year(), body.value(), body.note(), body.reason()));
    }

    /** The target, if the caller may read its revision: a draft's targets are not found, as the draft is not. */
    private PlanTarget visible(long id) {
        PlanTarget t = PlanTarget.findById(id);
        if (t == null || t.plan.status == PlanStatus.DRAFT && !caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.AUDITOR)
                && !(caller.hasRole(Roles.PLANNER) && caller.mayAccess(t.plan.jurisdiction))) {
            throw ProblemException.notFound("thing.target", id);
        }
        return t;
    }

    private TargetChanges.View view(TargetChange c) {
        try {
            return new TargetChanges.View(c.id, c.targetId, c.planCode, c.revision, c.field, json.readTree(c.oldValue),
                    json.readTree(c.newValue), c.reason, c.actor, c.changedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
