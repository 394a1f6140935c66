package cn.guihua.emergency.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

/**
 * The working-day calendar of the whole system: emergency-service keeps it, subsidy-service and credit-service ask
 * it for due dates over REST ({@code working-days}, {@code days/{date}}) instead of keeping a copy.
 */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar", description = "The one official working-day calendar of the system (State Council "
        + "holiday notices): every service counts its working-day deadlines here")
public class CalendarResource {

    @Inject
    WorkingCalendar calendar;

    @Inject
    Audit audit;

    @GET
    @Path("years")
    @PermitAll
    @Operation(summary = "List the years whose official holiday calendar is loaded")
    @APIResponse(responseCode = "200", description = "The list")
    public List<CalendarYearView> years() {
        return CalendarYear.<CalendarYear>listAll(Sort.by("year")).stream().map(this::view).toList();
    }

    @GET
    @Path("years/{year}")
    @PermitAll
    @Operation(summary = "Get one year's holidays and make-up working days")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "The year is not loaded")
    public CalendarYearView year(@PathParam("year") @Parameter(example = "2022") int year) {
        return view(find(year));
    }

    @PUT
    @Path("years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add or replace a year's holidays and make-up working days", description = "Admins only. "
            + "Copy the State Council notice for the year. Days must lie in the year (元旦 may start on 31 December "
            + "before it). Adding a year takes no version; replacing one needs the version you read (a stale one is "
            + "409, none is 400).")
    @APIResponse(responseCode = "200", description = "The year as stored")
    @APIResponse(responseCode = "409", description = "Stale version, a version for a year not loaded, or a day that "
            + "belongs to another year's notice")
    public CalendarYearView put(@PathParam("year") @Min(2000) @Max(2100) int year, @Valid @NotNull CalendarYearUpdate body) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < body.days().size(); i++) {
            LocalDate d = body.days().get(i).date();
            boolean inYear = d.getYear() == year || d.getYear() == year - 1 && d.getMonthValue() == 12 && d.getDayOfMonth() == 31;
            if (!inYear) {
                throw ProblemException.invalid("days[" + i + "].date", "calendar.day-outside-year", d, year);
            }
            if (!seen.add(d)) {
                throw ProblemException.invalid("days[" + i + "].date", "calendar.day-repeated", d);
            }
        }
        CalendarYear y = CalendarYear.findById(year);
        if (y == null) {
            if (body.version() != null) {
                throw ProblemException.conflict("calendar.version-for-new-year", year);
            }
            y = new CalendarYear();
            y.year = year;
        } else {
            ProblemException.requireVersion(body.version(), y.version);
        }
        // Only days of other years' notices are loaded here: an entity of this year in the session would collide
        // with the new row of the same date after the bulk delete below (that collision was the 500 of a PUT with
        // the current version).
        if (!seen.isEmpty()) {
            List<CalendarDay> others = CalendarDay.list("day in ?1 and year <> ?2", Sort.by("day"), seen, year);
            if (!others.isEmpty()) {
                throw ProblemException.conflict("calendar.day-of-other-year", others.get(0).day, others.get(0).year);
            }
        }
        y.source = body.source().strip();
        y.updatedAt = OffsetDateTime.now();
        y.persist();
        CalendarDay.delete("year", year);
        CalendarDay.getEntityManager().flush();
        for (CalendarYearUpdate.Day d : body.days()) {
            CalendarDay day = new CalendarDay();
            day.day = d.date();
            day.year = year;
            day.kind = d.kind();
            day.name = d.name().strip();
            day.persist();
        }
        audit.record("calendar.year.replaced", "CalendarYear", year, body);
        CalendarDay.getEntityManager().flush();
        return view(y);
    }

    @GET
    @Path("working-days")
    @PermitAll
    @Operation(summary = "The date a number of working days after a date", description = "The due date of a period in "
            + "working days: counts from the day after `from` (which is not counted), Monday-Friday, skipping official "
            + "holidays and counting make-up working days (调休上班). The system's one calendar: other services ask "
            + "here. 422 when the count runs into a year whose calendar is not loaded: such a date is unknown, never "
            + "guessed.")
    @APIResponse(responseCode = "200", description = "The working day")
    @APIResponse(responseCode = "422", description = "The calendar of a year on the way is not loaded")
    public WorkingDayAnswer workingDays(
            @QueryParam("from") @NotNull @Parameter(description = "The day the period starts from (not counted)",
                    example = "2022-11-24") LocalDate from,
            @QueryParam("add") @NotNull @Min(1) @Max(366) @Parameter(description = "Working days to count, 1 to 366",
                    example = "20") Integer add) {
        return calendar.snapshot().addWorkingDays(from, add)
                .map(d -> new WorkingDayAnswer(from, add, d))
                .orElseThrow(() -> ProblemException.unprocessable("calendar.not-configured", from, add));
    }

    @GET
    @Path("days/{date}")
    @PermitAll
    @Operation(summary = "Whether a date is a working day", description = "Monday-Friday are working days unless the "
            + "year's notice makes them a holiday (放假); a Saturday or Sunday is one when the notice makes it a make-up "
            + "working day (调休上班). `kind` and `name` say which entry of the notice decides, null for an ordinary day. "
            + "422 when the year's calendar is not loaded.")
    @APIResponse(responseCode = "200", description = "The date")
    @APIResponse(responseCode = "422", description = "The calendar of the date's year is not loaded")
    public CalendarDateView day(@PathParam("date") @Parameter(example = "2022-10-08") LocalDate date) {
        WorkingCalendar.Snapshot cal = calendar.snapshot();
        if (!cal.covers(date)) {
            throw ProblemException.unprocessable("calendar.year-not-loaded", date.getYear(), date);
        }
        CalendarDay entry = CalendarDay.findById(date);
        return new CalendarDateView(date, date.getDayOfWeek(), cal.isWorkingDay(date), entry == null ? null : entry.kind,
                entry == null ? null : entry.name);
    }

    private CalendarYear find(int year) {
        CalendarYear y = CalendarYear.findById(year);
        if (y == null) {
            throw ProblemException.notFound("thing.calendar-year", year);
        }
        return y;
    }

    private CalendarYearView view(CalendarYear y) {
        return CalendarYearView.of(y, CalendarDay.list("year", Sort.by("day"), y.year));
    }
}
