package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.RequestLanguage;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;

/** The data-quality analyses: validation rule violations, outliers, reporting completeness and who is overdue. */
@Path("/api/v1/data-quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data quality", description = "Validation rules, outliers, reporting completeness (数据质量)")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
    Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
@APIResponse(responseCode = "403", description = "The role, or the jurisdiction is outside the caller's")
@APIResponse(responseCode = "503", description = "The catalogue has never been loaded and plan-service does not answer now")
public class DataQualityResource {

    private static final String JURISDICTION = "Default the caller's own (unscoped callers without one in their token must give it)";
    private static final String DESCENDANTS = "true (the default): with the divisions below it, a district's streets";

    @Inject
    Caller caller;

    @Inject
    Catalogue catalogue;

    @Inject
    RuleChecks checks;

    @Inject
    Outliers outliers;

    @Inject
    Completeness completeness;

    @Inject
    OverdueCheck overdueCheck;

    @Inject
    Audit audit;

    @GET
    @Path("validation")
    @Operation(summary = "Validation rule violations in a region and period range",
            description = "Every enabled rule checked over the current values (pending or approved) of the jurisdiction, its "
                    + "streets and the periods from `periodFrom` to `periodTo`: each violation once, with both sides' values and "
                    + "the values they were made of, by jurisdiction, period and rule. `indicatorCode` keeps the violations of "
                    + "the rules applied to that indicator's values. At most `guihua.quality.max-analysis-values` values are read "
                    + "(400 beyond).")
    @APIResponse(responseCode = "200", description = "One page of violations")
    public Page<RuleViolationView> validation(
            @QueryParam("jurisdiction") @Parameter(description = JURISDICTION, example = "370104") String jurisdiction,
            @QueryParam("descendants") @DefaultValue("true") @Parameter(description = DESCENDANTS) boolean descendants,
            @QueryParam("periodFrom") @Size(max = 20) @Parameter(required = true, description = "2023, 2023-Q1 or 2023-05", example = "2023") String periodFrom,
            @QueryParam("periodTo") @Size(max = 20) @Parameter(description = "Default periodFrom", example = "2024") String periodTo,
            @QueryParam("indicatorCode") @Size(max = 200) @Parameter(example = "LIVE_BIRTHS") String indicatorCode,
            @QueryParam("importance") Importance importance,
            @BeanParam @Valid PageRequest paging) {
        Region region = region(jurisdiction, descendants);
        PeriodRange range = PeriodRange.of(periodFrom, periodTo);
        Catalogue.Snapshot copy = catalogue.require();
        requireIndicator(copy, indicatorCode);
        Language language = RequestLanguage.current();
        List<RuleFinding> found = checks.analyse(checks.current(copy), region, range, indicatorCode, importance);
        return Page.slice(found.stream().map(f -> RuleViolationView.of(f, language)).toList(), paging);
    }

    @GET
    @Path("outliers")
    @Operation(summary = "Outliers in a region and period range",
            description = "The current values (pending or approved) of the jurisdiction, its streets and the periods from "
                    + "`periodFrom` to `periodTo` that lie outside what their series' history makes plausible (a series: one "
                    + "indicator, jurisdiction, disaggregation and period type, every period): by the z-score (default, "
                    + "threshold `guihua.quality.outliers.z-score-threshold`, 3), the modified z-score over the median absolute "
                    + "deviation (3.5), or min-max bounds (a planner's, else Q1 − 1.5 IQR to Q3 + 1.5 IQR of the history). Each "
                    + "with the method, score, threshold and the history's numbers. A series needs "
                    + "`guihua.quality.outliers.min-history` other values (3) to be judged by its history.")
    @APIResponse(responseCode = "200", description = "One page of outliers")
    public Page<OutlierFinding> outliers(
            @QueryParam("jurisdiction") @Parameter(description = JURISDICTION, example = "370104") String jurisdiction,
            @QueryParam("descendants") @DefaultValue("true") @Parameter(description = DESCENDANTS) boolean descendants,
            @QueryParam("periodFrom") @Size(max = 20) @Parameter(required = true, description = "2023, 2023-Q1 or 2023-05", example = "2025") String periodFrom,
            @QueryParam("periodTo") @Size(max = 20) @Parameter(description = "Default periodFrom", example = "2025") String periodTo,
            @QueryParam("indicatorCode") @Size(max = 200) @Parameter(example = "NEONATAL_MORTALITY") String indicatorCode,
            @QueryParam("method") @Parameter(description = "Default guihua.quality.outliers.method (Z_SCORE)") OutlierMethod method,
            @QueryParam("threshold") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000")
            @Parameter(description = "The score beyond which a value is an outlier (z-scores; default from the settings)", example = "3") BigDecimal threshold,
            @BeanParam @Valid PageRequest paging) {
        Region region = region(jurisdiction, descendants);
        PeriodRange range = PeriodRange.of(periodFrom, periodTo);
        if (indicatorCode != null) {
            requireIndicator(catalogue.require(), indicatorCode);
        }
        return Page.slice(outliers.analyse(region, range, indicatorCode, outliers.settings(method, threshold)), paging);
    }

