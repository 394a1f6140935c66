package cn.guihua.emergency.drill;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The former path of a plan's drills, {@code /api/v1/plans/{id}/drills}: the same operations as {@link DrillResource},
 * deprecated for one release (see {@link cn.guihua.emergency.plan.LegacyEmergencyPlanResource}).
 */
@Deprecated(since = "1.1", forRemoval = true)
@Path("/api/v1/plans/{id}/drills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drills")
public class LegacyDrillResource extends DrillResource {
}
