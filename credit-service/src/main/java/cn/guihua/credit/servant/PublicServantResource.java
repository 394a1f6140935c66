package cn.guihua.credit.servant;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;

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
import cn.guihua.credit.engine.PublicServantEngine;
import cn.guihua.credit.engine.ServantEvaluation;
import cn.guihua.credit.identity.Masks;
import cn.guihua.credit.identity.ResidentId;
import cn.guihua.credit.parameter.ParameterStore;
import cn.guihua.credit.record.CreditRecord;
import cn.guihua.credit.record.RecordActions;
import cn.guihua.credit.record.RecordChecks;
import cn.guihua.credit.record.RecordRequests;
import cn.guihua.credit.record.RecordStore;
import cn.guihua.credit.record.RecordView;
import cn.guihua.credit.record.ServantRecordData;
import cn.guihua.credit.record.SubjectType;
import cn.guihua.credit.servant.ServantViews.NewPublicServant;
import cn.guihua.credit.servant.ServantViews.PublicServantListItem;
import cn.guihua.credit.servant.ServantViews.PublicServantView;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

@Path("/api/v1/public-servants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public servants", description = "88号 公职人员诚信档案: records, the annual score and the star level. Readable only by the "
        + "区社会信用中心 (credit-officer of 张店区), the servant's own unit (dept claim), auditors, admins and the servant.")
public class PublicServantResource {

    static final String READERS = " Readable only by the bodies 88号 gives the file to: the 区社会信用中心 (credit-officer of 张店区, "
            + "002:1494), the servant's own unit (a caller whose dept claim is the unit, 002:1492), auditors, admins, and the "
            + "servant (sub is the ID number); anyone else is refused (002:1475). Every read by another is audited.";

    @Inject
    Officers officers;

    @Inject
    ServantAccess access;

    @Inject
    Audit audit;

    @Inject
    RecordStore store;

    @Inject
    RecordChecks checks;

    @Inject
    PublicServantEngine engine;

    @Inject
    ParameterStore parameters;

    @Inject
    RecordActions actions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Open a public servant's integrity file", description = "张店区各级机关事业单位在编、在岗工作人员… (002:1477).")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = PublicServantView.class)))
    @APIResponse(responseCode = "409", description = "The file exists already")
    public Response register(@Valid @NotNull NewPublicServant body) {
        officers.requireJurisdiction();
        String id = id(body.idNumber());
        if (PublicServant.findById(id) != null) {
            throw ProblemException.conflict("credit.servant.exists", Masks.idNumber(id));
        }
        PublicServant s = new PublicServant();
        s.idNumber = id;
        s.name = body.name().strip();
        s.unit = body.unit().strip();
        s.post = body.post();
        s.category = body.category();
        s.jurisdiction = officers.jurisdiction();
        s.registeredBy = officers.caller().subject();
        s.registeredAt = OffsetDateTime.now();
        s.persist();
        audit.record("public-servant.registered", "PublicServant", Masks.idNumber(id), java.util.Map.of("unit", s.unit));
        return Response.created(URI.create("/api/v1/public-servants/" + id)).entity(PublicServantView.of(s, null)).build();
    }

    @GET
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List public servants, masked", description = "Filter by unit; ID numbers and names masked.")
    @APIResponse(responseCode = "200", description = "A page of servants")
    public Page<PublicServantListItem> list(@QueryParam("unit") @Size(max = 200) String unit, @BeanParam @Valid PageRequest paging) {
        officers.requireJurisdiction();
        var query = unit == null ? PublicServant.<PublicServant>findAll(Sort.by("unit").and("idNumber"))
                : PublicServant.<PublicServant>find("unit", Sort.by("idNumber"), unit);
        return Page.of(query, paging, PublicServantListItem::of);
    }

