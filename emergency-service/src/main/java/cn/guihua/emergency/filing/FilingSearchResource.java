package cn.guihua.emergency.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/filings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Filings")
public class FilingSearchResource {

    @Inject
    Caller caller;

    @Inject
    Filings filings;

    @GET
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List filing duties across plans", description = "Filter by jurisdiction (with the levels below), "
            + "status as of `asOf` and due date. Emergency managers see their own jurisdiction.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<FilingView> list(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction,
            @QueryParam("status") FilingView.Status status,
            @QueryParam("dueOnBefore") @Parameter(description = "Only duties whose dueOn is before this date", example = "2023-01-01")
            LocalDate dueOnBefore,
            @QueryParam("dueBefore") @Parameter(deprecated = true, description = "Alias of dueOnBefore") LocalDate dueBefore,
            @QueryParam("asOf") @Parameter(description = "Status as of this date; default today") LocalDate asOf,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) @Parameter(description = Page.SIZE_DOC) int size) {
        LocalDate before = dueOnBefore != null ? dueOnBefore : dueBefore;
        String scope = caller.scope(jurisdiction);
        List<Filing> rows = scope == null ? Filing.listAll(Sort.by("issueDate").and("id"))
                : Filing.list("planId in (select p.id from EmergencyPlan p where p.jurisdiction like ?1) order by issueDate, id",
                        JurisdictionCodes.prefix(scope) + "%");
        List<FilingView> matching = new ArrayList<>();
        for (FilingView f : filings.views(rows, asOf == null ? LocalDate.now() : asOf)) {
            if ((status == null || f.status() == status) && (before == null || f.dueOn() != null && f.dueOn().isBefore(before))) {
                matching.add(f);
            }
        }
        return Page.slice(matching, new PageRequest(page, size));
    }
}
