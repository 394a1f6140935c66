package cn.guihua.indicator.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.Roles;

/**
 * When each indicator is to be reported: the period types and the days after a period's end by which its report is
 * due. The same everywhere (the plans ask every level for the same annual monitoring data), so not scoped.
 */
@Path("/api/v1/reporting-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data quality", description = "Validation rules, outliers, reporting completeness (数据质量)")
public class ReportingScheduleResource {

    private static final String CODE = "An indicator's code, or * for the default every indicator without one of its own follows";

    @Inject
    ReportingSchedules schedules;

    @Inject
    Catalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "List reporting schedules",
            description = "The default (`*`; shipped: yearly, due 90 days after the year, the end of March) and every indicator "
                    + "with a schedule of its own.")
    @APIResponse(responseCode = "200", description = "One page of schedules")
    public Page<ScheduleView> list(@BeanParam @Valid PageRequest paging) {
        ReportingSchedules.All all = schedules.all();
        List<ScheduleView> out = new ArrayList<>();
        out.add(view(all, ReportingSchedules.DEFAULT));
        all.rows().keySet().stream().filter(k -> !ReportingSchedules.DEFAULT.equals(k)).forEach(k -> out.add(view(all, k)));
        return Page.slice(out, paging);
    }

    @GET
    @Path("{indicatorCode}")
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "Get the reporting schedule an indicator follows", description = "Its own, or the default (`own` false).")
    @APIResponse(responseCode = "200", description = "The schedule")
    @APIResponse(responseCode = "404", description = "No such indicator in the catalogue copy")
    public ScheduleView get(@PathParam("indicatorCode") @Parameter(description = CODE, example = "NEONATAL_MORTALITY") String indicatorCode) {
        String code = known(indicatorCode);
        return view(schedules.all(), code);
    }

    @PUT
    @Path("{indicatorCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.ADMIN })
    @Operation(summary = "Set the reporting schedule of an indicator",
            description = "The period types it is reported for, each with its deadline in days after the period's last day; an "
                    + "empty list makes it follow the default again (the default itself needs at least one). The completeness "
                    + "report and the overdue check judge by it from now on. Replaces the schedule; audited with it before and after.")
    @APIResponse(responseCode = "200", description = "The schedule now")
    @APIResponse(responseCode = "404", description = "No such indicator in the catalogue copy")
    public ScheduleView set(@PathParam("indicatorCode") @Parameter(description = CODE, example = "NEONATAL_MORTALITY") String indicatorCode,
            @Valid @NotNull ScheduleUpdate body) {
        String code = known(indicatorCode);
        Map<PeriodType, Integer> schedule = new EnumMap<>(PeriodType.class);
        for (ScheduleUpdate.Deadline d : body.periods()) {
            if (schedule.put(d.periodType(), d.dueDays()) != null) {
                throw ProblemException.invalid("periods", "quality.schedule.duplicate", d.periodType());
            }
        }
        if (schedule.isEmpty() && ReportingSchedules.DEFAULT.equals(code)) {
            throw ProblemException.invalid("periods", "quality.schedule.empty");
        }
        ReportingSchedules.All before = schedules.all();
        schedules.set(code, schedule, caller.subject());
        audit.record("reporting-schedule.set", "ReportingSchedule", code,
                Map.of("before", before.hasOwn(code) ? before.of(code) : Map.of(), "after", schedule,
                        "reason", body.reason() == null ? "" : body.reason()));
        return view(schedules.all(), code);
    }

    /** The code if it is the default's or an indicator's of the catalogue copy; 404 otherwise. */
    private String known(String code) {
        String c = code == null ? "" : code.strip();
        if (!ReportingSchedules.DEFAULT.equals(c) && catalogue.require().indicator(c) == null) {
            throw ProblemException.notFound("thing.reporting-schedule", c);
        }
        return c;
    }

    private static ScheduleView view(ReportingSchedules.All all, String code) {
        ReportingSchedules.Stamp stamp = all.stamps().get(all.hasOwn(code) ? code : ReportingSchedules.DEFAULT);
        return new ScheduleView(code, all.hasOwn(code), ReportingSchedules.entries(all.of(code)), stamp == null ? null : stamp.by(),
                stamp == null ? null : stamp.at());
    }
}
