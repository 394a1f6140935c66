package cn.guihua.subsidy.calendar;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * emergency-service's working-day calendar ({@code emergency-service/.../calendar/CalendarResource}): {@code GET
 * /api/v1/calendar/working-days?from=&add=} answers the {@code add}th working day after {@code from} (which is not
 * counted), or 422 when the count runs into a year whose State Council notice is not loaded. Built by
 * {@link CalendarCalls} with the configured base URL and timeouts (the annotation keeps it out of this service's own
 * OpenAPI document).
 */
@RegisterRestClient(configKey = "emergency-service")
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
public interface CalendarClient {

    /** emergency-service's WorkingDayAnswer; fields it may add are ignored. */
    record WorkingDayAnswer(LocalDate from, int workingDays, LocalDate date) {
    }

    @GET
    @Path("working-days")
    WorkingDayAnswer workingDays(@QueryParam("from") String from, @QueryParam("add") int add);
}
