package cn.guihua.credit.entity;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import cn.guihua.credit.access.Dates;
import cn.guihua.credit.access.Officers;
import cn.guihua.credit.engine.EntityEvaluation;
import cn.guihua.credit.engine.Status;
import cn.guihua.credit.entity.EntityViews.LevelAnswer;
import cn.guihua.credit.entity.EntityViews.MarketEntityView;
import cn.guihua.credit.entity.EntityViews.NewMarketEntity;
import cn.guihua.credit.identity.CreditCode;
import cn.guihua.credit.record.CreditRecord;
import cn.guihua.credit.record.EntityRecordData;
import cn.guihua.credit.record.RecordActions;
import cn.guihua.credit.record.RecordChecks;
import cn.guihua.credit.record.RecordRequests;
import cn.guihua.credit.record.RecordStore;
import cn.guihua.credit.record.RecordView;
import cn.guihua.credit.record.SubjectType;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/market-entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market entities", description = "87号 市场主体公共信用评价: entities, their records, the evaluation and the level")
public class MarketEntityResource {

    static final String[] READERS = { Roles.CREDIT_OFFICER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE, Roles.SUBSIDY_OFFICER };

    @Inject
    Officers officers;

    @Inject
    Audit audit;

    @Inject
    RecordStore store;

    @Inject
    RecordChecks checks;

    @Inject
    EntityEvaluations evaluations;

    @Inject
    LevelChanges levelChanges;

