package cn.guihua.subsidy.reserve;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** 槐荫区's listing reserve pool (济槐政字〔2022〕20号): records of tiers, stages, leaders and visits, never money. */
@Path("/api/v1/listing-reserve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Listing reserve pool (槐荫区 济槐政字〔2022〕20号)")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
public class ReserveResource {

    public static final String POLICY = "HUAIYIN_LISTING";

    @Inject
    RuleBook rules;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Enter an enterprise into the reserve pool", description = "Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Entered", content = @Content(schema = @Schema(implementation = ReserveView.class)))
    @APIResponse(responseCode = "409", description = "In the pool already")
    public Response create(@Valid @NotNull NewReserveEnterprise body) {
        caller.requireJurisdiction(body.jurisdiction());
        if (!JurisdictionCodes.within(body.jurisdiction(), rules.policy(POLICY).jurisdiction)) {
            throw ProblemException.invalid("jurisdiction", "reserve.huaiyin-only");
        }
        if (!CreditCode.isValid(body.creditCode())) {
            throw ProblemException.invalid("creditCode", "identity.credit-code-invalid");
        }
        if (ReserveEnterprise.count("creditCode", body.creditCode()) > 0) {
            throw ProblemException.conflict("reserve.in-pool-already");
        }
        ReserveEnterprise e = new ReserveEnterprise();
        e.id = UUID.randomUUID();
        e.creditCode = body.creditCode();
        e.name = body.name().strip();
        e.jurisdiction = body.jurisdiction();
        e.tier = body.tier();
        e.stage = body.stage();
        e.updatedAt = OffsetDateTime.now();
        e.persist();
        audit.record("reserve.entered", "ReserveEnterprise", e.id, body);
        return Response.created(URI.create("/api/v1/listing-reserve/" + e.id)).entity(view(e)).build();
    }

