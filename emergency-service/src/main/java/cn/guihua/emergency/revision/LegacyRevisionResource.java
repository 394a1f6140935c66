package cn.guihua.emergency.revision;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The former path of a plan's revision-triggers, {@code /api/v1/plans/{id}/revision-triggers}: the same operations as {@link RevisionResource},
 * deprecated for one release (see {@link cn.guihua.emergency.plan.LegacyEmergencyPlanResource}).
 */
@Deprecated(since = "1.1", forRemoval = true)
@Path("/api/v1/plans/{id}/revision-triggers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions")
public class LegacyRevisionResource extends RevisionResource {
}
