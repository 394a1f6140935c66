package cn.guihua.emergency.plan;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The former path of emergency plans, {@code /api/v1/plans}: the same operations as {@link EmergencyPlanResource},
 * deprecated for one release (behind one gateway it collides with plan-service's plans). Use
 * {@code /api/v1/emergency-plans}.
 */
@Deprecated(since = "1.1", forRemoval = true)
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emergency plans")
public class LegacyEmergencyPlanResource extends EmergencyPlanResource {
}
