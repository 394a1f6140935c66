package cn.guihua.subsidy.outgoing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonRawValue;

import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

/** Lets operators see calls a neighbour has not accepted yet, and why. */
@Path("/api/v1/outgoing-calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outgoing calls")
public class OutgoingCallResource {

    @Schema(description = "A call to a neighbour and its delivery state")
    public record OutgoingCallView(@NotNull UUID id, @NotNull @Schema(example = "indicator-service") String target,
            @NotNull @Schema(example = "/api/v1/monitoring-values") String path, @NotNull @JsonRawValue String body, int attempts,
            @NotNull OffsetDateTime nextAttemptAt, Integer lastStatus, String lastError, OffsetDateTime acceptedAt,
            @NotNull OffsetDateTime createdAt) {
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    @Operation(summary = "List calls to neighbours", description = "`pending=true` lists those not accepted yet, oldest first; "
            + "each is retried with a growing delay until the neighbour answers 2xx.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<OutgoingCallView> list(
            @QueryParam("pending") @DefaultValue("false") boolean pending,
            @BeanParam @Valid PageRequest paging) {
        return Page.of(OutgoingCall.<OutgoingCall>find(pending ? "acceptedAt is null" : "1 = 1", Sort.by("createdAt").and("id")), paging,
                c -> new OutgoingCallView(c.id, c.target, c.path, c.body, c.attempts, c.nextAttemptAt, c.lastStatus, c.lastError,
                        c.acceptedAt, c.createdAt));
    }
}
