package cn.guihua.subsidy.expropriation;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.RuleBook;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/expropriation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "House expropriation compensation (兰山区 临兰政发〔2022〕1号)")
@APIResponse(responseCode = "400", description = "Invalid input")
public class ExpropriationResource {

    @Inject
    CompensationCalculator calculator;

    @Inject
    NonResidentialCalculator nonResidential;

    @Inject
    PlacementCalculator placement;

    @Inject
    Timeline timeline;

    @Inject
    RuleBook rules;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    ObjectMapper json;

    @POST
    @Path("residential-compensation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Calculate a personal residence's compensation", description = "Public. House value for the cash "
            + "choice (assessed price, never below 90% of the market price, 001:210; 45 m² for an only home under 45 m², "
            + "001:228), a 住改非 house's 40%/30% uplift once recognised (registration, matching address, a year of operation up "
            + "to the decision's announcement, begun before the scope was announced, 001:278-280, 001:127), a 营业用房's business "
            + "valuation (all three conditions, cash only, 001:268-276), relocation 2000 per unit (001:240), temporary "
            + "resettlement 1500 a month (001:244-256), decoration 50/100 per m² (001:282) and the 2万 early-signing award "
            + "(001:284). Judged as of the decision's announcement when given.")
    @APIResponse(responseCode = "200", description = "The amount and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "422", description = "The measure is not in force on that date, the decision came before it (001:378), or a "
            + "choice the rules refuse")
    public Calculation calculate(@Valid @NotNull CompensationRequest body) {
        return calculator.calculate(body);
    }

    @POST
    @Path("non-residential-compensation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Calculate a non-residential house's compensation items", description = "Public. The value at no less "
            + "than the similar-property market price of the announcement day, lawful area only (001:212, 001:131); the choice "
            + "(no swap without 产权调换条件, 001:214; public-service facilities choose, 001:262); 搬迁费 10 per m² of lawful area plus "
            + "special equipment as assessed (a residence: 2000 per 套, 001:240-242); 停产停业损失, three months of the three-year "
            + "average of 效益 or 100 per m², none when the business had stopped or the use was changed without permission "
            + "(001:258-264); an empty courtyard below 容积率 1.0 (001:238).")
    @APIResponse(responseCode = "200", description = "The items and their explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "422", description = "The measure is not in force on that date, the decision came before it (001:378), or a "
            + "choice the rules refuse")
    public Calculation nonResidential(@Valid @NotNull NonResidentialRequest body) {
        return nonResidential.calculate(body);
    }

    @POST
    @Path("swap-settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Settle a swap's area differences and the remainder", description = "Public. 安置不足 refunded at the cash "
            + "compensation price, excess 套内 paid at market price, excess 公摊 at construction cost without land (001:226); a "
            + "remainder of half the smallest unit or more may take cash or one more smallest unit while they last, less than half "
            + "is paid at the new-housing market price (001:173).")
    @APIResponse(responseCode = "200", description = "What the owner pays or receives, with the explanation",
            content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "409", description = "No smallest unit is left to choose (最小户型选完为止)")
    @APIResponse(responseCode = "422", description = "The measure is not in force on that date")
    public Calculation swap(@Valid @NotNull SwapRequest body) {
        return placement.swap(body);
    }