    @Inject
    RecordActions actions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Register a market entity", description = "An entity of 张店区 (002:750) by its unified social credit code, "
            + "whose check character is verified (GB 32100). Until registered, a valid code answers the baseline (1000, A).")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = MarketEntityView.class)))
    @APIResponse(responseCode = "409", description = "The entity is registered already")
    public Response register(@Valid @NotNull NewMarketEntity body) {
        officers.requireJurisdiction();
        String code = code(body.creditCode(), "creditCode");
        if (MarketEntity.findById(code) != null) {
            throw ProblemException.conflict("credit.entity.exists", code);
        }
        MarketEntity e = new MarketEntity();
        e.creditCode = code;
        e.kind = body.kind();
        e.name = body.name().strip();
        e.jurisdiction = officers.jurisdiction();
        e.registeredBy = officers.caller().subject();
        e.registeredAt = OffsetDateTime.now();
        e.persist();
        audit.record("market-entity.registered", "MarketEntity", code, body);
        return Response.created(URI.create("/api/v1/market-entities/" + code)).entity(MarketEntityView.of(e, 0)).build();
    }

    @GET
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE, Roles.SUBSIDY_OFFICER })
    @Operation(summary = "List market entities", description = "Filter by kind; ordered by credit code.")
    @APIResponse(responseCode = "200", description = "A page of entities")
    public Page<MarketEntityView> list(@QueryParam("kind") MarketEntity.Kind kind, @BeanParam @Valid PageRequest paging) {
        officers.requireJurisdiction();
        var query = kind == null ? MarketEntity.<MarketEntity>findAll(Sort.by("creditCode"))
                : MarketEntity.<MarketEntity>find("kind", Sort.by("creditCode"), kind);
        return Page.of(query, paging, e -> MarketEntityView.of(e, 0));
    }

    @GET
    @Path("{creditCode}")
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE, Roles.SUBSIDY_OFFICER })
    @Operation(summary = "Get a market entity")
    @APIResponse(responseCode = "200", description = "The entity")
    public MarketEntityView get(@PathParam("creditCode") @Parameter(example = "91370303MA3C000380") String creditCode) {
        MarketEntity e = entity(creditCode);
        return MarketEntityView.of(e, CreditRecord.count("subjectType = ?1 and subjectId = ?2 and deleted = false",
                SubjectType.MARKET_ENTITY, e.creditCode));
    }

    @POST
    @Path("{creditCode}/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Enter a credit record of the entity", description = "By the department that holds the information "
            + "(谁许可谁录入、谁确认谁录入、谁检查谁录入、谁处罚谁录入、谁认定谁录入, 002:785): the caller's dept claim becomes the "
            + "record's department, and only it may correct or delete the record. Range rows carry the points the department "
            + "fixed; a criminal penalty is NEGATIVE with subtype CRIMINAL_PENALTY and no row. When the entity's level on "
            + "reportedOn changes, cn.guihua.credit.level-changed.v1 is published.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(ref = "RecordViewEntityRecordData")))
    public Response addRecord(@PathParam("creditCode") @Parameter(example = "91370303MA3C000380") String creditCode,
            @Valid @NotNull RecordRequests.NewRecord<EntityRecordData> body) {
        MarketEntity e = entity(creditCode);
        CreditRecord r = actions.create(SubjectType.MARKET_ENTITY, e.creditCode, body, checks::entity, EntityRecordData::row, levels(e.creditCode));
        return Response.created(URI.create("/api/v1/market-entities/" + e.creditCode + "/records/" + r.id))
                .entity(RecordView.of(r, store, EntityRecordData.class, false)).build();
    }

    @GET
    @Path("{creditCode}/records")
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List the entity's records", description = "As they are now; deleted records are left out unless asked for.")
    @APIResponse(responseCode = "200", description = "A page of records")
    public Page<RecordView<EntityRecordData>> records(@PathParam("creditCode") @Parameter(example = "91370303MA3C000380") String creditCode,
            @QueryParam("includeDeleted") Boolean includeDeleted, @BeanParam @Valid PageRequest paging) {
        MarketEntity e = entity(creditCode);
        String where = Boolean.TRUE.equals(includeDeleted) ? "subjectType = ?1 and subjectId = ?2"
                : "subjectType = ?1 and subjectId = ?2 and deleted = false";
        return Page.of(CreditRecord.<CreditRecord>find(where, Sort.by("id"), SubjectType.MARKET_ENTITY, e.creditCode), paging,
                r -> RecordView.of(r, store, EntityRecordData.class, false));
    }

    @GET
    @Path("{creditCode}/records/{recordId}")
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get a record with its history", description = "Every version: what the record said from when until when, "
            + "who changed it, why and on which objection.")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(ref = "RecordViewEntityRecordData")))
    public RecordView<EntityRecordData> record(@PathParam("creditCode") @Parameter(example = "91370303MA3C000380") String creditCode,
            @PathParam("recordId") long recordId) {
        return RecordView.of(RecordActions.of(SubjectType.MARKET_ENTITY, entity(creditCode).creditCode, recordId), store,
                EntityRecordData.class, true);
    }

    @PUT
    @Path("{creditCode}/records/{recordId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Correct a record", description = "Only the department that recorded it (谁录入谁负责, 002:785); others get 403. "
            + "The entity is re-evaluated (重新作出评价和分类, 002:815) and a changed level is published. The earlier version stays "
            + "readable: an evaluation with knownAt before the correction reproduces the level as it was known then.")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(ref = "RecordViewEntityRecordData")))
    public RecordView<EntityRecordData> correct(@PathParam("creditCode") @Parameter(example = "91370303MA3C000380") String creditCode,
            @PathParam("recordId") long recordId, @Valid @NotNull RecordRequests.Correction<EntityRecordData> body) {
        MarketEntity e = entity(creditCode);
        CreditRecord r = actions.correct(RecordActions.of(SubjectType.MARKET_ENTITY, e.creditCode, recordId), body, checks::entity,
                EntityRecordData::row, levels(e.creditCode));
        return RecordView.of(r, store, EntityRecordData.class, true);
    }

    @DELETE
    @Path("{creditCode}/records/{recordId}")
    @Transactional
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Delete a record", description = "Only the department that recorded it (002:785, 002:815 予以更正或者删除). "
            + "The record stays in the history; the entity is re-evaluated.")
    @APIResponse(responseCode = "200", description = "Deleted", content = @Content(schema = @Schema(ref = "RecordViewEntityRecordData")))
    public RecordView<EntityRecordData> delete(@PathParam("creditCode") @Parameter(example = "91370303MA3C000380") String creditCode,
            @PathParam("recordId") long recordId,
            @QueryParam("version") @Parameter(required = true, description = "The version read") Long version,
            @QueryParam("reason") @Size(max = 1000) @Parameter(required = true, example = "记分存在错误") String reason,
            @QueryParam("on") @Parameter(description = "The day of the deletion (default today)") LocalDate on,
            @QueryParam("objectionId") @Parameter(description = "The objection it answers") Long objectionId) {
        MarketEntity e = entity(creditCode);
        CreditRecord r = actions.delete(RecordActions.of(SubjectType.MARKET_ENTITY, e.creditCode, recordId), version, reason, on, objectionId,
                levels(e.creditCode));
        return RecordView.of(r, store, EntityRecordData.class, true);
    }

    @POST
    @Path("{creditCode}/records/{recordId}/repair")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a credit repair", description = "市场主体在纠正失信行为、消除不良影响后…进行信用修复 (002:816), granted by "
            + "the department that recorded the record. What it does to the record is ENTITY_REPAIR_EFFECT (END_RECORD, "
            + "REDUCE_POINTS with pointsAfterRepair, LIFT_DOWNGRADE_ONLY); while unset the evaluation is NOT_CONFIGURED.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(ref = "RecordViewEntityRecordData")))
    public RecordView<EntityRecordData> repair(@PathParam("creditCode") @Parameter(example = "91370303MA3C000380") String creditCode,
            @PathParam("recordId") long recordId, @Valid @NotNull RecordRequests.Repair body) {
        MarketEntity e = entity(creditCode);
        CreditRecord r = RecordActions.of(SubjectType.MARKET_ENTITY, e.creditCode, recordId);
        actions.repair(r, body, store.read(r.data, EntityRecordData.class).formedOn(), levels(e.creditCode));
        return RecordView.of(r, store, EntityRecordData.class, true);
    }

    @GET
    @Path("{creditCode}/evaluation")
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE, Roles.SUBSIDY_OFFICER })
    @Operation(summary = "Evaluate the entity as of a day, every item explained", description = "1000 ± the items in effect on asOf "
            + "(002:789): each with its row, points, seed line and words, validity and the principle that combined it (同一违法违规"
            + "行为累加记分, 同一行政机关的同一行政行为按最高记分标准记分, 002:800), the records left out and why (002:789, 002:817), the D "
            + "downgrade (002:789, 002:799), the level and supervision class with what it means (002:791-808), and every parameter "
            + "read. The rules applied are those in force on asOf; with knownAt the records and parameters are those known at "
            + "that instant, so a level given on a day can be reproduced later. A parameter that decides and is unset makes "
            + "the answer NOT_CONFIGURED (no score), never an assumed value.")
    @APIResponse(responseCode = "200", description = "The evaluation")
    public EntityEvaluation evaluation(@PathParam("creditCode") @Parameter(example = "91370303MA3C000380") String creditCode,
            @QueryParam("asOf") @Parameter(description = "The day judged (default today)", example = "2022-06-30") LocalDate asOf,
            @QueryParam("knownAt") @Parameter(description = "As known at this instant (default now)", example = "2022-07-01T09:00:00+08:00")
            OffsetDateTime knownAt) {
        String code = code(creditCode, "creditCode");
        scope(code);
        return evaluations.evaluate(code, Dates.orToday(asOf), knownAt);
    }

    @GET
    @Path("{creditCode}/level")
    @RolesAllowed({ Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR, Roles.CREDIT_OFFICER, Roles.SUBSIDY_OFFICER })
    @Operation(summary = "The entity's level on a day (for deciding services)", description = "What subsidy-service checks before "
            + "deciding a fiscal-funds application: a D (严重失信) entity is restricted from 财政性资金项目、评优评先项目 (002:808), "
            + "restrictsFiscalFunds with the clause. A valid code the service holds nothing on answers the baseline (registered "
            + "false, 1000, A, 002:792). When the rules of asOf need a parameter that is unset, or none are in force, the answer is "
            + "422 naming it: a caller must then not decide, never treat it as A.")
    @APIResponse(responseCode = "200", description = "The level")
    @APIResponse(responseCode = "422", description = "No level can be given for that day: a parameter is unset or no rules are in force")
    public LevelAnswer level(@PathParam("creditCode") @Parameter(example = "91370303MA3C00070B") String creditCode,
            @QueryParam("asOf") @Parameter(description = "The day judged, e.g. the decision date (default today)", example = "2022-09-30")
            LocalDate asOf) {
        String code = code(creditCode, "creditCode");
        scope(code);
        EntityEvaluation e = evaluations.evaluate(code, Dates.orToday(asOf), null);
        if (e.status() == Status.NOT_IN_FORCE) {
            throw ProblemException.unprocessable("credit.level.not-in-force", e.asOf(), e.rules().docNumber(), e.rules().effectiveFrom(),
                    e.rules().effectiveTo());
        }
        if (e.status() != Status.CALCULATED) {
            throw ProblemException.unprocessable("credit.level.not-configured", e.asOf(), missing(e));
        }
        return new LevelAnswer(code, e.asOf(), e.registered(), e.score(), e.level(), e.supervisionClass().key(), e.restrictions().fiscalFunds(),
                e.restrictions().clause());
    }

    private static String missing(EntityEvaluation e) {
        List<String> names = e.parameters().stream().filter(p -> p.use() == cn.guihua.credit.engine.Decisions.Use.MISSING)
                .map(cn.guihua.credit.engine.ParameterUse::name).toList();
        return String.join(", ", names);
    }

    /** Publishes a changed level on the day of the change (cn.guihua.credit.level-changed.v1). */
    private RecordActions.Effect levels(String code) {
        return on -> {
            EntityEvaluation before = evaluations.evaluate(code, on, null);
            return (change, id, objection) -> levelChanges.compare(before, evaluations.evaluate(code, on, null), on,
                    LevelChanges.Cause.of(change), id, objection);
        };
    }

    /** 400 naming the field unless the code is a valid unified social credit code. */
    static String code(String code, String field) {
        String c = code == null ? null : code.strip();
        if (!CreditCode.isValid(c)) {
            throw ProblemException.invalid(field, "credit.entity.credit-code");
        }
        return c;
    }

    private void scope(String code) {
        MarketEntity e = MarketEntity.findById(code);
        officers.caller().requireJurisdiction(e == null ? officers.jurisdiction() : e.jurisdiction);
    }

    private MarketEntity entity(String creditCode) {
        String code = code(creditCode, "creditCode");
        MarketEntity e = MarketEntity.findById(code);
        if (e == null) {
            throw ProblemException.notFound("thing.market-entity", code);
        }
        officers.caller().requireJurisdiction(e.jurisdiction);
        return e;
    }
}
