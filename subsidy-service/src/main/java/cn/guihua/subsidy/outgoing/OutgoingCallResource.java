package cn.guihua.subsidy.outgoing;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.time.OffsetDateTime;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonRawValue;

import cn.guihua.subsidy.paging.Page;
import cn.guihua.subsidy.security.Roles;
import io.quarkus.panache.common.Sort;

/** Lets operators see calls a neighbour has not accepted yet, and why. */
@Path("/api/v1/outgoing-calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outgoing calls")
@SecurityRequirement(name = "bearer")
public class OutgoingCallResource {

    @Schema(description = "A call to a neighbour and its delivery state")
    public record OutgoingCallView(UUID id, @Schema(example = "indicator-service") String target,
            @Schema(example = "/api/v1/monitoring-values") String path, @JsonRawValue String body, int attempts,
            OffsetDateTime nextAttemptAt, Integer lastStatus, String lastError, OffsetDateTime acceptedAt, OffsetDateTime createdAt) {
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    @Operation(summary = "List calls to neighbours", description = "`pending=true` lists those not accepted yet, oldest first; "
            + "each is retried with a growing delay until the neighbour answers 2xx.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<OutgoingCallView> list(
            @QueryParam("pending") @DefaultValue("false") boolean pending,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) @Parameter(description = Page.SIZE_DOC) int size) {
        return Page.of(OutgoingCall.<OutgoingCall>find(pending ? "acceptedAt is null" : "1 = 1", Sort.by("createdAt").and("id")), page, size,
                c -> new OutgoingCallView(c.id, c.target, c.path, c.body, c.attempts, c.nextAttemptAt, c.lastStatus, c.lastError,
                        c.acceptedAt, c.createdAt));
    }
}
