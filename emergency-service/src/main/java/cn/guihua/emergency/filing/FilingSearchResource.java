package cn.guihua.emergency.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.paging.Page;
import cn.guihua.emergency.security.Caller;
import cn.guihua.emergency.security.JurisdictionCodes;
import cn.guihua.emergency.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/filings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Filings")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
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
            @QueryParam("jurisdiction") @Parameter(example = "370104") String jurisdiction,
            @QueryParam("status") FilingView.Status status,
            @QueryParam("dueBefore") @Parameter(description = "Only duties due before this date", example = "2023-01-01") LocalDate dueBefore,
            @QueryParam("asOf") @Parameter(description = "Status as of this date; default today") LocalDate asOf,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) @Parameter(description = Page.SIZE_DOC) int size) {
        String scope = jurisdiction != null ? jurisdiction : caller.hasRole(Roles.EMERGENCY_MANAGER) ? caller.jurisdiction() : null;
        if (scope != null) {
            caller.requireJurisdiction(scope);
        }
        List<Filing> rows = scope == null ? Filing.listAll(Sort.by("issueDate").and("id"))
                : Filing.list("planId in (select p.id from EmergencyPlan p where p.jurisdiction like ?1) order by issueDate, id",
                        JurisdictionCodes.prefix(scope) + "%");
        List<FilingView> matching = new ArrayList<>();
        for (FilingView f : filings.views(rows, asOf == null ? LocalDate.now() : asOf)) {
            if ((status == null || f.status() == status) && (dueBefore == null || f.dueOn() != null && f.dueOn().isBefore(dueBefore))) {
                matching.add(f);
            }
        }
        int from = Math.min(page * size, matching.size());
        return Page.of(matching.subList(from, Math.min(from + size, matching.size())), page, size, matching.size());
    }
}
