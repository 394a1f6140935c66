package cn.guihua.credit.person;

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
import cn.guihua.credit.engine.Clause;
import cn.guihua.credit.engine.PersonalEngine;
import cn.guihua.credit.engine.PersonalEvaluation;
import cn.guihua.credit.identity.Masks;
import cn.guihua.credit.identity.ResidentId;
import cn.guihua.credit.parameter.ParameterStore;
import cn.guihua.credit.person.PersonViews.NewPerson;
import cn.guihua.credit.person.PersonViews.PersonListItem;
import cn.guihua.credit.person.PersonViews.PersonView;
import cn.guihua.credit.person.PersonViews.UseCheck;
import cn.guihua.credit.person.PersonViews.UseDecision;
import cn.guihua.credit.record.CreditRecord;
import cn.guihua.credit.record.PersonRecordData;
import cn.guihua.credit.record.RecordActions;
import cn.guihua.credit.record.RecordChecks;
import cn.guihua.credit.record.RecordRequests;
import cn.guihua.credit.record.RecordStore;
import cn.guihua.credit.record.RecordView;
import cn.guihua.credit.record.SubjectType;
import cn.guihua.credit.rules.Rules;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "89号 爱张店·诚信分. The score must not restrict basic public services and is no ground for "
        + "joint punishment (002:2439): no refusal reason may be derived from it.")
public class PersonResource {

    static final String NOTICE = " 个人诚信积分不能用于失信联合惩戒，不能限制个人享受基本公共服务 (002:2439): no service may derive a refusal "
            + "reason from it.";

    @Inject
    Officers officers;

    @Inject
    PersonalAccess access;

    @Inject
    Audit audit;

    @Inject
    RecordStore store;

    @Inject
    RecordChecks checks;

    @Inject
    PersonalEngine engine;

    @Inject
    ParameterStore parameters;

    @Inject
    RecordActions actions;

