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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.audit.Audit;
import cn.guihua.emergency.problem.ProblemException;
import cn.guihua.emergency.problem.ProblemType;
import cn.guihua.emergency.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar")
@APIResponse(responseCode = "400", description = "Invalid input")
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
    @APIResponse(responseCode = "404", description = "The year is not loaded")
    @APIResponse(responseCode = "200", description = "OK")
    public CalendarYearView year(@PathParam("year") @Parameter(example = "2022") int year) {
        return view(find(year));
    }

    @PUT
    @Path("years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add or replace a year's holidays and make-up working days", description = "Admins only. "
            + "Copy the State Council notice for the year. Days must lie in the year (元旦 may start on 31 December "
            + "before it). Replacing an existing year needs its current version.")
    @APIResponse(responseCode = "200", description = "The year as stored")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "Stale version, or a day belongs to another year's notice")
    public CalendarYearView put(@PathParam("year") @Min(2000) @Max(2100) int year, @Valid @NotNull CalendarYearUpdate body) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < body.days().size(); i++) {
            LocalDate d = body.days().get(i).date();
            boolean inYear = d.getYear() == year || d.getYear() == year - 1 && d.getMonthValue() == 12 && d.getDayOfMonth() == 31;
            if (!inYear) {
                throw ProblemException.invalid("days[" + i + "].date", d + " 不在 " + year + " 年内", d + " is not in " + year);
            }
            if (!seen.add(d)) {
                throw ProblemException.invalid("days[" + i + "].date", d + " 重复", d + " is listed twice");
            }
        }
        CalendarYear y = CalendarYear.findById(year);
        if (y == null) {
            if (body.version() != null) {
                throw ProblemException.conflict(year + " 年尚未配置，新增时不要提供版本", year + " is not loaded; omit the version to add it");
            }
            y = new CalendarYear();
            y.year = year;
        } else if (body.version() == null || y.version != body.version()) {
            throw ProblemException.conflict("版本 " + body.version() + " 已过期，当前为 " + y.version,
                    "Version " + body.version() + " is stale; the current one is " + y.version);
        }
        for (LocalDate d : seen) {
            CalendarDay other = CalendarDay.findById(d);
            if (other != null && other.year != year) {
                throw ProblemException.conflict(d + " 已属于 " + other.year + " 年的节假日安排", d + " belongs to the " + other.year + " notice");
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
    @Operation(summary = "The date a number of working days after a date", description = "Counts Monday-Friday, skips "
            + "official holidays and counts make-up working days. 422 when the count runs into a year that is not loaded.")
    @APIResponse(responseCode = "200", description = "The working day")
    @APIResponse(responseCode = "422", description = "The calendar of a year on the way is not loaded")
    public WorkingDayAnswer workingDays(
            @QueryParam("from") @NotNull @Parameter(example = "2022-11-24") LocalDate from,
            @QueryParam("add") @NotNull @Min(1) @Max(366) @Parameter(example = "20") Integer add) {
        return calendar.snapshot().addWorkingDays(from, add)
                .map(d -> new WorkingDayAnswer(from, add, d))
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE,
                        "节假日安排未配置：无法从 " + from + " 起计算 " + add + " 个工作日",
                        "The holiday calendar is not configured for counting " + add + " working days from " + from,
                        List.of()));
    }

    private CalendarYear find(int year) {
        CalendarYear y = CalendarYear.findById(year);
        if (y == null) {
            throw ProblemException.notFound("节假日安排年度", "Calendar year", year);
        }
        return y;
    }

    private CalendarYearView view(CalendarYear y) {
        return CalendarYearView.of(y, CalendarDay.list("year", Sort.by("day"), y.year));
    }
}
