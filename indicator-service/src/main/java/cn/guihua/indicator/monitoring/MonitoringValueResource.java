package cn.guihua.indicator.monitoring;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.indicator.spreadsheet.Templates;
import cn.guihua.indicator.spreadsheet.ValueExport;
import cn.guihua.indicator.spreadsheet.Xlsx;
import cn.guihua.platform.i18n.RequestLanguage;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.json.Limits;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/monitoring-values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring values", description = "监测数据: submission, bulk import, corrections, review, history")
public class MonitoringValueResource {

    static final String CSV_UTF8 = "text/csv; charset=utf-8";

    @Inject
    Caller caller;

    @Inject
    Monitoring monitoring;

    @Inject
    BulkImport bulk;

    @Inject
    ValueExport exports;

    @Inject
    Templates templates;

    @Inject
    ValueViews views;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.REPORTER, Roles.SERVICE })
    @Operation(summary = "Submit a monitoring value",
            description = "Validated against the local copy of plan-service's indicator catalogue: the indicator exists, the "
                    + "value fits its type (a percentage within 0-100, a rate at least 0, a count whole), the period lies "
                    + "where the indicator is tracked, the jurisdiction lies within the caller's. Then the validation rules it "
                    + "takes part in, with the current values of its jurisdiction and period: an ERROR rule violated refuses it "
                    + "(400, the rule named with both sides' values), WARNING rules violated are stored with it (`flags`). The value "
                    + "starts PENDING review; a submitted event goes to `guihua.indicator.monitoring`. Accepts `Idempotency-Key`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewMonitoringValue.class),
            examples = @ExampleObject(name = "槐荫区 新生儿死亡率 2023",
                    value = "{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2023\","
                            + "\"value\":2.4,\"numerator\":3,\"denominator\":1250,\"unit\":\"‰\",\"department\":\"区卫生健康局\"}")))
    @APIResponse(responseCode = "201", description = "Accepted, pending review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringValueView.class)))
    @APIResponse(responseCode = "409", description = "The series has a value already; correct it instead")
    @APIResponse(responseCode = "503", description = "The indicator catalogue has never been loaded and plan-service does not answer now, so nothing can be validated")
    public Response submit(@NotNull NewMonitoringValue body) {
        MonitoringValue v = monitoring.submit(body.candidate());
        return Response.created(URI.create("/api/v1/monitoring-values/" + v.id)).entity(views.checked(v)).build();
    }

    @POST
    @Path("bulk")
    @Consumes({ MediaType.APPLICATION_JSON, "text/csv", Xlsx.XLSX, Xlsx.XLS })
    @Transactional
    @TransactionConfiguration(timeout = 600)
    @Idempotent
    @RolesAllowed({ Roles.REPORTER, Roles.SERVICE })
    @Operation(summary = "Submit many values: a JSON array, a CSV file or an Excel workbook",
            description = "Up to 100 000 rows. CSV in UTF-8 or GB18030 (say which in the Content-Type charset), with a header "
                    + "row in English (the JSON field names) or Chinese (指标代码, 行政区划代码, 期间, 性别, 城乡, 年龄组, 数值, 分子, "
                    + "分母, 单位, 报送单位, 备注), each field once: an unknown or repeated column is a 400 naming it. `mode=atomic` (default) writes nothing unless every row is valid and answers "
                    + "400 with `rows[N].field` errors; `mode=partial` writes the valid rows and reports each rejected row with "
                    + "its reasons. Rows are numbered from 1 among the data rows. Every written value is PENDING review and "
                    + "has its submitted event. Accepts `Idempotency-Key`: a retry changes nothing and returns the first summary. "
                    + "An Excel workbook (.xlsx, or .xls up to 20 MB) is read sheet by sheet: a template from "
                    + "`GET /api/v1/monitoring-values/template` by its hidden field codes, another sheet by a header row named as "
                    + "the CSV's; rows without a value are passed over; every error names its cell (`'儿童与健康'!K7`) as its field "
                    + "and the sheet, row and column in its message; formulas count by their cached value, an error value "
                    + "(#DIV/0!) is refused. A zip bomb or more than `guihua.spreadsheet.max-cells` cells is a 413.")
    @RequestBody(content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = NewMonitoringValue.class),
                examples = @ExampleObject(name = "two values", value = "[{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\","
                        + "\"period\":\"2022\",\"value\":2.6},{\"indicatorCode\":\"INFANT_MORTALITY\",\"jurisdiction\":\"370104\","
                        + "\"period\":\"2022\",\"value\":2.9}]")),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "Chinese headers", value = "指标代码,行政区划代码,期间,性别,数值,单位\n"
                        + "NEONATAL_MORTALITY,370104,2022,合计,2.6,‰\n")),
        @Content(mediaType = Xlsx.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = Xlsx.XLS, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "The import summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "413", description = "Too large: the body, an .xls over 20 MB, a zip bomb, or too many cells")
    @APIResponse(responseCode = "503", description = "The indicator catalogue has never been loaded and plan-service does not answer now")
    public Response submitBulk(byte[] body,
            @QueryParam("mode") @DefaultValue("atomic") @Parameter(description = "atomic (default) or partial") String mode,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        BulkResult.Mode m = switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "atomic" -> BulkResult.Mode.ATOMIC;
            case "partial" -> BulkResult.Mode.PARTIAL;
            default -> throw ProblemException.invalid("mode", "bulk.mode");
        };
        boolean csv = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv");
        byte[] bytes = body == null ? new byte[0] : body;
        return Response.ok(bulk.run(bytes, csv, contentType, m).in(RequestLanguage.current())).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "List monitoring values",
            description = "Within the caller's jurisdiction (admins, auditors and services everywhere). By default only the "
                    + "current version of each series; `current=false` lists every version. Each value carries the warning-level "
                    + "validation rules it was stored with (`flags`). The review list is `status=PENDING&quality=true`: then each "
                    + "value also carries its `quality` checked now: every validation rule it takes part in that is violated, with "
                    + "both sides' values, and its outlier flags (two more queries for the page). Ask for application/vnd.openxmlformats-officedocument.spreadsheetml.sheet to download every matching value as .xlsx.")
    @APIResponse(responseCode = "200", description = "One page of values")
    public Page<MonitoringValueView> list(
            @QueryParam("indicatorCode") @Size(max = 200) @Parameter(example = "NEONATAL_MORTALITY") String indicatorCode,
            @QueryParam("indicator") @Size(max = 200) @Parameter(deprecated = true, description = "Alias of indicatorCode") String indicator,
            @QueryParam("jurisdiction") @Parameter(description = "Exactly this code, or with `descendants=true` also those below it", example = "370104") String jurisdiction,
            @QueryParam("descendants") @DefaultValue("false") boolean descendants,
            @QueryParam("period") @Parameter(description = "2023, 2023-Q1 or 2023-05", example = "2023") String period,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) @Parameter(example = "2023") Integer year,
            @QueryParam("status") ValueStatus status,
            @QueryParam("current") @DefaultValue("true") boolean current,
            @QueryParam("quality") @DefaultValue("false") @Parameter(description = "true: each value with its validation results "
                    + "and outlier flags checked now, as a reviewer sees them before approving") boolean quality,
            @BeanParam @Valid PageRequest paging) {
        Selection s = selection(indicatorCode, indicator, jurisdiction, descendants, period, year, status, current);
        Page<MonitoringValue> page = Page.of(MonitoringValue.<MonitoringValue>find(s.where(),
                Sort.by("indicatorCode").and("jurisdiction").and("period").and("sex").and("residence").and("ageGroup").and("version"),
                s.params()), paging, (MonitoringValue v) -> v);
        return new Page<>(quality ? views.withQuality(page.items()) : page.items().stream().map(views::plain).toList(),
                page.page(), page.size(), page.total(), page.totalPages());
    }

    @GET
    @Produces(Xlsx.XLSX)
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "List monitoring values (Excel download)",
            description = "The same filters; every matching value, not a page (`page` and `size` do not apply), at most "
                    + "`guihua.spreadsheet.max-export-rows`. A sheet per area (领域) of the indicator's plan, numbers as numbers, "
                    + "the unit in the value's header where the sheet has one unit, two frozen header rows (labels, field codes).")
    @APIResponse(responseCode = "200", description = "The values as .xlsx",
            content = @Content(mediaType = Xlsx.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response listXlsx(
            @QueryParam("indicatorCode") @Size(max = 200) String indicatorCode,
            @QueryParam("indicator") @Size(max = 200) String indicator,
            @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("descendants") @DefaultValue("false") boolean descendants,
            @QueryParam("period") String period,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) Integer year,
            @QueryParam("status") ValueStatus status,
            @QueryParam("current") @DefaultValue("true") boolean current,
            @BeanParam @Valid PageRequest paging) {
        Selection s = selection(indicatorCode, indicator, jurisdiction, descendants, period, year, status, current);
        return exports.values(s.where(), s.params().map(), "indicatorCode, jurisdiction, period, sex, residence, ageGroup, version",
                RequestLanguage.current());
    }

    @GET
    @Path("template")
    @Produces(Xlsx.XLSX)
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "An Excel filling template (填报模板) for a plan or an indicator set",
            description = "For a plan (its areas and indicators) or a list of indicator codes, a jurisdiction (default: the "
                    + "plan's) and its streets (those given, else those plan-service lists and those with values), and a period: "
                    + "one sheet per area (`layout=AREA`) or per reporting unit (`layout=UNIT`), a row per indicator, unit and "
                    + "disaggregation (those reported the previous period besides the totals), the previous period's value, "
                    + "drop-down lists for the coded cells, locked cells the office must not change, instructions in Chinese, and a "
                    + "hidden row of field codes by which the bulk import reads the filled file back. Upload it to "
                    + "`POST /api/v1/monitoring-values/bulk` as " + Xlsx.XLSX + ".")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = Xlsx.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No plan with targets of that code in the catalogue copy")
    @APIResponse(responseCode = "503", description = "The catalogue has never been loaded and plan-service does not answer now")
    public Response template(
            @QueryParam("plan") @Size(max = 200) @Parameter(description = "A plan's code; or give indicatorCodes", example = "370104-children-2021") String plan,
            @QueryParam("indicatorCodes") @Size(max = 20000) @Parameter(description = "Comma-separated indicator codes (an indicator set), instead of a plan", example = "NEONATAL_MORTALITY,INFANT_MORTALITY") String indicatorCodes,
            @QueryParam("jurisdiction") @Parameter(description = "Default: the plan's", example = "370104") String jurisdiction,
            @QueryParam("streets") @Size(max = 20000) @Parameter(description = "Comma-separated 9-digit street codes below the jurisdiction", example = "370104001,370104002") String streets,
            @QueryParam("withStreets") @DefaultValue("true") @Parameter(description = "false: the jurisdiction alone") boolean withStreets,
            @QueryParam("period") @NotNull @Size(max = 20) @Parameter(required = true, description = "2023, 2023-Q1 or 2023-05", example = "2023") String period,
            @QueryParam("layout") @DefaultValue("AREA") Templates.Layout layout) {
        List<String> codes = Templates.list(indicatorCodes, "indicatorCodes");
        if ((plan == null || plan.isBlank()) == codes.isEmpty()) {
            throw ProblemException.invalid("plan", "template.plan-or-indicators");
        }
        if (jurisdiction != null && !JurisdictionCodes.isValid(jurisdiction)) {
            throw ProblemException.invalid("jurisdiction", "monitoring.jurisdiction.code");
        }
        Templates.Made t = templates.make(new Templates.Request(plan == null || plan.isBlank() ? null : plan.strip(), codes,
                jurisdiction, Templates.list(streets, "streets"), withStreets, period, layout), RequestLanguage.current());
        return Response.ok(t.bytes(), Xlsx.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + t.fileName() + "\"").build();
    }

    /** A list's filters as a query: the where clause and its parameters (the list and its export share it). */
    private record Selection(String where, Parameters params) {
    }

    private Selection selection(String indicatorCode, String indicator, String jurisdiction, boolean descendants,
            String period, Integer year, ValueStatus status, boolean current) {
        if (jurisdiction != null && !JurisdictionCodes.isValid(jurisdiction)) {
            throw ProblemException.invalid("jurisdiction", "monitoring.jurisdiction.code");
        }
        Period p = period == null ? null : Period.parse(period);
        if (period != null && p == null) {
            throw ProblemException.invalid("period", Period.SHAPE_KEY);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String scope = caller.scope(jurisdiction);
        if (jurisdiction != null && !descendants) {
            where.append(" and jurisdiction = :jurisdiction");
            params.and("jurisdiction", jurisdiction);
        } else if (scope != null) {
            where.append(" and jurisdiction like :scope");
            params.and("scope", JurisdictionCodes.prefix(scope) + "%");
        }
        String code = indicatorCode != null ? indicatorCode : indicator;
        if (code != null) {
            where.append(" and indicatorCode = :indicator");
            params.and("indicator", code);
        }
        if (p != null) {
            where.append(" and period = :period");
            params.and("period", p.text());
        }
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", year);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (current) {
            where.append(" and current = true");
        }
        return new Selection(where.toString(), params);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "Get one version of a value",
            description = "With the warning-level rules it was stored with (`flags`) and its `quality` checked now: the validation "
                    + "rules it takes part in that are violated (both sides' values) and whether it is an outlier of its series "
                    + "(method, score, threshold, the history's numbers), which the reviewer sees before approving it.")
    @APIResponse(responseCode = "200", description = "The value")
    @APIResponse(responseCode = "404", description = "No such value")
    public MonitoringValueView get(@PathParam("id") UUID id) {
        MonitoringValue v = Monitoring.find(id);
        caller.requireJurisdiction(v.jurisdiction);
        return views.withQuality(v);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "Every version of the value's series, oldest first",
            description = "Each version with who reported it and when, why it corrected the previous one, and its review.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MonitoringValueView.class)))
    @APIResponse(responseCode = "404", description = "No such value")
    public List<MonitoringValueView> history(@PathParam("id") UUID id) {
        MonitoringValue v = Monitoring.find(id);
        caller.requireJurisdiction(v.jurisdiction);
        return MonitoringValue.<MonitoringValue>find("indicatorCode = ?1 and jurisdiction = ?2 and period = ?3 and sex = ?4 "
                + "and residence = ?5 and ageGroup = ?6", Sort.by("version"), v.indicatorCode, v.jurisdiction, v.period, v.sex,
                v.residence, v.ageGroup).stream().map(views::plain).toList();
    }

    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.REPORTER, Roles.SERVICE })
    @Operation(summary = "Correct a value",
            description = "Adds the next version of the series with the reason; the corrected version becomes SUPERSEDED and "
                    + "stays readable in the history. Send the `version` you read: a stale one gets 409. The new version is "
                    + "PENDING review; a corrected event is published.")
    @APIResponse(responseCode = "201", description = "The new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringValueView.class)))
    @APIResponse(responseCode = "404", description = "No such value")
    @APIResponse(responseCode = "409", description = "The version is stale or was corrected already")
    public Response correct(@PathParam("id") UUID id, @Valid @NotNull NewCorrection body) {
        MonitoringValue v = monitoring.correct(id, body);
        return Response.created(URI.create("/api/v1/monitoring-values/" + v.id)).entity(views.checked(v)).build();
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Approve or reject a pending value",
            description = "A reviewer of the value's jurisdiction or one above it, who did not report it. A rejection needs a "
                    + "reason. Evaluation counts approved values. A reviewed event is published.")
    @APIResponse(responseCode = "200", description = "The reviewed value",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringValueView.class)))
    @APIResponse(responseCode = "404", description = "No such value")
    @APIResponse(responseCode = "409", description = "Not pending, not current, or decided by someone else meanwhile")
    public MonitoringValueView review(@PathParam("id") UUID id, @Valid @NotNull ReviewDecision body) {
        return views.withQuality(monitoring.review(id, body));
    }
}
