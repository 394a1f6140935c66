package cn.guihua.plan.targets;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.plan.Filters;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "目标值: the targets of published plans, for evaluation and comparison")
public class TargetResource {

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
        return Page.of(Targets.find(Filters.prefer(indicatorCode, indicator), jurisdiction, Filters.prefer(planCode, plan)),
                paging, TargetView::of);
    }
}
