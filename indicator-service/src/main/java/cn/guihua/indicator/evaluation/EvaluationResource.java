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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.indicator.document.Charts;
import cn.guihua.indicator.document.Documents;
import cn.guihua.indicator.document.ReportBundle;
import cn.guihua.indicator.document.ReportDocx;
import cn.guihua.indicator.document.ReportPdf;
import cn.guihua.indicator.spreadsheet.ReportWorkbooks;
import cn.guihua.indicator.spreadsheet.Xlsx;
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

    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    Evaluator evaluator;

    @Inject
    Reports reports;

    @Inject
    ReportBundle bundles;

    // no transaction: the evaluation reads its values in one statement on a connection of its own (Evaluator.evaluateJson)
    @GET
    @Path("evaluations")
    @Operation(summary = "Evaluate every target of a plan in a year",
            description = "Each target is achieved, on track, at risk, off track, no data or not evaluable, with the rule that "
                    + "decided it (docs/indicator-service.md). Approved values count; `includePending=true` counts pending ones too. "
                    + "Ask for application/vnd.openxmlformats-officedocument.spreadsheetml.sheet to download it as .xlsx.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanEvaluation.class)))
    public Response evaluate(
            @QueryParam("plan") @NotBlank @Size(max = 200) @Parameter(required = true, description = "The plan's code", example = "370104-children-2021") String plan,
            @QueryParam("year") @NotNull @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) @Parameter(required = true, example = "2023") Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending) {
        // the PlanEvaluation as its JSON, written once for the values it rests on (EvaluationAnswers), with the content
        // type Jackson's answers have
        return Response.ok(evaluator.evaluateJson(plan, year, includePending), JSON_UTF8).build();
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
                    + "area, the lagging indicators, large changes and every target. Ask for text/csv to download it, for "
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (.xlsx), application/pdf or "
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document (.docx) for the report document; "
                    + "its charts alone are under `/charts`.")
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

    @GET
    @Path("evaluations")
    @Produces(Xlsx.XLSX)
    @Transactional
    @Operation(summary = "Evaluate every target of a plan in a year (Excel download)",
            description = "The same evaluation as .xlsx: a summary sheet (counts by status and by area), then a sheet per area "
                    + "with its targets; numbers as numbers, units in their own column, the header rows frozen.")
    @APIResponse(responseCode = "200", description = "The evaluation as .xlsx",
            content = @Content(mediaType = Xlsx.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response evaluateXlsx(
            @QueryParam("plan") @NotBlank @Size(max = 200) String plan,
            @QueryParam("year") @NotNull @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending) {
        PlanEvaluation e = evaluator.evaluate(plan, year, includePending);
        return Documents.download(ReportWorkbooks.evaluation(e, RequestLanguage.current()), Xlsx.XLSX,
                plan + "-evaluation-" + year + ".xlsx");
    }

    @GET
    @Path("reports/{plan}")
    @Produces(Xlsx.XLSX)
    @Transactional
    @Operation(summary = "Monitoring or evaluation report of a plan (Excel download)",
            description = "The same report as .xlsx: a summary sheet, a sheet per area with its targets, the lagging "
                    + "indicators and the large changes.")
    @APIResponse(responseCode = "200", description = "The report as .xlsx",
            content = @Content(mediaType = Xlsx.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response reportXlsx(@PathParam("plan") String plan,
            @QueryParam("kind") @DefaultValue("ANNUAL") Report.Kind kind,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending,
            @QueryParam("changeThreshold") BigDecimal changeThreshold) {
        Report r = reports.report(plan, kind, year, includePending, changeThreshold);
        return Documents.download(ReportWorkbooks.report(r, RequestLanguage.current()), Xlsx.XLSX, fileName(plan, kind, r.year(), "xlsx"));
    }

    @GET
    @Path("reports/{plan}")
    @Produces(Documents.PDF)
    @Transactional
    @Operation(summary = "Monitoring or evaluation report of a plan (PDF document)",
            description = "The mid-term or final evaluation (or the annual report) as a PDF in the caller's language (Chinese by "
                    + "default), with an embedded CJK font: a title page with the plan's document number, the counts by status "
                    + "and by area, a chart per area, a trend chart per lagging indicator against its target line, the lagging "
                    + "indicators with the evaluation's explanations, the large changes, and the data sources and as-of date.")
    @APIResponse(responseCode = "200", description = "The report as PDF",
            content = @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response reportPdf(@PathParam("plan") String plan,
            @QueryParam("kind") @DefaultValue("ANNUAL") Report.Kind kind,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending,
            @QueryParam("changeThreshold") BigDecimal changeThreshold) {
        ReportBundle.Bundle b = bundles.of(plan, kind, year, includePending, changeThreshold);
        return Documents.download(ReportPdf.write(b, RequestLanguage.current()), Documents.PDF,
                fileName(plan, kind, b.report().year(), "pdf"));
    }

    @GET
    @Path("reports/{plan}")
    @Produces(Documents.DOCX)
    @Transactional
    @Operation(summary = "Monitoring or evaluation report of a plan (Word document)",
            description = "The same document as the PDF, as .docx for the office to edit into its official text (texts in 宋体, "
                    + "headings in 黑体, charts as pictures).")
    @APIResponse(responseCode = "200", description = "The report as .docx",
            content = @Content(mediaType = Documents.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response reportDocx(@PathParam("plan") String plan,
            @QueryParam("kind") @DefaultValue("ANNUAL") Report.Kind kind,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending,
            @QueryParam("changeThreshold") BigDecimal changeThreshold) {
        ReportBundle.Bundle b = bundles.of(plan, kind, year, includePending, changeThreshold);
        return Documents.download(ReportDocx.write(b, RequestLanguage.current()), Documents.DOCX,
                fileName(plan, kind, b.report().year(), "docx"));
    }

    @GET
    @Path("reports/{plan}/charts/status")
    @Produces({ Documents.SVG, Documents.PNG })
    @Transactional
    @Operation(summary = "Chart of a report: targets by status, of the plan or of one area",
            description = "SVG (default) or PNG (`Accept: image/png`), as in the PDF report.")
    @APIResponse(responseCode = "200", description = "The chart", content = {
        @Content(mediaType = Documents.SVG, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = Documents.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response statusChart(@PathParam("plan") String plan,
            @QueryParam("kind") @DefaultValue("ANNUAL") Report.Kind kind,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending,
            @QueryParam("area") @Size(max = 200) @Parameter(description = "An area (领域) of the plan; the whole plan when absent", example = "儿童与健康") String area,
            @QueryParam("width") @DefaultValue("800") @Min(200) @Max(2400) int width,
            @QueryParam("height") @DefaultValue("400") @Min(150) @Max(1600) int height,
            @Context HttpHeaders headers) {
        Report r = reports.report(plan, kind, year, includePending, null);
        java.util.List<TargetEvaluation> targets = area == null ? r.targets()
                : r.targets().stream().filter(t -> area.equals(t.areaName())).toList();
        if (area != null && targets.isEmpty()) {
            throw cn.guihua.platform.problem.ProblemException.notFound("thing.area", area);
        }
        String title = area != null ? area : r.planTitle() == null ? plan : r.planTitle();
        return Documents.chart(Charts.status(title, ReportBundle.counts(targets), RequestLanguage.current()), headers, width, height);
    }

    @GET
    @Path("reports/{plan}/charts/trend")
    @Produces({ Documents.SVG, Documents.PNG })
    @Transactional
    @Operation(summary = "Chart of a report: one target's annual values against its target line",
            description = "SVG (default) or PNG (`Accept: image/png`); `targetId` as the report's targets have it.")
    @APIResponse(responseCode = "200", description = "The chart", content = {
        @Content(mediaType = Documents.SVG, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = Documents.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response trendChart(@PathParam("plan") String plan,
            @QueryParam("targetId") @NotNull @Parameter(required = true, example = "4") Long targetId,
            @QueryParam("kind") @DefaultValue("ANNUAL") Report.Kind kind,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) Integer year,
            @QueryParam("includePending") @DefaultValue("false") boolean includePending,
            @QueryParam("width") @DefaultValue("800") @Min(200) @Max(2400) int width,
            @QueryParam("height") @DefaultValue("400") @Min(150) @Max(1600) int height,
            @Context HttpHeaders headers) {
        Report r = reports.report(plan, kind, year, includePending, null);
        return Documents.chart(Charts.trend(bundles.trendOf(r, targetId, includePending), RequestLanguage.current()), headers,
                width, height);
    }

    private static String fileName(String plan, Report.Kind kind, int year, String extension) {
        return plan + "-" + kind.name().toLowerCase().replace('_', '-') + "-" + year + "." + extension;
    }
}
