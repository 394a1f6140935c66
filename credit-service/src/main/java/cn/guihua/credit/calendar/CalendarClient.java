package cn.guihua.credit.calendar;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * emergency-service's working-day calendar (the one calendar of the system, State Council holiday notices): {@code GET
 * /api/v1/calendar/working-days?from=&add=} answers the {@code add}th working day after {@code from} (not counting
 * it), or 422 when the count runs into a year whose notice is not loaded. Timeouts are configured
 * ({@code quarkus.rest-client.emergency-service.*}).
 */
@RegisterRestClient(configKey = "emergency-service")
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
public interface CalendarClient {

    /** emergency-service's WorkingDayAnswer; fields it adds are ignored. */
    record WorkingDayAnswer(LocalDate from, int workingDays, LocalDate date) {
    }

    @GET
    @Path("working-days")
    WorkingDayAnswer workingDays(@QueryParam("from") String from, @QueryParam("add") int add);
}
