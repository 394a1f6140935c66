package cn.guihua.emergency.audit;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonRawValue;

import cn.guihua.emergency.paging.Page;
import cn.guihua.emergency.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when (审计日志)")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    public record AuditView(Long id, OffsetDateTime at, String actor, String jurisdiction, String action,
            String entityType, String entityId, @JsonRawValue String details) {
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    @Operation(summary = "List audit entries, newest first", description = "Filter by entity type and id.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<AuditView> list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        var query = AuditEntry.<AuditEntry>find(
                "(:type is null or entityType = :type) and (:id is null or entityId = :id)",
                Sort.descending("id"), Parameters.with("type", entityType).and("id", entityId));
        return Page.of(query, page, size, e -> new AuditView(e.id, e.at, e.actor, e.jurisdiction, e.action,
                e.entityType, e.entityId, e.details));
    }
}
