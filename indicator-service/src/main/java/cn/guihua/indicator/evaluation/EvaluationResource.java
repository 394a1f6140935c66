package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.platform.i18n.RequestLanguage;
import cn.guihua.platform.json.Limits;
import cn.guihua.platform.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "达标评价: targets against monitored values, warnings (预警), monitoring and evaluation reports")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
    Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
@APIResponse(responseCode = "403", description = "The role, or the plan's jurisdiction is outside the caller's")
@APIResponse(responseCode = "404", description = "No plan with targets of that code in the catalogue copy")
@APIResponse(responseCode = "503", description = "The catalogue has never been loaded and plan-service does not answer now")
public class EvaluationResource {

    @Inject
    Evaluator evaluator;

    @Inject
    Reports reports;

    @GET
    @Path("evaluations")
    @Transactional
    @Operation(summary = "Evaluate every target of a plan in a year",
            description = "Each target is achieved, on track, at risk, off track, no data or not evaluable, with the rule that "
                    + "decided it (docs/indicator-service.md). Approved values count; `includePending=true` counts pending ones too.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanEvaluation.class)))
    public PlanEvaluation evaluate(
            @QueryParam("plan") @NotBlank @Size(max = 200) @Parameter(required = true, description = "The plan's code", example = "370104-children-2021") String plan,
            @QueryParam("year") @NotNull @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) @Parameter(required = true, example = "2023") Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending) {
        return evaluator.evaluate(plan, year, includePending);
    }

    @GET
    @Path("evaluations/warnings")
    @Transactional
    @Operation(summary = "Yearly warnings of a plan: expected misses and large changes",
            description = "Targets at risk or off track, and series whose change from the previous period exceeds "
                    + "`changeThreshold` percent (default: the configured guihua.warnings.change-threshold-percent; the plans "
                    + "name no threshold, so without either no series is checked and the answer says so with a null threshold).")
    @APIResponse(responseCode = "200", description = "The warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Warnings.class)))
    public Warnings warnings(
            @QueryParam("plan") @NotBlank @Size(max = 200) @Parameter(required = true, description = "The plan's code", example = "370104-children-2021") String plan,
            @QueryParam("year") @NotNull @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) @Parameter(required = true, example = "2023") Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending,
            @QueryParam("changeThreshold") @Parameter(description = "Percent", example = "30") BigDecimal changeThreshold) {
        return reports.warnings(plan, year, includePending, changeThreshold);
    }

    @GET
    @Path("reports/{plan}")
    @Transactional
    @Operation(summary = "Monitoring or evaluation report of a plan (JSON)",
            description = "ANNUAL (年度监测) needs `year`; MID_TERM (中期评估) defaults to the middle year of the plan's period "
                    + "(2023 for a plan starting 2021) and FINAL (终期评估) to its last target year (2025). Counts by status and "
                    + "area, the lagging indicators, large changes and every target. Ask for text/csv to download it.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    public Report report(@PathParam("plan") @Parameter(example = "370104-children-2021") String plan,
            @QueryParam("kind") @DefaultValue("ANNUAL") Report.Kind kind,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending,
            @QueryParam("changeThreshold") @Parameter(description = "Percent", example = "30") BigDecimal changeThreshold) {
        return reports.report(plan, kind, year, includePending, changeThreshold);
    }

    @GET
    @Path("reports/{plan}")
    @Produces("text/csv")
    @Transactional
    @Operation(summary = "Monitoring or evaluation report of a plan (CSV download)",
            description = "The same report, one row per target, UTF-8 with a byte-order mark, bilingual headers.")
    @APIResponse(responseCode = "200", description = "The report as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response reportCsv(@PathParam("plan") String plan,
            @QueryParam("kind") @DefaultValue("ANNUAL") Report.Kind kind,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending,
            @QueryParam("changeThreshold") BigDecimal changeThreshold) {
        Report r = reports.report(plan, kind, year, includePending, changeThreshold);
        return Response.ok(Reports.csv(r, RequestLanguage.current()), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + plan + "-" + kind.name().toLowerCase() + "-" + r.year() + ".csv\"")
                .build();
    }
}