    @GET
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List the pool", description = "Filter by tier, stage and leader; `visitOverdueOn` lists enterprises whose "
            + "leader has not visited in the half year before that date (000:2545).")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<ReserveView> list(
            @QueryParam("tier") ReserveTier tier,
            @QueryParam("stage") ReserveStage stage,
            @QueryParam("leader") @Size(max = 100) String leader,
            @QueryParam("visitOverdueOn") @Parameter(example = "2024-12-31") LocalDate overdueOn,
            @BeanParam @Valid PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String scope = caller.scope(null);
        if (scope != null) {
            where.append(" and jurisdiction like :j");
            params.and("j", JurisdictionCodes.prefix(scope) + "%");
        }
        if (tier != null) {
            where.append(" and tier = :tier");
            params.and("tier", tier);
        }
        if (stage != null) {
            where.append(" and stage = :stage");
            params.and("stage", stage);
        }
        if (leader != null) {
            where.append(" and leader = :leader");
            params.and("leader", leader);
        }
        if (overdueOn != null) {
            LocalDate since = overdueOn.minusMonths(visitMonths(overdueOn));
            where.append(" and leader is not null and coalesce(lastVisitOn, leaderSince) < :since");
            params.and("since", since);
        }
        return Page.of(ReserveEnterprise.<ReserveEnterprise>find(where.toString(), Sort.by("name").and("id"), params), paging, this::view);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get an enterprise of the pool", description = "Officers read the enterprises of their own jurisdiction "
            + "and those below it; another's is 403.")
    @APIResponse(responseCode = "200", description = "The enterprise")
    @APIResponse(responseCode = "404", description = "Not in the pool")
    public ReserveView get(@PathParam("id") UUID id) {
        ReserveEnterprise e = find(id);
        caller.requireJurisdiction(e.jurisdiction);
        return view(e);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Move an enterprise between tiers and stages", description = "A stale version is 409.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "Not in the pool")
    @APIResponse(responseCode = "409", description = "Stale version")
    public ReserveView update(@PathParam("id") UUID id, @Valid @NotNull ReserveUpdate body) {
        ReserveEnterprise e = mutable(id, body.version());
        e.tier = body.tier();
        e.stage = body.stage();
        e.updatedAt = OffsetDateTime.now();
        audit.record("reserve.updated", "ReserveEnterprise", e.id, body);
        ReserveEnterprise.getEntityManager().flush();
        return view(e);
    }

    @POST
    @Path("{id}/leader")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Assign a district leader (包挂)", description = "Only enterprises in tutoring or filing, or 荷尖 "
            + "enterprises (000:2515); a leader takes at most 2 enterprises a year (000:2479).")
    @APIResponse(responseCode = "200", description = "Assigned")
    @APIResponse(responseCode = "404", description = "Not in the pool")
    @APIResponse(responseCode = "409", description = "Stale version, or the leader has 2 enterprises that year")
    @APIResponse(responseCode = "422", description = "The enterprise is not at a stage that is assigned a leader")
    public ReserveView assign(@PathParam("id") UUID id, @Valid @NotNull LeaderAssignment body) {
        ReserveEnterprise e = mutable(id, body.version());
        // the rules of the leader year being assigned, not of the day it is recorded
        RuleSet rs = rules.rules(POLICY, rules.yearDate(POLICY, body.year()));
        Rule selection = rs.get("ASSIGNMENT_SELECTION");
        if (!contains(selection.params().get("stages"), e.stage.name()) && !contains(selection.params().get("tiers"), e.tier.name())) {
            throw ProblemException.unprocessable("reserve.leader-stage", selection.clause().ref());
        }
        Rule limit = rs.get("LEADER_ASSIGNMENT");
        int max = limit.number("maxPerLeaderPerYear").intValue();
        long held = ReserveEnterprise.count("leader = ?1 and leaderYear = ?2 and id <> ?3", body.leader().strip(), body.year(), e.id);
        if (held >= max) {
            throw ProblemException.conflict("reserve.leader-limit", body.leader(), body.year(), held, max, limit.clause().ref(),
                    limit.clause().quote());
        }
        e.leader = body.leader().strip();
        e.leaderYear = body.year();
        e.leaderSince = body.assignedOn() == null ? LocalDate.now() : body.assignedOn();
        e.updatedAt = OffsetDateTime.now();
        audit.record("reserve.leader-assigned", "ReserveEnterprise", e.id, Map.of("leader", e.leader, "year", e.leaderYear));
        ReserveEnterprise.getEntityManager().flush();
        return view(e);
    }

    @POST
    @Path("{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a leader's visit")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "Not in the pool")
    @APIResponse(responseCode = "422", description = "No leader assigned")
    public ReserveView visit(@PathParam("id") UUID id, @Valid @NotNull Visit body) {
        ReserveEnterprise e = find(id);
        caller.requireJurisdiction(e.jurisdiction);
        if (e.leader == null) {
            throw ProblemException.unprocessable("reserve.no-leader");
        }
        if (e.lastVisitOn == null || body.visitedOn().isAfter(e.lastVisitOn)) {
            e.lastVisitOn = body.visitedOn();
        }
        e.updatedAt = OffsetDateTime.now();
        audit.record("reserve.visited", "ReserveEnterprise", e.id, body);
        return view(e);
    }

    private ReserveEnterprise mutable(UUID id, Integer version) {
        ReserveEnterprise e = find(id);
        caller.requireJurisdiction(e.jurisdiction);
        ProblemException.requireVersion(version == null ? null : version.longValue(), e.version);
        return e;
    }

    private static ReserveEnterprise find(UUID id) {
        ReserveEnterprise e = ReserveEnterprise.findById(id);
        if (e == null) {
            throw ProblemException.notFound("thing.reserve-enterprise", id);
        }
        return e;
    }

    /** The visit interval in force on the day the half-year is counted from (the last visit, or the assignment). */
    private int visitMonths(LocalDate from) {
        cn.guihua.subsidy.rules.Policy p = rules.policy(POLICY);
        LocalDate day = from.isBefore(p.effectiveFrom) ? p.effectiveFrom : p.effectiveTo != null && from.isAfter(p.effectiveTo) ? p.effectiveTo : from;
        return rules.rules(POLICY, day).get("LEADER_VISIT").number("months").intValue();
    }

    private ReserveView view(ReserveEnterprise e) {
        LocalDate from = e.lastVisitOn != null ? e.lastVisitOn : e.leaderSince;
        return new ReserveView(e.id, e.creditCode, e.name, e.jurisdiction, e.tier, e.stage, e.leader, e.leaderYear, e.leaderSince,
                e.lastVisitOn, from == null ? null : from.plusMonths(visitMonths(from)), e.version);
    }

    private static boolean contains(JsonNode array, String value) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values.contains(value);
    }
}