    @GET
    @Path("completeness")
    @Operation(summary = "Reporting completeness of a jurisdiction and its streets",
            description = "Who was expected to report which indicators for which periods, who did (on time or late), who is "
                    + "overdue, and the rates per jurisdiction and indicator, per jurisdiction, per indicator and in all. "
                    + "Expected: the indicators of the targets of the plans of the jurisdiction and above it (or of `plan`, or "
                    + "`indicatorCode`), for every period of the types their reporting schedule names "
                    + "(`/api/v1/reporting-schedules`) that ended within the range and lies in the indicator's tracked years; "
                    + "the units are the jurisdiction and its streets (`street`, else those plan-service lists and those with "
                    + "values). Late: first reported after the period's last day plus the schedule's days. The rates count the "
                    + "reports due or made; `cells` lists a page of them.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "A parameter is wrong, or nothing is expected of the jurisdiction")
    public CompletenessReport completeness(
            @QueryParam("jurisdiction") @Parameter(description = JURISDICTION, example = "370104") String jurisdiction,
            @QueryParam("periodFrom") @Size(max = 20) @Parameter(required = true, description = "2023, 2023-Q1 or 2023-05", example = "2025") String periodFrom,
            @QueryParam("periodTo") @Size(max = 20) @Parameter(description = "Default periodFrom", example = "2025") String periodTo,
            @QueryParam("plan") @Size(max = 200) @Parameter(description = "Only this plan's targets", example = "370104-children-2021") String plan,
            @QueryParam("indicatorCode") @Size(max = 100) @Parameter(description = "Only these indicators (repeat the parameter)") List<@Size(max = 200) String> indicatorCodes,
            @QueryParam("street") @Size(max = 1000) @Parameter(description = "Only these streets (9-digit codes; repeat the parameter)") List<@Size(max = 20) String> streets,
            @QueryParam("streets") @DefaultValue("true") @Parameter(description = "false: the jurisdiction alone") boolean withStreets,
            @QueryParam("status") @Parameter(description = "Only cells of this status") CompletenessReport.Status status,
            @BeanParam @Valid PageRequest paging) {
        String j = jurisdiction(jurisdiction);
        PeriodRange range = PeriodRange.of(periodFrom, periodTo);
        return completeness.report(new Completeness.Request(j, blankToNull(plan), indicatorCodes, streets, withStreets, range),
                Completeness.today(), status, paging);
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Who is overdue now",
            description = "Every report of the jurisdiction and its streets whose deadline passed and that was not made, over "
                    + "every tracked period of the indicators expected of them (as in the completeness report), by indicator, "
                    + "period and unit.")
    @APIResponse(responseCode = "200", description = "One page of overdue reports")
    @APIResponse(responseCode = "400", description = "A parameter is wrong, or nothing is expected of the jurisdiction")
    public Page<CompletenessReport.ExpectedReport> overdue(
            @QueryParam("jurisdiction") @Parameter(description = JURISDICTION, example = "370104") String jurisdiction,
            @QueryParam("plan") @Size(max = 200) @Parameter(description = "Only this plan's targets", example = "370104-children-2021") String plan,
            @QueryParam("indicatorCode") @Size(max = 100) @Parameter(description = "Only these indicators (repeat the parameter)") List<@Size(max = 200) String> indicatorCodes,
            @QueryParam("streets") @DefaultValue("true") @Parameter(description = "false: the jurisdiction alone") boolean withStreets,
            @BeanParam @Valid PageRequest paging) {
        String j = jurisdiction(jurisdiction);
        return Page.slice(completeness.overdue(new Completeness.Request(j, blankToNull(plan), indicatorCodes, null, withStreets, null),
                Completeness.today()), paging);
    }

    @POST
    @Path("overdue/check")
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Announce the reports that became overdue, now",
            description = "What the scheduled check does every `guihua.quality.overdue.every`: every report of a jurisdiction with "
                    + "plans and its streets whose deadline passed within `guihua.quality.overdue.lookback` and that was not made "
                    + "gets one `cn.guihua.indicator.reporting.overdue.v1` event on `guihua.indicator.reporting`, once ever. Audited.")
    @APIResponse(responseCode = "200", description = "What was announced")
    public OverdueCheck.Result check() {
        OverdueCheck.Result r = overdueCheck.run(Completeness.today());
        audit.record("reporting.overdue-checked", "OverdueCheck", r.asOf().toString(),
                Map.of("jurisdictions", r.jurisdictions(), "announced", r.announced()));
        return r;
    }

    /** The jurisdiction asked for, within the caller's; the caller's own by default. */
    private String jurisdiction(String asked) {
        String a = blankToNull(asked);
        if (a != null && !JurisdictionCodes.isValid(a)) {
            throw ProblemException.invalid("jurisdiction", "monitoring.jurisdiction.code");
        }
        String j = caller.scope(a);
        if (j == null) {
            // an unscoped caller: its token's jurisdiction, if it has one
            j = caller.jurisdiction();
        }
        if (j == null) {
            throw ProblemException.invalid("jurisdiction", "quality.jurisdiction.required");
        }
        return j;
    }

    private Region region(String jurisdiction, boolean descendants) {
        return new Region(jurisdiction(jurisdiction), descendants);
    }

    private static void requireIndicator(Catalogue.Snapshot copy, String code) {
        if (code != null && copy.indicator(code) == null) {
            throw ProblemException.invalid("indicatorCode", "monitoring.indicator.unknown", code, copy.fetchedAt());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