    @POST
    @Path("selection-order")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The order in which owners choose placement houses", description = "Public. By signing number, key "
            + "handover number or the area's lottery (001:175); several units of one owner mix floors above and below the middle "
            + "floor (001:177).")
    @APIResponse(responseCode = "200", description = "The order and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "422", description = "The measure is not in force on that date")
    public Calculation selectionOrder(@Valid @NotNull SelectionRequest body) {
        return placement.selectionOrder(body);
    }

    @POST
    @Path("compensation-choices")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Which compensation a house allows", description = "Public. Cash or swap (001:214); public housing under a "
            + "lease not ended by agreement is swapped and the tenant keeps renting (001:232); housing security is allocated "
            + "without queueing and excludes the 45 m² guarantee (001:234, 001:236).")
    @APIResponse(responseCode = "200", description = "The choices and their explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "422", description = "A choice the rules refuse, or the measure is not in force on that date")
    public Calculation choices(@Valid @NotNull ChoiceRequest body) {
        return placement.choices(body);
    }

    @POST
    @Path("ancillary-rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Compensate 配房、储藏室、车库", description = "Public. In cash at the valuer's price, or rebuilt as main-house "
            + "area with the owner paying the difference (001:286); the placement building's parking and storage are bought at "
            + "market, voluntarily (001:288).")
    @APIResponse(responseCode = "200", description = "The amount and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "422", description = "The measure is not in force on that date")
    public Calculation ancillary(@Valid @NotNull AncillaryRequest body) {
        return placement.ancillary(body);
    }

    // ------------------------------------------------------------------------------------------------ projects

    @POST
    @Path("projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record an expropriation project", description = "Its counts and the days its procedural events happened; "
            + "`GET .../{id}/timeline` works out the due dates. 兰山区 projects only. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
    public Response create(@Valid @NotNull NewProject body) {
        caller.requireJurisdiction(body.jurisdiction());
        String district = rules.policy(ExpropriationRules.POLICY).jurisdiction;
        if (!JurisdictionCodes.within(body.jurisdiction(), district)) {
            throw ProblemException.invalid("jurisdiction", "expropriation.lanshan-only", district);
        }
        ExpropriationProject p = new ExpropriationProject();
        p.id = UUID.randomUUID();
        p.name = body.name().strip();
        p.jurisdiction = body.jurisdiction();
        p.facts = write(body.facts());
        p.createdBy = caller.subject();
        p.createdAt = p.updatedAt = OffsetDateTime.now();
        p.persist();
        audit.record("expropriation.project.created", "ExpropriationProject", p.id, body);
        return Response.created(URI.create("/api/v1/expropriation/projects/" + p.id)).entity(view(p)).build();
    }

    @GET
    @Path("projects")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List expropriation projects", description = "Officers see their own jurisdiction and those below it.")
    @APIResponse(responseCode = "200", description = "A page of results")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role does not allow it")
    public Page<ProjectView> list(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "371302") String jurisdiction,
            @BeanParam @Valid PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String scope = caller.scope(jurisdiction);
        if (scope != null) {
            where.append(" and jurisdiction like :j");
            params.and("j", JurisdictionCodes.prefix(scope) + "%");
        }
        return Page.of(ExpropriationProject.find(where.toString(), Sort.by("createdAt").and("id"), params), paging, this::view);
    }

    @GET
    @Path("projects/{id}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get an expropriation project", description = "Limited to the caller's jurisdiction and those below it.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Outside the caller's jurisdiction")
    @APIResponse(responseCode = "404", description = "No such project")
    public ProjectView get(@PathParam("id") UUID id) {
        return view(find(id));
    }

    @PUT
    @Path("projects/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a project's events as they happen", description = "Replaces the facts; a stale version is 409.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Outside the caller's jurisdiction")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Stale version")
    public ProjectView update(@PathParam("id") UUID id, @Valid @NotNull ProjectUpdate body) {
        ExpropriationProject p = find(id);
        ProblemException.requireVersion(body.version() == null ? null : body.version().longValue(), p.version);
        p.facts = write(body.facts());
        p.updatedAt = OffsetDateTime.now();
        audit.record("expropriation.project.updated", "ExpropriationProject", p.id, body);
        ExpropriationProject.getEntityManager().flush();
        return view(p);
    }

    @GET
    @Path("projects/{id}/timeline")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "A project's procedural timeline with its due dates", description = "Posting of the plan at least 30 days "
            + "(001:149), a hearing for 旧城区改建 when more than half object (001:151), the executive meeting (001:159), the "
            + "decision announced within 3 days (001:163), the valuer chosen within 10 days by more than half (001:298), valuations "
            + "posted at least 5 days (001:318), review and expert appraisal 10 + 10 days (001:326-328), permit suspension at most a "
            + "year (001:129), enforcement (001:187). Calendar days; a \"内\" period ending on a rest day (asked of "
            + "emergency-service's calendar) runs on only if EXPROPRIATION_DAYS_EXTEND_PAST_HOLIDAY says so. 503 when the "
            + "calendar does not answer.")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Outside the caller's jurisdiction")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "503", description = "The working-day calendar (emergency-service) did not answer")
    public TimelineView timeline(@PathParam("id") UUID id) {
        ExpropriationProject p = find(id);
        return new TimelineView(p.id, LocalDate.now(), timeline.items(facts(p)));
    }

    private ExpropriationProject find(UUID id) {
        ExpropriationProject p = ExpropriationProject.findById(id);
        if (p == null) {
            throw ProblemException.notFound("thing.expropriation-project", id);
        }
        caller.requireJurisdiction(p.jurisdiction);
        return p;
    }

    private ProjectView view(ExpropriationProject p) {
        return new ProjectView(p.id, p.name, p.jurisdiction, facts(p), p.version);
    }

    private ProjectFacts facts(ExpropriationProject p) {
        try {
            return json.readerFor(ProjectFacts.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(p.facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
