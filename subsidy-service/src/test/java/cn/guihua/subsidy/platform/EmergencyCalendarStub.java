package cn.guihua.subsidy.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * emergency-service's working-day calendar, a neighbour outside the system under test, stubbed inside the test JVM: a
 * JAX-RS resource of the test application on its own path ({@code guihua.calendar.url} points at it in the test
 * profile), answering {@code GET /api/v1/calendar/working-days?from=&add=} and {@code days/{date}} as
 * emergency-service's CalendarResource does (the {@code add}th working day after {@code from}; 422 problem when the
 * count runs into a year not loaded). Seeded with the State Council notices of 2024 (国办发明电〔2023〕7号), 2025
 * (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号) as emergency-service loads them (its V3__reference_data.sql).
 * It can be taken down ({@link #down}) to see what this service does when the calendar does not answer. Hidden from the
 * OpenAPI document: it is not part of this service.
 */
@Path("/test-stubs/emergency-service/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class EmergencyCalendarStub {

    /** UP answers; DOWN answers 503; SLOW answers after the client's read timeout. */
    public enum Mode {
        UP, DOWN, SLOW
    }

    static volatile Mode mode = Mode.UP;
    static final AtomicInteger CALLS = new AtomicInteger();
    static final Set<Integer> YEARS = Set.of(2024, 2025, 2026);
    static final Map<LocalDate, Boolean> EXCEPTIONS = new HashMap<>();

    static {
        // true: make-up working day (调休上班); false: holiday (放假)
        off("2024-01-01", "2024-01-01"); work("2024-02-04", "2024-02-04"); off("2024-02-10", "2024-02-17"); work("2024-02-18", "2024-02-18");
        off("2024-04-04", "2024-04-06"); work("2024-04-07", "2024-04-07"); work("2024-04-28", "2024-04-28"); off("2024-05-01", "2024-05-05");
        work("2024-05-11", "2024-05-11"); off("2024-06-10", "2024-06-10"); work("2024-09-14", "2024-09-14"); off("2024-09-15", "2024-09-17");
        work("2024-09-29", "2024-09-29"); off("2024-10-01", "2024-10-07"); work("2024-10-12", "2024-10-12");

        off("2025-01-01", "2025-01-01"); work("2025-01-26", "2025-01-26"); off("2025-01-28", "2025-02-04"); work("2025-02-08", "2025-02-08");
        off("2025-04-04", "2025-04-06"); work("2025-04-27", "2025-04-27"); off("2025-05-01", "2025-05-05"); off("2025-05-31", "2025-06-02");
        work("2025-09-28", "2025-09-28"); off("2025-10-01", "2025-10-08"); work("2025-10-11", "2025-10-11");

        off("2026-01-01", "2026-01-03"); work("2026-01-04", "2026-01-04"); work("2026-02-14", "2026-02-14"); off("2026-02-15", "2026-02-23");
        work("2026-02-28", "2026-02-28"); off("2026-04-04", "2026-04-06"); off("2026-05-01", "2026-05-05"); work("2026-05-09", "2026-05-09");
        off("2026-06-19", "2026-06-21"); work("2026-09-20", "2026-09-20"); off("2026-09-25", "2026-09-27"); off("2026-10-01", "2026-10-07");
        work("2026-10-10", "2026-10-10");
    }

    private static void off(String from, String to) {
        range(from, to, false);
    }

    private static void work(String from, String to) {
        range(from, to, true);
    }

    private static void range(String from, String to, boolean working) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            EXCEPTIONS.put(d, working);
        }
    }

    public static void down(Mode m) {
        mode = m;
    }

    public static int calls() {
        return CALLS.get();
    }

    static boolean working(LocalDate d) {
        Boolean e = EXCEPTIONS.get(d);
        return e != null ? e : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Response unavailable() {
        if (mode == Mode.SLOW) {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Response.status(503).type("application/problem+json")
                .entity(Map.of("type", "https://guihua.dev/problems/unavailable", "title", "unavailable", "status", 503)).build();
    }

    private static Response notLoaded(LocalDate day) {
        return Response.status(422).type("application/problem+json").entity(Map.of("type", "https://guihua.dev/problems/unprocessable",
                "title", "Unprocessable", "status", 422, "detail", "calendar of " + day.getYear() + " not loaded")).build();
    }

    @GET
    @Path("working-days")
    @PermitAll
    @Operation(hidden = true)
    public Response workingDays(@QueryParam("from") String from, @QueryParam("add") int add) {
        CALLS.incrementAndGet();
        if (mode != Mode.UP) {
            return unavailable();
        }
        LocalDate day = LocalDate.parse(from);
        int counted = 0;
        while (counted < add) {
            day = day.plusDays(1);
            if (!YEARS.contains(day.getYear())) {
                return notLoaded(day);
            }
            if (working(day)) {
                counted++;
            }
        }
        return Response.ok(Map.of("from", from, "workingDays", add, "date", day.toString())).build();
    }

    @GET
    @Path("days/{date}")
    @PermitAll
    @Operation(hidden = true)
    public Response day(@PathParam("date") String date) {
        CALLS.incrementAndGet();
        if (mode != Mode.UP) {
            return unavailable();
        }
        LocalDate d = LocalDate.parse(date);
        if (!YEARS.contains(d.getYear())) {
            return notLoaded(d);
        }
        return Response.ok(Map.of("date", date, "dayOfWeek", d.getDayOfWeek().name(), "workingDay", working(d))).build();
    }
}
