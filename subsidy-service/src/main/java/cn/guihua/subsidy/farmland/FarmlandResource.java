package cn.guihua.subsidy.farmland;

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
    @Operation(summary = "Make a year's selection", description = "Ranks the qualifying streets and villages by score, selects "
            + "1-2 streets and 3-6 villages with at most 2 villages per street (000:1745), and opens an approved award of 30万 per "
            + "street and 10万 per village (000:1747). Disqualified units (000:1751-1759) are listed, never selected. Once a year. "
            + "Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = RankingView.class)))
    @APIResponse(responseCode = "409", description = "The year's selection is made already")
    @APIResponse(responseCode = "422", description = "The policy is not in force in that year")
    public Response rank(@Valid @NotNull RankingRequest body) {
        return Response.status(Response.Status.CREATED).entity(farmland.rank(body)).build();
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