    @GET
    @Path("{idNumber}")
    @Authenticated
    @Operation(summary = "Read a public servant's file", description = "The 基础信息 of the file." + READERS)
    @APIResponse(responseCode = "200", description = "The file")
    public PublicServantView get(@PathParam("idNumber") @Parameter(example = "370303198604122013") String idNumber,
            @QueryParam("purpose") @Size(max = 500) @Parameter(description = "Why the file is read (kept in the audit log)") String purpose) {
        PublicServant s = servant(idNumber);
        return PublicServantView.of(s, access.requireRead(s, "file", purpose));
    }

    @POST
    @Path("{idNumber}/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Enter a servant's credit record", description = "Daily work by the servant's own unit (本单位记录, 002:1493: the "
            + "caller's dept must be the unit); social conduct by the department that observed it (相关责任主体部门, 002:1492). Only "
            + "the recording department may correct or delete it.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(ref = "RecordViewServantRecordData")))
    public Response addRecord(@PathParam("idNumber") @Parameter(example = "370303198604122013") String idNumber,
            @Valid @NotNull RecordRequests.NewRecord<ServantRecordData> body) {
        PublicServant s = servant(idNumber);
        officers.requireJurisdiction();
        String dept = officers.department();
        if (body.record().recordSource() == ServantRecordData.RecordSource.DAILY_WORK && !dept.equals(s.unit)) {
            throw ProblemException.forbidden("credit.servant.not-own-unit", dept, s.unit);
        }
        CreditRecord r = actions.create(SubjectType.PUBLIC_SERVANT, s.idNumber, body, checks::servant, ServantRecordData::row,
                RecordActions.Effect.NONE);
        return Response.created(URI.create("/api/v1/public-servants/" + s.idNumber + "/records/" + r.id))
                .entity(RecordView.of(r, store, ServantRecordData.class, false)).build();
    }

    @GET
    @Path("{idNumber}/records")
    @Authenticated
    @Operation(summary = "List a servant's records", description = READERS)
    @APIResponse(responseCode = "200", description = "A page of records")
    public Page<RecordView<ServantRecordData>> records(@PathParam("idNumber") @Parameter(example = "370303198604122013") String idNumber,
            @QueryParam("purpose") @Size(max = 500) String purpose, @BeanParam @Valid PageRequest paging) {
        PublicServant s = servant(idNumber);
        access.requireRead(s, "records", purpose);
        return Page.of(CreditRecord.<CreditRecord>find("subjectType = ?1 and subjectId = ?2 and deleted = false", Sort.by("id"),
                SubjectType.PUBLIC_SERVANT, s.idNumber), paging, r -> RecordView.of(r, store, ServantRecordData.class, false));
    }

    @GET
    @Path("{idNumber}/records/{recordId}")
    @Authenticated
    @Operation(summary = "Get a servant's record with its history", description = READERS)
    @APIResponse(responseCode = "200", description = "The record")
    public RecordView<ServantRecordData> record(@PathParam("idNumber") @Parameter(example = "370303198604122013") String idNumber,
            @PathParam("recordId") long recordId, @QueryParam("purpose") @Size(max = 500) String purpose) {
        PublicServant s = servant(idNumber);
        access.requireRead(s, "record " + recordId, purpose);
        return RecordView.of(RecordActions.of(SubjectType.PUBLIC_SERVANT, s.idNumber, recordId), store, ServantRecordData.class, true);
    }

    @PUT
    @Path("{idNumber}/records/{recordId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Correct a servant's record", description = "Only the department that recorded it.")
    @APIResponse(responseCode = "200", description = "Corrected")
    public RecordView<ServantRecordData> correct(@PathParam("idNumber") @Parameter(example = "370303198604122013") String idNumber,
            @PathParam("recordId") long recordId, @Valid @NotNull RecordRequests.Correction<ServantRecordData> body) {
        PublicServant s = servant(idNumber);
        CreditRecord r = actions.correct(RecordActions.of(SubjectType.PUBLIC_SERVANT, s.idNumber, recordId), body, checks::servant,
                ServantRecordData::row, RecordActions.Effect.NONE);
        return RecordView.of(r, store, ServantRecordData.class, true);
    }

    @DELETE
    @Path("{idNumber}/records/{recordId}")
    @Transactional
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Delete a servant's record", description = "Only the department that recorded it; kept in the history.")
    @APIResponse(responseCode = "200", description = "Deleted")
    public RecordView<ServantRecordData> delete(@PathParam("idNumber") @Parameter(example = "370303198604122013") String idNumber,
            @PathParam("recordId") long recordId,
            @QueryParam("version") @Parameter(required = true) Long version,
            @QueryParam("reason") @Size(max = 1000) @Parameter(required = true) String reason,
            @QueryParam("on") LocalDate on, @QueryParam("objectionId") Long objectionId) {
        PublicServant s = servant(idNumber);
        CreditRecord r = actions.delete(RecordActions.of(SubjectType.PUBLIC_SERVANT, s.idNumber, recordId), version, reason, on, objectionId,
                RecordActions.Effect.NONE);
        return RecordView.of(r, store, ServantRecordData.class, true);
    }

    @POST
    @Path("{idNumber}/records/{recordId}/repair")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a repair of a servant's record", description = "通过按时履约、志愿服务、慈善捐助等方式修复信用 (002:1482); "
            + "what it does to the score is PS_REPAIRED_RECORD_EFFECT (三星 means 有不良记录但已经修复, 002:1499).")
    @APIResponse(responseCode = "200", description = "Recorded")
    public RecordView<ServantRecordData> repair(@PathParam("idNumber") @Parameter(example = "370303198604122013") String idNumber,
            @PathParam("recordId") long recordId, @Valid @NotNull RecordRequests.Repair body) {
        PublicServant s = servant(idNumber);
        CreditRecord r = RecordActions.of(SubjectType.PUBLIC_SERVANT, s.idNumber, recordId);
        actions.repair(r, body, store.read(r.data, ServantRecordData.class).formedOn(), RecordActions.Effect.NONE);
        return RecordView.of(r, store, ServantRecordData.class, true);
    }

