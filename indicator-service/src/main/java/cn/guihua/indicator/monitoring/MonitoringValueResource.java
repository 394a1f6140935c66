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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.indicator.idempotency.Idempotency;
import cn.guihua.indicator.paging.Page;
import cn.guihua.indicator.problem.ProblemException;
import cn.guihua.indicator.problem.ProblemMappers;
import cn.guihua.indicator.security.Caller;
import cn.guihua.indicator.security.JurisdictionCodes;
import cn.guihua.indicator.security.Roles;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/monitoring-values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring values", description = "监测数据: submission, bulk import, corrections, review, history")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each field")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
public class MonitoringValueResource {

    static final String CSV_UTF8 = "text/csv; charset=utf-8";

    @Inject
    Caller caller;

    @Inject
    Monitoring monitoring;

    @Inject
    BulkImport bulk;

    @Inject
    Idempotency idempotency;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.REPORTER, Roles.SERVICE })
    @Operation(summary = "Submit a monitoring value",
            description = "Validated against the local copy of plan-service's indicator catalogue: the indicator exists, the "
                    + "value fits its type (a percentage within 0-100, a rate at least 0, a count whole), the period lies "
                    + "where the indicator is tracked, the jurisdiction lies within the caller's. The value starts PENDING "
                    + "review; a submitted event goes to `guihua.indicator.monitoring`. Accepts `Idempotency-Key`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewMonitoringValue.class),
            examples = @ExampleObject(name = "槐荫区 新生儿死亡率 2023",
                    value = "{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\",\"period\":\"2023\","
                            + "\"value\":2.4,\"numerator\":3,\"denominator\":1250,\"unit\":\"‰\",\"department\":\"区卫生健康局\"}")))
    @APIResponse(responseCode = "201", description = "Accepted, pending review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringValueView.class)))
    @APIResponse(responseCode = "409", description = "The series has a value already; correct it instead")
    @APIResponse(responseCode = "503", description = "The indicator catalogue has never been loaded, so nothing can be validated")
    public Response submit(@NotNull NewMonitoringValue body,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retry return the first result") String key) {
        return idempotency.once(key, body, () -> {
            MonitoringValue v = monitoring.submit(body.candidate(), english());
            return Response.created(URI.create("/api/v1/monitoring-values/" + v.id)).entity(MonitoringValueView.of(v)).build();
        });
    }

    @POST
    @Path("bulk")
    @Consumes({ MediaType.APPLICATION_JSON, "text/csv" })
    @Transactional
    @TransactionConfiguration(timeout = 600)
    @RolesAllowed({ Roles.REPORTER, Roles.SERVICE })
    @Operation(summary = "Submit many values: a JSON array or a CSV file",
            description = "Up to 100 000 rows. CSV in UTF-8 or GB18030 (say which in the Content-Type charset), with a header "
                    + "row in English (the JSON field names) or Chinese (指标代码, 行政区划代码, 期间, 性别, 城乡, 年龄组, 数值, 分子, "
                    + "分母, 单位, 报送单位, 备注). `mode=atomic` (default) writes nothing unless every row is valid and answers "
                    + "400 with `rows[N].field` errors; `mode=partial` writes the valid rows and reports each rejected row with "
                    + "its reasons. Rows are numbered from 1 among the data rows. Every written value is PENDING review and "
                    + "has its submitted event. Accepts `Idempotency-Key`: a retry changes nothing and returns the first summary.")
    @RequestBody(content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = NewMonitoringValue.class),
                examples = @ExampleObject(name = "two values", value = "[{\"indicatorCode\":\"NEONATAL_MORTALITY\",\"jurisdiction\":\"370104\","
                        + "\"period\":\"2022\",\"value\":2.6},{\"indicatorCode\":\"INFANT_MORTALITY\",\"jurisdiction\":\"370104\","
                        + "\"period\":\"2022\",\"value\":2.9}]")),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "Chinese headers", value = "指标代码,行政区划代码,期间,性别,数值,单位\n"
                        + "NEONATAL_MORTALITY,370104,2022,合计,2.6,‰\n")) })
    @APIResponse(responseCode = "200", description = "The import summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "503", description = "The indicator catalogue has never been loaded")
    public Response submitBulk(byte[] body,
            @QueryParam("mode") @DefaultValue("atomic") @Parameter(description = "atomic (default) or partial") String mode,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retry return the first result") String key) {
        BulkResult.Mode m = switch (mode.strip().toLowerCase()) {
            case "atomic" -> BulkResult.Mode.ATOMIC;
            case "partial" -> BulkResult.Mode.PARTIAL;
            default -> throw ProblemException.invalid("mode", "须为 atomic 或 partial", "must be atomic or partial");
        };
        boolean csv = contentType != null && contentType.toLowerCase().startsWith("text/csv");
        byte[] bytes = body == null ? new byte[0] : body;
        return idempotency.once(key, BulkImport.fingerprint(bytes, csv, contentType, m),
                () -> Response.ok(bulk.run(bytes, csv, contentType, m, english())).build());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "List monitoring values",
            description = "Within the caller's jurisdiction (admins, auditors and services everywhere). By default only the "
                    + "current version of each series; `current=false` lists every version.")
    @APIResponse(responseCode = "200", description = "One page of values")
    public Page<MonitoringValueView> list(
            @QueryParam("indicator") @Parameter(example = "NEONATAL_MORTALITY") String indicator,
            @QueryParam("jurisdiction") @Parameter(description = "Exactly this code, or with `descendants=true` also those below it", example = "370104") String jurisdiction,
            @QueryParam("descendants") @DefaultValue("false") boolean descendants,
            @QueryParam("period") @Parameter(example = "2023") String period,
            @QueryParam("year") @Parameter(example = "2023") Integer year,
            @QueryParam("status") ValueStatus status,
            @QueryParam("current") @DefaultValue("true") boolean current,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) @Parameter(description = Page.SIZE_DOC) int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (jurisdiction != null) {
            caller.requireJurisdiction(jurisdiction);
            if (descendants) {
                where.append(" and jurisdiction like :prefix");
                params.and("prefix", JurisdictionCodes.prefix(jurisdiction) + "%");
            } else {
                where.append(" and jurisdiction = :jurisdiction");
                params.and("jurisdiction", jurisdiction);
            }
        } else if (!caller.unscoped()) {
            where.append(" and jurisdiction like :scope");
            params.and("scope", JurisdictionCodes.prefix(caller.jurisdiction()) + "%");
        }
        if (indicator != null) {
            where.append(" and indicatorCode = :indicator");
            params.and("indicator", indicator);
        }
        if (period != null) {
            where.append(" and period = :period");
            params.and("period", period.strip().toUpperCase());
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
        return Page.of(MonitoringValue.find(where.toString(),
                Sort.by("indicatorCode").and("jurisdiction").and("period").and("sex").and("residence").and("ageGroup").and("version"),
                params), page, size, MonitoringValueView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "Get one version of a value")
    @APIResponse(responseCode = "200", description = "The value")
    @APIResponse(responseCode = "404", description = "No such value")
    public MonitoringValueView get(@PathParam("id") UUID id) {
        MonitoringValue v = Monitoring.find(id);
        caller.requireJurisdiction(v.jurisdiction);
        return MonitoringValueView.of(v);
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
                v.residence, v.ageGroup).stream().map(MonitoringValueView::of).toList();
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
        MonitoringValue v = monitoring.correct(id, body, english());
        return Response.created(URI.create("/api/v1/monitoring-values/" + v.id)).entity(MonitoringValueView.of(v)).build();
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
        return MonitoringValueView.of(monitoring.review(id, body));
    }

    private boolean english() {
        return ProblemMappers.english(headers);
    }
}