    @Inject
    Rules rules;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Take a resident into the scheme", description = "Residents of 张店区 aged 18 and over, 户籍 or 居住证 "
            + "(002:2434); the ID number's check digit is verified (GB 11643). Whether they are in scope is judged on each day asked.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", description = "Registered already")
    public Response register(@Valid @NotNull NewPerson body) {
        officers.requireJurisdiction();
        String id = id(body.idNumber(), "idNumber");
        LocalDate birth = ResidentId.birthDate(id);
        if (body.birthDate() != null && !body.birthDate().equals(birth)) {
            throw ProblemException.invalid("birthDate", "credit.person.birth-date", birth);
        }
        if (Person.findById(id) != null) {
            throw ProblemException.conflict("credit.person.exists", Masks.idNumber(id));
        }
        Person p = new Person();
        p.idNumber = id;
        p.name = body.name().strip();
        p.birthDate = birth;
        p.residency = body.residency();
        p.jurisdiction = officers.jurisdiction();
        p.registeredBy = officers.caller().subject();
        p.registeredAt = OffsetDateTime.now();
        p.persist();
        audit.record("person.registered", "Person", Masks.idNumber(id), java.util.Map.of("residency", body.residency()));
        return Response.created(URI.create("/api/v1/persons/" + id)).entity(PersonView.of(p)).build();
    }

    @GET
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List persons, masked", description = "ID numbers and names are masked (3703**********555X, 孙*).")
    @APIResponse(responseCode = "200", description = "A page of persons")
    public Page<PersonListItem> list(@BeanParam @Valid PageRequest paging) {
        officers.requireJurisdiction();
        return Page.of(Person.<Person>findAll(Sort.by("registeredAt").and("idNumber")), paging, PersonListItem::of);
    }

    @GET
    @Path("{idNumber}")
    @Authenticated
    @Operation(summary = "Read a person's record", description = "The person reads their own (the token's sub is the ID number). Anyone "
            + "else needs a reading role (credit-officer of 张店区, auditor, admin), the authorisation (授权（委托）证明) and the agreed "
            + "purpose (002:2487); every such read, allowed or refused, is in the audit log (002:2490)." + NOTICE)
    @APIResponse(responseCode = "200", description = "The person")
    public PersonView get(@PathParam("idNumber") @Parameter(example = "37030319880808555X") String idNumber,
            @QueryParam("purpose") @Size(max = 500) @Parameter(description = "约定的查询用途; required to read someone else's record",
                    example = "行政审批：个人信用承诺核查") String purpose,
            @QueryParam("authorisation") @Size(max = 500) @Parameter(description = "授权（委托）证明 reference; required to read someone else's record",
                    example = "授权书 2022-0012") String authorisation) {
        String id = id(idNumber, "idNumber");
        access.requireRead(id, "person", purpose, authorisation);
        return PersonView.of(person(id));
    }

    @POST
    @Path("{idNumber}/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Enter a personal credit record", description = "By its 信息提供主体 (the caller's dept claim), the only one that "
            + "may correct or delete it. Range rows carry the points fixed case by case (一事一议, 002:2464); a record of a "
            + "conduct with several rows counts at its highest (principle 1), several sanctions add up (principle 2): say the "
            + "conduct and the sanction.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(ref = "RecordViewPersonRecordData")))
    public Response addRecord(@PathParam("idNumber") @Parameter(example = "37030319880808555X") String idNumber,
            @Valid @NotNull RecordRequests.NewRecord<PersonRecordData> body) {
        officers.requireJurisdiction();
        Person p = person(id(idNumber, "idNumber"));
        CreditRecord r = actions.create(SubjectType.PERSON, p.idNumber, body, checks::person, PersonRecordData::row, RecordActions.Effect.NONE);
        return Response.created(URI.create("/api/v1/persons/" + p.idNumber + "/records/" + r.id))
                .entity(RecordView.of(r, store, PersonRecordData.class, false)).build();
    }

    @GET
    @Path("{idNumber}/records")
    @Authenticated
    @Operation(summary = "List a person's records", description = "Self, or a reading role with authorisation and purpose (002:2487), "
            + "audited." + NOTICE)
    @APIResponse(responseCode = "200", description = "A page of records")
    public Page<RecordView<PersonRecordData>> records(@PathParam("idNumber") @Parameter(example = "37030319880808555X") String idNumber,
            @QueryParam("purpose") @Size(max = 500) @Parameter(description = "约定的查询用途 (reading someone else's)") String purpose,
            @QueryParam("authorisation") @Size(max = 500) @Parameter(description = "授权（委托）证明 (reading someone else's)") String authorisation,
            @BeanParam @Valid PageRequest paging) {
        String id = id(idNumber, "idNumber");
        access.requireRead(id, "records", purpose, authorisation);
        Person p = person(id);
        return Page.of(CreditRecord.<CreditRecord>find("subjectType = ?1 and subjectId = ?2 and deleted = false", Sort.by("id"),
                SubjectType.PERSON, p.idNumber), paging, r -> RecordView.of(r, store, PersonRecordData.class, false));
    }

    @GET
    @Path("{idNumber}/records/{recordId}")
    @Authenticated
    @Operation(summary = "Get a personal record with its history", description = "Self, or a reading role with authorisation and purpose, audited.")
    @APIResponse(responseCode = "200", description = "The record")
    public RecordView<PersonRecordData> record(@PathParam("idNumber") @Parameter(example = "37030319880808555X") String idNumber,
            @PathParam("recordId") long recordId,
            @QueryParam("purpose") @Size(max = 500) @Parameter(description = "约定的查询用途 (reading someone else's)") String purpose,
            @QueryParam("authorisation") @Size(max = 500) @Parameter(description = "授权（委托）证明 (reading someone else's)") String authorisation) {
        String id = id(idNumber, "idNumber");
        access.requireRead(id, "record " + recordId, purpose, authorisation);
        return RecordView.of(RecordActions.of(SubjectType.PERSON, person(id).idNumber, recordId), store, PersonRecordData.class, true);
    }

    @PUT
    @Path("{idNumber}/records/{recordId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Correct a personal record", description = "Only the provider that recorded it; 对行政、司法处理结果发生变更…记分存在错误"
            + "…应及时更新个人的诚信积分 (002:2489).")
    @APIResponse(responseCode = "200", description = "Corrected")
    public RecordView<PersonRecordData> correct(@PathParam("idNumber") @Parameter(example = "37030319880808555X") String idNumber,
            @PathParam("recordId") long recordId, @Valid @NotNull RecordRequests.Correction<PersonRecordData> body) {
        officers.requireJurisdiction();
        Person p = person(id(idNumber, "idNumber"));
        CreditRecord r = actions.correct(RecordActions.of(SubjectType.PERSON, p.idNumber, recordId), body, checks::person, PersonRecordData::row,
                RecordActions.Effect.NONE);
        return RecordView.of(r, store, PersonRecordData.class, true);
    }

    @DELETE
    @Path("{idNumber}/records/{recordId}")
    @Transactional
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Delete a personal record", description = "Only the provider that recorded it (记分存在错误, 002:2489); kept in the history.")
    @APIResponse(responseCode = "200", description = "Deleted")
    public RecordView<PersonRecordData> delete(@PathParam("idNumber") @Parameter(example = "37030319880808555X") String idNumber,
            @PathParam("recordId") long recordId,
            @QueryParam("version") @Parameter(required = true, description = "The version read") Long version,
            @QueryParam("reason") @Size(max = 1000) @Parameter(required = true, example = "记分存在错误") String reason,
            @QueryParam("on") @Parameter(description = "The day (default today)") LocalDate on,
            @QueryParam("objectionId") Long objectionId) {
        officers.requireJurisdiction();
        Person p = person(id(idNumber, "idNumber"));
        CreditRecord r = actions.delete(RecordActions.of(SubjectType.PERSON, p.idNumber, recordId), version, reason, on, objectionId,
                RecordActions.Effect.NONE);
        return RecordView.of(r, store, PersonRecordData.class, true);
    }

    @POST
    @Path("{idNumber}/records/{recordId}/repair")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Repair a record to −80 for 2 years (002:2488)", description = "对拒不履行法定义务…在主动履行法定义务后，经信息"
            + "提供单位同意，信用修复为扣减诚信分80分，有效期2年: only the provider that recorded it agrees; the rows that can be "
            + "repaired are PERSONAL_REPAIR_ELIGIBLE_ROWS. From the day it agreed the original record (and its D) is replaced by "
            + "PE-15-02.")
    @APIResponse(responseCode = "200", description = "Repaired")
    public RecordView<PersonRecordData> repair(@PathParam("idNumber") @Parameter(example = "37030319790115321X") String idNumber,
            @PathParam("recordId") long recordId, @Valid @NotNull RecordRequests.Repair body) {
        officers.requireJurisdiction();
        Person p = person(id(idNumber, "idNumber"));
        CreditRecord r = RecordActions.of(SubjectType.PERSON, p.idNumber, recordId);
        if (body.repair().performedOn() == null || body.repair().performedOn().isAfter(body.repair().agreedOn())) {
            throw ProblemException.invalid("repair.performedOn", "credit.record.repair-performed");
        }
        actions.repair(r, body, store.read(r.data, PersonRecordData.class).formedOn(), RecordActions.Effect.NONE);
        return RecordView.of(r, store, PersonRecordData.class, true);
    }

    @GET
    @Path("{idNumber}/score")
    @Authenticated
    @Operation(summary = "The person's 爱张店·诚信分 as of a day, every item explained", description = "诚信积分=1000+加分分值-减分分值 "
            + "(002:2443) with the principles of 002:2456-2464, validity periods by size and level so that items end on their own "
            + "day (002:2467-2470), the annual no-deduction reward (002:2453), the D downgrade (002:2452), the level and its name. "
            + "Self, or a reading role with authorisation and purpose (002:2487), audited. knownAt reproduces what was known then."
            + NOTICE)
    @APIResponse(responseCode = "200", description = "The score")
    public PersonalEvaluation score(@PathParam("idNumber") @Parameter(example = "37030319880808555X") String idNumber,
            @QueryParam("asOf") @Parameter(description = "The day judged (default today)", example = "2023-03-01") LocalDate asOf,
            @QueryParam("knownAt") @Parameter(description = "As known at this instant (default now)") OffsetDateTime knownAt,
            @QueryParam("purpose") @Size(max = 500) @Parameter(description = "约定的查询用途 (reading someone else's)") String purpose,
            @QueryParam("authorisation") @Size(max = 500) @Parameter(description = "授权（委托）证明 (reading someone else's)") String authorisation) {
        String id = id(idNumber, "idNumber");
        access.requireRead(id, "score", purpose, authorisation);
        Person p = person(id);
        LocalDate day = Dates.orToday(asOf);
        boolean registered = knownAt == null || !p.registeredAt.isAfter(knownAt);
        return engine.evaluate(new PersonalEngine.Subject(p.idNumber, p.name, p.birthDate, p.residency.name()),
                registered ? store.records(SubjectType.PERSON, p.idNumber, knownAt, PersonRecordData.class) : java.util.List.of(), day, knownAt,
                parameters.snapshot(day, knownAt));
    }

    @POST
    @Path("use-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "May the score be used so?", description = "个人诚信积分不能用于失信联合惩戒，不能限制个人享受基本公共服务 (002:2439): "
            + "JOINT_PUNISHMENT, REFUSE_BASIC_PUBLIC_SERVICE and RESTRICT_BASIC_PUBLIC_SERVICE are refused; the 信用惠民 incentives "
            + "(002:2472-2483) are what it is for.")
    @APIResponse(responseCode = "200", description = "The decision")
    public UseDecision useCheck(@Valid @NotNull UseCheck body) {
        var rule = rules.personal().principlesOfUse().mustNotRestrictBasicPublicServices();
        boolean allowed = body.use() == UseCheck.Use.INCENTIVE || body.use() == UseCheck.Use.OTHER;
        Clause clause = body.use() == UseCheck.Use.INCENTIVE
                ? Clause.of(rules.personal().incentives().path("source").asText(), rules.personal().incentives().path("quote").asText())
                : Clause.of(rule.source(), rule.quote());
        return new UseDecision(body.use(), body.service(), allowed, clause);
    }

    static String id(String id, String field) {
        String s = id == null ? null : id.strip();
        if (!ResidentId.isValid(s)) {
            throw ProblemException.invalid(field, "credit.person.id-number");
        }
        return s;
    }

    private Person person(String id) {
        Person p = Person.findById(id);
        if (p == null) {
            throw ProblemException.notFound("thing.person", Masks.idNumber(id));
        }
        return p;
    }
}