    @GET
    @Path("{idNumber}/evaluation")
    @Authenticated
    @Operation(summary = "The servant's score and star level as of a day", description = "年度信用基础分为1000分 (002:1500), the annex "
            + "items in effect with principles (一)-(六) (002:1509-1514; a repeat within the validity counts double), the star level "
            + "(002:1502-1507) and its outcomes (002:1515-1531)." + READERS)
    @APIResponse(responseCode = "200", description = "The evaluation")
    public ServantEvaluation evaluation(@PathParam("idNumber") @Parameter(example = "370303198604122013") String idNumber,
            @QueryParam("asOf") @Parameter(description = "The day judged (default today)", example = "2022-10-31") LocalDate asOf,
            @QueryParam("knownAt") OffsetDateTime knownAt, @QueryParam("purpose") @Size(max = 500) String purpose) {
        PublicServant s = servant(idNumber);
        access.requireRead(s, "evaluation", purpose);
        LocalDate day = Dates.orToday(asOf);
        boolean registered = knownAt == null || !s.registeredAt.isAfter(knownAt);
        return engine.evaluate(new PublicServantEngine.Subject(s.idNumber, s.name, s.unit),
                registered ? store.records(SubjectType.PUBLIC_SERVANT, s.idNumber, knownAt, ServantRecordData.class) : java.util.List.of(),
                day, knownAt, parameters.snapshot(day, knownAt));
    }

    static String id(String id) {
        String s = id == null ? null : id.strip();
        if (!ResidentId.isValid(s)) {
            throw ProblemException.invalid("idNumber", "credit.person.id-number");
        }
        return s;
    }

    private static PublicServant servant(String idNumber) {
        String id = id(idNumber);
        PublicServant s = PublicServant.findById(id);
        if (s == null) {
            throw ProblemException.notFound("thing.public-servant", Masks.idNumber(id));
        }
        return s;
    }
}
