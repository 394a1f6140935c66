package cn.guihua.emergency.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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

import cn.guihua.platform.paging.Page;
import cn.guihua.platform.security.JurisdictionCodes;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event catalogue")
public class CatalogueResource {

    @GET
    @Path("entries")
    @PermitAll
    @Operation(summary = "List the event catalogue", description = "Public reference data: 槐荫区's 25 district special "
            + "plans (000:1659-1705) and 张店区's 55 event types (002:3655-3897), each with its lead departments.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<CatalogueEntryView> entries(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370303") String jurisdiction,
            @QueryParam("category") EventCategory category,
            @QueryParam("kind") CatalogueEntry.Kind kind,
            @QueryParam("leadDepartmentsKnown") @Parameter(description = "false lists the entries whose source cell is blank")
            Boolean leadDepartmentsKnown,
            @QueryParam("leadKnown") @Parameter(deprecated = true, description = "Alias of leadDepartmentsKnown") Boolean leadKnown,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(Page.MAX_SIZE) @Parameter(description = Page.SIZE_DOC) int size) {
        Boolean known = leadDepartmentsKnown != null ? leadDepartmentsKnown : leadKnown;
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (jurisdiction != null) {
            where.append(" and jurisdiction = :jurisdiction");
            params.and("jurisdiction", jurisdiction);
        }
        if (category != null) {
            where.append(" and category = :category");
            params.and("category", category);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (known != null) {
            where.append(known ? " and array_length(leadDepartments) > 0" : " and array_length(leadDepartments) = 0");
        }
        return Page.of(CatalogueEntry.find(where.toString(), Sort.by("jurisdiction").and("category").and("seq"), params),
                page, size, CatalogueEntryView::of);
    }

    @GET
    @Path("support-measures")
    @PermitAll
    @Operation(summary = "List emergency support measures", description = "Public reference data: 张店区's 10 support "
            + "measures with lead and supporting units (002:3914-3968).")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<SupportMeasureView> supportMeasures(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370303") String jurisdiction,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(Page.MAX_SIZE) @Parameter(description = Page.SIZE_DOC) int size) {
        if (jurisdiction == null) {
            return Page.of(SupportMeasure.findAll(Sort.by("jurisdiction").and("seq")), page, size, SupportMeasureView::of);
        }
        return Page.of(SupportMeasure.find("jurisdiction", Sort.by("seq"), jurisdiction), page, size, SupportMeasureView::of);
    }
}
