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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.subsidy.audit.Audit;
import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.subsidy.idempotency.Idempotency;
import cn.guihua.subsidy.paging.Page;
import cn.guihua.subsidy.problem.ProblemException;
import cn.guihua.subsidy.problem.ProblemType;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;
import cn.guihua.subsidy.security.Caller;
import cn.guihua.subsidy.security.JurisdictionCodes;
import cn.guihua.subsidy.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** 槐荫区's listing reserve pool (济槐政字〔2022〕20号): records of tiers, stages, leaders and visits, never money. */
@Path("/api/v1/listing-reserve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Listing reserve pool (槐荫区 济槐政字〔2022〕20号)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
public class ReserveResource {

    static final String POLICY = "HUAIYIN_LISTING";

    @Inject
    RuleBook rules;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Enter an enterprise into the reserve pool", description = "Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Entered", content = @Content(schema = @Schema(implementation = ReserveView.class)))
    @APIResponse(responseCode = "409", description = "In the pool already")
    public Response create(@Valid @NotNull NewReserveEnterprise body,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retry return the first result") String key) {
        return idempotency.once(key, body, () -> {
            caller.requireJurisdiction(body.jurisdiction());
            if (!JurisdictionCodes.within(body.jurisdiction(), rules.policy(POLICY).jurisdiction)) {
                throw ProblemException.invalid("jurisdiction", "槐荫区的后备资源库只收槐荫区企业", "The pool is for 槐荫区 enterprises");
            }
            if (!CreditCode.isValid(body.creditCode())) {
                throw ProblemException.invalid("creditCode", "统一社会信用代码无效（GB 32100 校验位不符）",
                        "not a valid unified social credit code (GB 32100 check character)");
            }
            if (ReserveEnterprise.count("creditCode", body.creditCode()) > 0) {
                throw ProblemException.conflict("该企业已在后备资源库", "The enterprise is in the pool already");
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
        });
    }

    @GET
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List the pool", description = "Filter by tier, stage and leader; `visitOverdueOn` lists enterprises whose "
            + "leader has not visited in the half year before that date (000:2545).")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<ReserveView> list(
            @QueryParam("tier") ReserveTier tier,
            @QueryParam("stage") ReserveStage stage,
            @QueryParam("leader") String leader,
            @QueryParam("visitOverdueOn") @Parameter(example = "2024-12-31") LocalDate overdueOn,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) @Parameter(description = Page.SIZE_DOC) int size) {
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
            LocalDate since = overdueOn.minusMonths(visitMonths());
            where.append(" and leader is not null and coalesce(lastVisitOn, leaderSince) < :since");
            params.and("since", since);
        }
        return Page.of(ReserveEnterprise.<ReserveEnterprise>find(where.toString(), Sort.by("name"), params), page, size, this::view);
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
        RuleSet rs = rules.rules(POLICY, LocalDate.now());
        Rule selection = rs.get("ASSIGNMENT_SELECTION");
        if (!contains(selection.params().get("stages"), e.stage.name()) && !contains(selection.params().get("tiers"), e.tier.name())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "包挂对象须为已进入辅导期的拟上市企业或“荷尖”企业（" + selection.clause().ref() + "）",
                    "Leaders are assigned to enterprises in tutoring or filing, or 荷尖 enterprises (" + selection.clause().ref() + ")");
        }
        Rule limit = rs.get("LEADER_ASSIGNMENT");
        int max = limit.number("maxPerLeaderPerYear").intValue();
        long held = ReserveEnterprise.count("leader = ?1 and leaderYear = ?2 and id <> ?3", body.leader().strip(), body.year(), e.id);
        if (held >= max) {
            throw ProblemException.conflict(body.leader() + " " + body.year() + " 年已包挂 " + held + " 家（" + limit.clause().ref() + "：" + limit.clause().quote() + "）",
                    body.leader() + " has " + held + " enterprises in " + body.year() + " already; at most " + max + " (" + limit.clause().ref() + ")");
        }
        e.leader = body.leader().strip();
        e.leaderYear = body.year();
        e.leaderSince = LocalDate.now();
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
            throw new ProblemException(ProblemType.UNPROCESSABLE, "该企业尚无包挂领导", "No leader is assigned to this enterprise");
        }
        if (e.lastVisitOn == null || body.visitedOn().isAfter(e.lastVisitOn)) {
            e.lastVisitOn = body.visitedOn();
        }
        e.updatedAt = OffsetDateTime.now();
        audit.record("reserve.visited", "ReserveEnterprise", e.id, body);
        return view(e);
    }

    private ReserveEnterprise mutable(UUID id, int version) {
        ReserveEnterprise e = find(id);
        caller.requireJurisdiction(e.jurisdiction);
        if (e.version != version) {
            throw ProblemException.conflict("版本 " + version + " 已过期，当前为 " + e.version, "Version " + version + " is stale; the current one is " + e.version);
        }
        return e;
    }

    private static ReserveEnterprise find(UUID id) {
        ReserveEnterprise e = ReserveEnterprise.findById(id);
        if (e == null) {
            throw ProblemException.notFound("后备企业", "Reserve enterprise", id);
        }
        return e;
    }

    private int visitMonths() {
        return rules.rules(POLICY, LocalDate.now()).get("LEADER_VISIT").number("months").intValue();
    }

    private ReserveView view(ReserveEnterprise e) {
        LocalDate from = e.lastVisitOn != null ? e.lastVisitOn : e.leaderSince;
        return new ReserveView(e.id, e.creditCode, e.name, e.jurisdiction, e.tier, e.stage, e.leader, e.leaderYear, e.leaderSince,
                e.lastVisitOn, from == null ? null : from.plusMonths(visitMonths()), e.version);
    }

    private static boolean contains(JsonNode array, String value) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values.contains(value);
    }
}
