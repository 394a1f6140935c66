package cn.guihua.subsidy.farmland;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.json.Limits;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import cn.guihua.subsidy.notice.NoticeRequests;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/farmland")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Farmland protection incentives (槐荫区 济槐政字〔2022〕13号)")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
public class FarmlandResource {

    @Inject
    FarmlandService farmland;

    @Inject
    Caller caller;

    @Inject
    FarmlandNotices farmlandNotices;

    @Inject
    cn.guihua.subsidy.notice.Notices notices;

    @Inject
    FarmlandChecks checks;

    @Inject
    FundUseCheck fundUse;

    @POST
    @Path("assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Put a street or village forward for a year's incentive", description = "Absent areas and the "
            + "illegal-occupation ratio are prefilled from the approved FARMLAND_* monitoring values of the year before. A street "
            + "recommends at most 2 villages a year (000:1745). Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "Assessed already, or the street has 2 villages")
    @APIResponse(responseCode = "422", description = "The policy is not in force in that year")
    public Response create(@Valid @NotNull NewAssessment body) {
        FarmlandAssessment a = farmland.create(body);
        return Response.created(URI.create("/api/v1/farmland/assessments/" + a.id)).entity(farmland.view(a)).build();
    }

    @GET
    @Path("assessments")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List assessments with their scores")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<AssessmentView> list(
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) @Parameter(example = "2024") Integer year,
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(description = "A district, street or village code", example = "370104") String jurisdiction,
            @BeanParam @Valid PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", year);
        }
        String scope = caller.scope(jurisdiction);
        if (scope != null) {
            where.append(" and jurisdiction like :j");
            params.and("j", JurisdictionCodes.prefix(scope) + "%");
        }
        return Page.of(FarmlandAssessment.find(where.toString(), Sort.by("year").and("jurisdiction"), params), paging, farmland::view);
    }

    @GET
    @Path("assessments/{id}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get an assessment with its score", description = "Officers read the assessments of their own "
            + "jurisdiction and those below it; another's is 403.")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(responseCode = "404", description = "No such assessment")
    public AssessmentView get(@PathParam("id") UUID id) {
        return farmland.view(farmland.find(id));
    }

    @GET
    @Path("assessments/{id}/score")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Explain an assessment's score", description = "Every item of 附件1 and every condition of 第八条, with "
            + "its inputs, intermediate values and clause. Officers read those of their own jurisdiction and below; another's is 403.")
    @APIResponse(responseCode = "200", description = "The explanation")
    @APIResponse(responseCode = "404", description = "No such assessment")
    public ScoreExplanation score(@PathParam("id") UUID id) {
        return farmland.explain(farmland.find(id));
    }

    @PUT
    @Path("assessments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Replace an assessment's inputs", description = "Optimistic concurrency: a stale version is 409. "
            + "Final once the year's selection is made.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such assessment")
    @APIResponse(responseCode = "409", description = "Stale version, or the selection is made")
    public AssessmentView update(@PathParam("id") UUID id, @Valid @NotNull AssessmentUpdate body) {
        return farmland.view(farmland.update(id, body));
    }

    @POST
    @Path("rankings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Make a year's selection", description = "Ranks the qualifying streets and villages by score (demonstration "
            + "units accepted by the end of August preferred as FARMLAND_DEMONSTRATION_PREFERENCE says, 000:1749), selects 1-2 streets "
            + "and 3-6 villages with at most 2 villages per street (000:1745), opens an approved award of 30万 per street and 10万 per "
            + "village (000:1747), and posts the result for public notice: awards are paid only once the list is final after a notice "
            + "without objection (000:1745). Disqualified units (000:1751-1759) are listed, never selected. Judged under the rules of "
            + "`selectedOn`. Once a year. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = RankingView.class)))
    @APIResponse(responseCode = "409", description = "The year's selection is made already")
    @APIResponse(responseCode = "422", description = "The policy is not in force in that year")
    public Response rank(@Valid @NotNull RankingRequest body) {
        return Response.status(Response.Status.CREATED).entity(farmland.rank(body)).build();
    }

    @GET
    @Path("rankings")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List the selections", description = "Each with its public notice as of `asOf` (today when absent): the "
            + "list is final only after a notice without objection (000:1745).")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<RankingView> rankings(
            @QueryParam("district") @Pattern(regexp = "^\\d{6}$", message = "{subsidy.district.code}") @Parameter(example = "370104") String district,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) @Parameter(example = "2024") Integer year,
            @QueryParam("asOf") @Parameter(description = "The day the notice's status is given for; today when absent", example = "2024-03-12")
            LocalDate asOf,
            @BeanParam @Valid PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String scope = caller.scope(district);
        if (scope != null) {
            where.append(" and district like :d");
            params.and("d", JurisdictionCodes.prefix(scope) + "%");
        }
        if (district != null && scope == null) {
            where.append(" and district = :dd");
            params.and("dd", district);
        }
        if (year != null) {
            where.append(" and year = :y");
            params.and("y", year);
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return Page.of(FarmlandRanking.find(where.toString(), Sort.by("year").and("district"), params), paging,
                r -> farmlandNotices.view((FarmlandRanking) r, day));
    }

    @GET
    @Path("rankings/{id}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Read a selection back", description = "The ranking as made, with its notice as of `asOf`: its dates, the "
            + "objections, the units held and final. Limited to the caller's jurisdiction and those below it.")
    @APIResponse(responseCode = "200", description = "The selection")
    @APIResponse(responseCode = "404", description = "No such selection")
    public RankingView ranking(@PathParam("id") Long id,
            @QueryParam("asOf") @Parameter(description = "Today when absent", example = "2024-03-12") LocalDate asOf) {
        return farmlandNotices.view(farmlandNotices.find(id), asOf == null ? LocalDate.now() : asOf);
    }

    @POST
    @Path("rankings/{id}/notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Post the notice of a selection made without one", description = "Selections made since the notice was "
            + "modelled post it when made (`noticePostedOn`); an older one is posted here, once.")
    @APIResponse(responseCode = "200", description = "Posted: the selection with its notice")
    @APIResponse(responseCode = "404", description = "No such selection")
    @APIResponse(responseCode = "409", description = "Its notice is posted already")
    @APIResponse(responseCode = "503", description = "The working-day calendar (emergency-service) did not answer")
    public RankingView notice(@PathParam("id") Long id, @Valid @NotNull NoticeRequests.NewNotice body) {
        farmlandNotices.post(id, body);
        return farmlandNotices.view(farmlandNotices.find(id), body.postedOn());
    }

    @POST
    @Path("rankings/{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record an objection to a selection", description = "To one selected unit or to the whole list. Raised "
            + "during the notice it holds what FARMLAND_OBJECTION_SCOPE says (the unit, or the whole list; everything while unset) "
            + "until it is resolved; raised after the notice it holds nothing.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such selection")
    public Response object(@PathParam("id") Long id, @Valid @NotNull NoticeRequests.NewObjection body) {
        cn.guihua.subsidy.notice.Objection o = farmlandNotices.object(id, body);
        return Response.status(Response.Status.CREATED).entity(objectionView(id, o)).build();
    }

    @POST
    @Path("rankings/{id}/objections/{objectionId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Resolve an objection to a selection", description = "DISMISSED: the unit becomes final once the notice has "
            + "run; UPHELD: the unit's award is rejected.")
    @APIResponse(responseCode = "200", description = "Resolved")
    @APIResponse(responseCode = "404", description = "No such selection or objection")
    @APIResponse(responseCode = "409", description = "Stale version or resolved already")
    public cn.guihua.subsidy.notice.NoticeView.ObjectionView resolve(@PathParam("id") Long id, @PathParam("objectionId") UUID objectionId,
            @Valid @NotNull NoticeRequests.Resolution body) {
        return objectionView(id, farmlandNotices.resolve(id, objectionId, body));
    }

    private cn.guihua.subsidy.notice.NoticeView.ObjectionView objectionView(Long id, cn.guihua.subsidy.notice.Objection o) {
        cn.guihua.subsidy.notice.PublicNotice n = cn.guihua.subsidy.notice.PublicNotice.find("rankingId", id).firstResult();
        return notices.view(o, n, n == null ? null : notices.current(n, false).endsOn());
    }

    @GET
    @Path("outlay")
    @PermitAll
    @Operation(summary = "The year's outlay derived from the rules", description = "Public. Never stored: 30万 per street and 10万 per "
            + "village selected (000:1747), 1-2 streets and 3-6 villages (000:1745), so 60万 to 120万 a year (000:1729); with "
            + "`streets` and `villages`, a selection's outlay. Rules as of `asOf`, or the last day of the year the measure is in force.")
    @APIResponse(responseCode = "200", description = "The outlay and its explanation")
    @APIResponse(responseCode = "422", description = "The measure is not in force in that year")
    public cn.guihua.subsidy.rules.Calculation outlay(
            @QueryParam("year") @NotNull @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) @Parameter(example = "2024") Integer year,
            @QueryParam("streets") @Min(0) @Max(100) @Parameter(example = "2") Integer streets,
            @QueryParam("villages") @Min(0) @Max(100) @Parameter(example = "5") Integer villages,
            @QueryParam("asOf") @Parameter(example = "2024-03-10") LocalDate asOf) {
        return checks.outlay(year, streets, villages, asOf);
    }

    @POST
    @Path("fund-use-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Check a fund-use plan", description = "Public. Each line against the permitted uses (000:1763-1773; other "
            + "agricultural projects name their basis), never wages, allowances or bonuses and never to individuals (000:1777); the "
            + "plan within a month of payment and published as a major public item (000:1775).")
    @APIResponse(responseCode = "200", description = "The check")
    @APIResponse(responseCode = "422", description = "The measure is not in force on that date")
    public FundUseCheck.Result fundUseCheck(@Valid @NotNull FundUseCheck.Request body) {
        return fundUse.check(body);
    }

    @POST
    @Path("demonstration-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Check the demonstration duties", description = "Public. A street rewarded by the province, city or district "
            + "builds 1-2 demonstration villages a year; a unit failing the next year's reverification is rectified, loses that year's "
            + "status and its street's city eligibility, and may rejoin the year after (000:1749); the year's calendar (000:1845).")
    @APIResponse(responseCode = "200", description = "The outcome and its explanation")
    @APIResponse(responseCode = "422", description = "The measure is not in force in that year")
    public cn.guihua.subsidy.rules.Calculation demonstration(@Valid @NotNull DemonstrationRequest body) {
        return checks.demonstration(body);
    }

    @GET
    @Path("figures")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Farmland figures received from indicator-service", description = "The latest approved value of each "
            + "FARMLAND_* indicator per street or village and year, from the monitoring events.")
    @APIResponse(responseCode = "200", description = "The list")
    public List<FigureView> figures(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104001") String jurisdiction,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR) @Parameter(example = "2023") Integer year) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String scope = caller.scope(jurisdiction);
        if (scope != null) {
            where.append(" and jurisdiction like :j");
            params.and("j", JurisdictionCodes.prefix(scope) + "%");
        }
        if (year != null) {
            where.append(" and year = :y");
            params.and("y", year);
        }
        return FarmlandFigure.<FarmlandFigure>find(where.toString(), Sort.by("jurisdiction").and("indicatorCode").and("year"), params)
                .page(0, 200).list().stream().map(FigureView::of).toList();
    }
}
