package cn.guihua.subsidy.application;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import cn.guihua.platform.audit.AuditEntry;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications and payments")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
public class ApplicationResource {

    @Inject
    Applications applications;

    @Inject
    Caller caller;

    @Inject
    cn.guihua.subsidy.notice.Notices notices;

    @Inject
    cn.guihua.subsidy.farmland.FundUseCheck fundUse;

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Submit an application", description = "One application per beneficiary, policy and benefit: a second "
            + "claim for the same listing stage or enrolment is 409. Enterprises by unified social credit code (GB 32100), persons "
            + "by resident ID number (GB 11643). Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "Already claimed")
    @APIResponse(responseCode = "422", description = "The policy takes no applications, or the person is not on record")
    public Response submit(@Valid @NotNull NewApplication body) {
        Application a = applications.create(body, Origin.APPLIED);
        return Response.created(URI.create("/api/v1/applications/" + a.id)).entity(applications.view(a, true)).build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List applications", description = "Personal beneficiaries' ID numbers and names are masked in lists. "
            + "Officers see their own jurisdiction and those below it.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<ApplicationView> list(
            @QueryParam("policy") @Size(max = 100) @Parameter(description = "A policy code (GET /api/v1/policies)", example = "LANSHAN_LISTING") String policy,
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Parameter(example = "371302") String jurisdiction,
            @QueryParam("status") ApplicationStatus status,
            @QueryParam("beneficiaryId") @Size(max = 100) @Parameter(description = "Credit code, ID number or division code") String beneficiaryId,
            @QueryParam("beneficiary") @Size(max = 100) @Parameter(deprecated = true, description = "Alias of beneficiaryId") String beneficiary,
            @BeanParam @Valid PageRequest paging) {
        String beneficiaryFilter = beneficiaryId != null ? beneficiaryId : beneficiary;
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String scope = caller.scope(jurisdiction);
        if (scope != null) {
            where.append(" and jurisdiction like :j");
            params.and("j", JurisdictionCodes.prefix(scope) + "%");
        }
        if (policy != null) {
            where.append(" and policyCode = :policy");
            params.and("policy", policy);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (beneficiaryFilter != null) {
            where.append(" and beneficiaryId = :b");
            params.and("b", beneficiaryFilter);
        }
        return Page.of(Application.<Application>find(where.toString(), Sort.by("submittedAt").and("id"), params), paging,
                a -> applications.view(a, false));
    }

    @GET
    @Path("applications/{id}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get an application with its frozen calculation", description = "Personal data in clear for the "
            + "subsidy officer of the jurisdiction, auditors and admins. With its public notice (公示) where the policy requires one, "
            + "as of `asOf` (today when absent), and its objections; `pendingReason` says why a decision could not be made.")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "404", description = "No such application")
    public ApplicationView get(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "The day the notice's status is given for; today when absent", example = "2024-06-21")
            LocalDate asOf) {
        Application a = applications.find(id);
        caller.requireJurisdiction(a.jurisdiction);
        return applications.view(a, applications.mayReveal(a.jurisdiction), asOf == null ? LocalDate.now() : asOf, true);
    }

    @POST
    @Path("applications/{id}/notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Post an approved application for public notice", description = "Where the policy requires a notice before "
            + "payment: 张店区's recognised headquarters are posted for 7 days, counted from the day after posting "
            + "(PUBLIC_NOTICE_FIRST_DAY_COUNTED), and paid only after it ends without objection (002:246-247). Once.")
    @APIResponse(responseCode = "201", description = "Posted: the application with its notice")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not approved, or posted already")
    @APIResponse(responseCode = "422", description = "The policy requires no notice of applications")
    public Response notice(@PathParam("id") UUID id, @Valid @NotNull cn.guihua.subsidy.notice.NoticeRequests.NewNotice body) {
        applications.postNotice(id, body);
        Application a = applications.find(id);
        return Response.status(Response.Status.CREATED).entity(applications.view(a, true, body.postedOn(), true)).build();
    }

    @POST
    @Path("applications/{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record an objection to an application", description = "To its notice (raised during it, it holds the "
            + "approval and payment until resolved; raised after it, it is recorded and holds nothing) or to its decision (counted in "
            + "政企直通车's 异议处理率 by the item's department).")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such application")
    public Response object(@PathParam("id") UUID id, @Valid @NotNull cn.guihua.subsidy.notice.NoticeRequests.NewObjection body) {
        cn.guihua.subsidy.notice.Objection o = applications.object(id, body);
        return Response.status(Response.Status.CREATED).entity(objectionView(o)).build();
    }

    @POST
    @Path("applications/{id}/objections/{objectionId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Resolve an objection", description = "DISMISSED: the notice passes once it has run; UPHELD during the notice: "
            + "the application is rejected (公示无异议的，准予通过, 002:246).")
    @APIResponse(responseCode = "200", description = "Resolved")
    @APIResponse(responseCode = "404", description = "No such application or objection")
    @APIResponse(responseCode = "409", description = "Stale version or resolved already")
    public cn.guihua.subsidy.notice.NoticeView.ObjectionView resolve(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
            @Valid @NotNull cn.guihua.subsidy.notice.NoticeRequests.Resolution body) {
        return objectionView(applications.resolve(id, objectionId, body));
    }

    private cn.guihua.subsidy.notice.NoticeView.ObjectionView objectionView(cn.guihua.subsidy.notice.Objection o) {
        cn.guihua.subsidy.notice.PublicNotice n = o.noticeId == null ? null : cn.guihua.subsidy.notice.PublicNotice.findById(o.noticeId);
        return notices.view(o, n, n == null ? null : notices.current(n, false).endsOn());
    }

    @GET
    @Path("applications/{id}/history")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Who did what to an application, when", description = "From the audit trail, oldest first.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such application")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        Application a = applications.find(id);
        caller.requireJurisdiction(a.jurisdiction);
        return AuditEntry.<AuditEntry>list("entityType = ?1 and entityId = ?2", Sort.by("id"), "Application", id.toString()).stream()
                .map(e -> new HistoryEntry(e.at, e.actor, e.action)).toList();
    }

    @Schema(description = "One step in an application's life")
    public record HistoryEntry(@NotNull OffsetDateTime at, @NotNull @Schema(example = "subsidy-officer@371302") String actor,
            @NotNull @Schema(example = "application.approved") String action) {
    }

    @POST
    @Path("applications/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Start reviewing a submitted application")
    @APIResponse(responseCode = "200", description = "Under review")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version or not submitted")
    public ApplicationView review(@PathParam("id") UUID id, @Valid @NotNull VersionOnly body) {
        return applications.view(applications.startReview(id, body.version()), true);
    }

    @POST
    @Path("applications/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Approve or reject an application", description = "Approval calculates the amount under the rules of the "
            + "day of the event the benefit is for (`eventOn`; the decision day when absent) and freezes the calculation and its "
            + "explanation into the application. Fiscal funds to an enterprise (listing, headquarters and farmland awards) are "
            + "decided only after credit-service gave its level on the decision day: a 严重失信 (D) entity is rejected, quoting "
            + "002:808, and the check is a step of the explanation; when credit-service does not answer nothing is decided, the "
            + "reason is kept on the application (`pendingReason`) and the answer is 503. A rejection needs a reason.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version or decided already")
    @APIResponse(responseCode = "422", description = "Not eligible, or the standard is not configured")
    @APIResponse(responseCode = "503", description = "credit-service did not answer: the application stays pending with the reason")
    public ApplicationView decide(@PathParam("id") UUID id, @Valid @NotNull Decision body) {
        return applications.view(applications.decide(id, body), true);
    }

    @POST
    @Path("applications/{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record the payment of an approved application", description = "Pays the frozen amount once. Where a "
            + "document requires a public notice nothing is paid before it is final: a payment during the notice, while its length "
            + "is not configured, or with an objection raised during it and not resolved is 409 naming the clause (002:246-247, "
            + "000:1745); an objection upheld is 422. A farmland award then owes a fund-use plan within a month (000:1775). Accepts "
            + "`Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Paid", content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not approved, paid already, or its notice is not final")
    @APIResponse(responseCode = "422", description = "An objection to its notice was upheld")
    public Response pay(@PathParam("id") UUID id, @Valid @NotNull NewPayment body) {
        Payment p = applications.pay(id, body);
        return Response.created(URI.create("/api/v1/payments/" + p.id)).entity(PaymentView.of(p)).build();
    }

    @GET
    @Path("payments")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List payments", description = "Filter by beneficiaryId and policy; `fundUsePlanOverdueOn` lists farmland "
            + "awards whose fund-use plan was due before that date and is missing.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<PaymentView> payments(
            @QueryParam("beneficiaryId") @Size(max = 100) @Parameter(description = "Credit code, ID number or division code") String beneficiaryId,
            @QueryParam("beneficiary") @Size(max = 100) @Parameter(deprecated = true, description = "Alias of beneficiaryId") String beneficiary,
            @QueryParam("policy") @Size(max = 100) @Parameter(description = "A policy code (GET /api/v1/policies)", example = "HUAIYIN_FARMLAND") String policy,
            @QueryParam("fundUsePlanOverdueOn") @Parameter(example = "2024-08-15") LocalDate overdueOn,
            @BeanParam @Valid PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String beneficiaryFilter = beneficiaryId != null ? beneficiaryId : beneficiary;
        if (beneficiaryFilter != null) {
            where.append(" and beneficiaryId = :b");
            params.and("b", beneficiaryFilter);
        }
        if (policy != null) {
            where.append(" and policyCode = :p");
            params.and("p", policy);
        }
        if (overdueOn != null) {
            where.append(" and fundUsePlanDue < :d and fundUsePlanOn is null");
            params.and("d", overdueOn);
        }
        if (!caller.unscoped()) {
            where.append(" and applicationId in (select a.id from Application a where a.jurisdiction like :j)");
            params.and("j", JurisdictionCodes.prefix(caller.jurisdiction()) + "%");
        }
        return Page.of(Payment.find(where.toString(), Sort.by("paidOn").and("id"), params), paging, PaymentView::of);
    }

    @GET
    @Path("payments/{id}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get a payment", description = "Officers see the payments of applications in their jurisdiction.")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "404", description = "No such payment")
    public PaymentView payment(@PathParam("id") UUID id) {
        return PaymentView.of(applications.payment(id));
    }

    @POST
    @Path("payments/{id}/fund-use-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record that a farmland award's fund-use plan was adopted", description = "With its lines, each is "
            + "checked against the permitted uses (000:1761-1777) and the check is kept with the payment (`fundUsePlan`).")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such payment")
    public PaymentView fundUsePlan(@PathParam("id") UUID id, @Valid @NotNull FundUsePlan body) {
        Payment p = applications.payment(id);
        cn.guihua.subsidy.farmland.FundUseCheck.Result check = body.lines() == null || body.lines().isEmpty() ? null
                : fundUse.check(new cn.guihua.subsidy.farmland.FundUseCheck.Request(null, p.amount, p.paidOn, body.adoptedOn(), body.published(),
                        body.lines()));
        return PaymentView.of(applications.fundUsePlan(id, body, check));
    }
}
