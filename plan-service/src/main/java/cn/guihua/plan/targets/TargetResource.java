package cn.guihua.plan.targets;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.plan.paging.Page;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "目标值: the targets of published plans, for evaluation and comparison")
public class TargetResource {

    @GET
    @PermitAll
    @Transactional
    @Operation(summary = "List targets of published plans", description = "Public. Only the current revision of published "
            + "plans. `jurisdiction` is the plan's jurisdiction; a street code also finds its district's EACH_STREET targets.")
    @APIResponse(responseCode = "200", description = "One page of targets")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<TargetView> list(
            @QueryParam("indicator") @Parameter(description = "Indicator code", example = "NEONATAL_MORTALITY") String indicator,
            @QueryParam("jurisdiction") @Parameter(description = "Division code", example = "370104") String jurisdiction,
            @QueryParam("plan") @Parameter(description = "Plan code", example = "370104-children-2021") String plan,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) @Parameter(description = Page.SIZE_DOC) int size) {
        return Page.of(Targets.find(indicator, jurisdiction, plan), page, size, TargetView::of);
    }
}
