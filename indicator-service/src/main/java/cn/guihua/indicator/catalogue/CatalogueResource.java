package cn.guihua.indicator.catalogue;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.platform.security.Roles;

@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "The local copy of plan-service's indicator catalogue that submissions are validated against")
public class CatalogueResource {

    @Inject
    Catalogue catalogue;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "State of the catalogue copy",
            description = "Whether a copy is loaded, when plan-service served it, and how the last refresh went.")
    @APIResponse(responseCode = "200", description = "The state",
            content = @Content(schema = @Schema(implementation = Catalogue.Status.class)))
    public Catalogue.Status status() {
        return catalogue.status();
    }

    @GET
    @Path("indicators")
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "The indicators submissions are validated against")
    @APIResponse(responseCode = "200", description = "The indicators of the copy in use",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorDefinition.class)))
    @APIResponse(responseCode = "503", description = "No copy has ever been loaded, and plan-service does not answer now")
    public List<IndicatorDefinition> indicators() {
        return List.copyOf(catalogue.require().indicators().values());
    }

    @POST
    @Path("refresh")
    @RolesAllowed({ Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Read plan-service's catalogue now",
            description = "Answers the state of the new copy. When plan-service fails, or does not answer within "
                    + "`guihua.catalogue.fresh-timeout` (10 s), the answer is 503 and the previous copy stays in use; "
                    + "`GET /api/v1/catalogue` then tells how the attempt ended.")
    @APIResponse(responseCode = "200", description = "The state after a successful read",
            content = @Content(schema = @Schema(implementation = Catalogue.Status.class)))
    @APIResponse(responseCode = "503", description = "plan-service failed or did not answer in time; the previous copy stays in use")
    public Catalogue.Status refresh() {
        return catalogue.refresh();
    }
}
