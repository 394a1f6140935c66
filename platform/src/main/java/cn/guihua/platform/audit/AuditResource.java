package cn.guihua.platform.audit;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import com.fasterxml.jackson.annotation.JsonRawValue;

import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when (审计日志)")
public class AuditResource {

    public record AuditView(@NotNull Long id, @NotNull OffsetDateTime at, @NotNull String actor, String jurisdiction,
            @NotNull String action, @NotNull String entityType, @NotNull String entityId, @JsonRawValue String details) {
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    @Operation(summary = "List audit entries, newest first", description = "Filter by entity type and id.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<AuditView> list(
            @QueryParam("entityType") @Size(max = 200) @Parameter(example = "Jurisdiction") String entityType,
            @QueryParam("entityId") @Size(max = 200) @Parameter(example = "370104001") String entityId,
            @BeanParam @Valid PageRequest paging) {
        var query = AuditEntry.<AuditEntry>find(
                "(:type is null or entityType = :type) and (:id is null or entityId = :id)",
                Sort.descending("id"), Parameters.with("type", entityType).and("id", entityId));
        return Page.of(query, paging, e -> new AuditView(e.id, e.at, e.actor, e.jurisdiction, e.action,
                e.entityType, e.entityId, e.details));
    }
}
