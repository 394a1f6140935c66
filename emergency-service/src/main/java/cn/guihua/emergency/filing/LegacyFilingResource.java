package cn.guihua.emergency.filing;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The former path of a plan's filings, {@code /api/v1/plans/{id}/filings}: the same operations as {@link FilingResource},
 * deprecated for one release (see {@link cn.guihua.emergency.plan.LegacyEmergencyPlanResource}).
 */
@Deprecated(since = "1.1", forRemoval = true)
@Path("/api/v1/plans/{id}/filings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Filings")
public class LegacyFilingResource extends FilingResource {
}
