package cn.guihua.credit.objection;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import cn.guihua.credit.entity.MarketEntity;
import cn.guihua.credit.identity.CreditCode;
import cn.guihua.credit.identity.ResidentId;
import cn.guihua.credit.objection.ObjectionViews.NewObjection;
import cn.guihua.credit.objection.ObjectionViews.NewObjectionEvent;
import cn.guihua.credit.objection.ObjectionViews.ObjectionView;
import cn.guihua.credit.person.Person;
import cn.guihua.credit.record.CreditRecord;
import cn.guihua.credit.record.SubjectType;
import cn.guihua.credit.servant.PublicServant;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/objections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objections", description = "异议 (002:815, 002:2489) with the 3/7/2 working-day clocks on the system's calendar")
public class ObjectionResource {

    @Inject
    Officers officers;

    @Inject
    Objections objections;

    @Inject
    Audit audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record an objection received", description = "For an entity the receiving unit reviews, handles and notifies "
            + "within 3 working days when it is in its remit, 7 when other units must verify, and an error found is corrected "
            + "within 2 working days (002:815), counted on emergency-service's working-day calendar (the one calendar of the "
            + "system; OBJECTION_DAY_COUNT_START says whether the day of receipt counts, OBJECTION_CORRECTION_CLOCK_START when the "
            + "2 days start). When the calendar does not answer the objection is still recorded: its clocks say "
            + "CALENDAR_UNAVAILABLE and are computed again on reading and on a schedule. 89号 gives persons no deadlines "
            + "(PERSONAL_OBJECTION_DEADLINES); servants' results are reviewed in January (002:1496).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    public Response create(@Valid @NotNull NewObjection body) {
        officers.requireJurisdiction();
        String subject = subject(body.subjectType(), body.subjectId());
        if (body.recordId() != null) {
            CreditRecord r = CreditRecord.findById(body.recordId());
            if (r == null || r.subjectType != body.subjectType() || !r.subjectId.equals(subject)) {
                throw ProblemException.invalid("recordId", "credit.objection.record-other-subject", body.recordId());
            }
        }
        if (body.receivedOn().isAfter(Dates.today())) {
            throw ProblemException.invalid("receivedOn", "credit.record.future");
        }
        Objection o = new Objection();
        o.subjectType = body.subjectType();
        o.subjectId = subject;
        o.recordId = body.recordId();
        o.receivedOn = body.receivedOn();
        o.receivedBy = body.receivedBy() == null || body.receivedBy().isBlank() ? officers.department() : body.receivedBy().strip();
        o.withinRemit = body.withinRemit();
        o.needsOtherUnits = body.needsOtherUnits();
        o.verifyingUnits = objections.write(Objections.units(body.verifyingUnits()));
        o.claim = body.claim().strip();
        o.status = Objection.Status.OPEN;
        o.clocks = "[]";
        o.createdBy = officers.caller().subject();
        o.createdAt = OffsetDateTime.now();
        o.persist();
        objections.refresh(o);
        audit.record("objection.received", "Objection", o.id, body);
        Objection.getEntityManager().flush();
        return Response.created(URI.create("/api/v1/objections/" + o.id)).entity(objections.view(o, true, false)).build();
    }

    @GET
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List objections", description = "Filter by subject and status; persons' and servants' ID numbers and claims are masked.")
    @APIResponse(responseCode = "200", description = "A page of objections")
    public Page<ObjectionView> list(@QueryParam("subjectType") SubjectType subjectType,
            @QueryParam("subjectId") @Size(max = 18) @Parameter(example = "91370303MA3C0504X6") String subjectId,
            @QueryParam("status") Objection.Status status, @BeanParam @Valid PageRequest paging) {
        officers.requireJurisdiction();
        var query = Objection.<Objection>find("(:type is null or subjectType = :type) and (:subject is null or subjectId = :subject) "
                + "and (:status is null or status = :status)", Sort.descending("id"),
                Parameters.with("type", subjectType).and("subject", subjectId).and("status", status));
        return Page.of(query, paging, o -> objections.view(o, false, true));
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get an objection with its clocks and events", description = "Clocks the calendar could not compute are tried again.")
    @APIResponse(responseCode = "200", description = "The objection")
    public ObjectionView get(@PathParam("id") long id) {
        Objection o = objections.find(id);
        officers.requireJurisdiction();
        if (o.clocksPending) {
            objections.refresh(o);
            Objection.getEntityManager().flush();
        }
        return objections.view(o, true, false);
    }

    @POST
    @Path("{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.CREDIT_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record what happened to an objection", description = "ERROR_CONFIRMED (核查确实有误) starts the 2-day correction "
            + "clock when OBJECTION_CORRECTION_CLOCK_START = ERROR_CONFIRMED; APPLICANT_NOTIFIED meets the 3/7-day clock; the "
            + "correction itself is made by the recording department on the record (with objectionId).")
    @APIResponse(responseCode = "200", description = "The objection", content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    public Response event(@PathParam("id") long id, @Valid @NotNull NewObjectionEvent body) {
        Objection o = objections.find(id);
        officers.requireJurisdiction();
        ProblemException.requireVersion(body.version(), o.version);
        if (o.status == Objection.Status.CLOSED) {
            throw ProblemException.unprocessable("credit.objection.closed", id);
        }
        LocalDate on = Dates.orToday(body.on());
        if (on.isBefore(o.receivedOn) || on.isAfter(Dates.today())) {
            throw ProblemException.invalid("on", "credit.objection.event-date", o.receivedOn);
        }
        objections.event(o, body.type().name(), on, officers.caller().department(), null, body.note());
        audit.record("objection.event", "Objection", o.id, body);
        Objection.getEntityManager().flush();
        return Response.ok(objections.view(o, true, false)).build();
    }

    private String subject(SubjectType type, String id) {
        String s = id.strip();
        switch (type) {
            case MARKET_ENTITY -> {
                if (!CreditCode.isValid(s)) {
                    throw ProblemException.invalid("subjectId", "credit.entity.credit-code");
                }
                if (MarketEntity.findById(s) == null) {
                    throw ProblemException.unprocessable("credit.objection.subject-unknown", s);
                }
            }
            case PERSON -> {
                if (!ResidentId.isValid(s)) {
                    throw ProblemException.invalid("subjectId", "credit.person.id-number");
                }
                if (Person.findById(s) == null) {
                    throw ProblemException.unprocessable("credit.objection.subject-unknown", cn.guihua.credit.identity.Masks.idNumber(s));
                }
            }
            default -> {
                if (!ResidentId.isValid(s)) {
                    throw ProblemException.invalid("subjectId", "credit.person.id-number");
                }
                if (PublicServant.findById(s) == null) {
                    throw ProblemException.unprocessable("credit.objection.subject-unknown", cn.guihua.credit.identity.Masks.idNumber(s));
                }
            }
        }
        return s;
    }
}
