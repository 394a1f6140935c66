package cn.guihua.emergency.plan;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.catalogue.EventCategory;
import cn.guihua.emergency.filing.Filing;
import cn.guihua.emergency.filing.FilingView;
import cn.guihua.emergency.filing.Filings;
import cn.guihua.emergency.revision.RevisionTrigger;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Emergency plans at {@value #PATH}. {@link LegacyEmergencyPlanResource} serves the same operations at the former
 * {@code /api/v1/plans}, deprecated for one release (plan-service's plans live there).
 */
@Path(EmergencyPlanResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emergency plans")
public class EmergencyPlanResource {

    public static final String PATH = "/api/v1/emergency-plans";

    private static final String EXAMPLE_SPECIAL_PLAN = "{\"jurisdiction\":\"370104\",\"title\":\"槐荫区防汛应急预案\",\"planType\":\"SPECIAL\","
            + "\"category\":\"NATURAL\",\"eventTypes\":[\"防汛\"],\"leadDepartments\":[\"区水务局\"],"
            + "\"draftingUnit\":\"区水务局\",\"approvingBody\":\"槐荫区人民政府\","
            + "\"parentPlanId\":\"00000000-0000-4000-8000-000000000001\"}";
    private static final String EXAMPLE_PUBLISH = "{\"to\":\"PUBLISHED\",\"reason\":\"区政府审批通过后印发\",\"issueDate\":\"2022-11-24\","
            + "\"documentNumber\":\"槐政办字〔2022〕9号\",\"version\":3}";

    @Inject
    Caller caller;

    @Inject
    Plans plans;

    @Inject
    Filings filings;

    @Inject
    PlanEvents events;

    @Inject
    Audit audit;

    @GET
    @PermitAll
    @Operation(summary = "List emergency plans", description = "The public sees the metadata of issued plans; emergency "
            + "managers also see their jurisdiction's plans in preparation, auditors and admins everything. `jurisdiction` "
            + "includes the levels below it.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<PlanView> list(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction,
            @QueryParam("planType") PlanType planType,
            @QueryParam("type") @Parameter(deprecated = true, description = "Alias of planType") PlanType type,
            @QueryParam("category") EventCategory category,
            @QueryParam("status") PlanStatus status,
            @QueryParam("title") @Size(max = 200) @Parameter(description = "Part of the title", example = "药品") String title,
            @QueryParam("q") @Size(max = 200) @Parameter(deprecated = true, description = "Alias of title") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) @Parameter(description = Page.SIZE_DOC) int size) {
        PlanType kind = planType != null ? planType : type;
        String part = title != null ? title : q;
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (jurisdiction != null) {
            where.append(" and jurisdiction like :prefix");
            params.and("prefix", JurisdictionCodes.prefix(jurisdiction) + "%");
        }
        if (kind != null) {
            where.append(" and planType = :type");
            params.and("type", kind);
        }
        if (category != null) {
            where.append(" and category = :category");
            params.and("category", category);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (part != null && !part.isBlank()) {
            where.append(" and title like :title");
            params.and("title", "%" + part.strip() + "%");
        }
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.AUDITOR)) {
            if (caller.hasRole(Roles.EMERGENCY_MANAGER) && caller.jurisdiction() != null) {
                where.append(" and (status in :issued or jurisdiction like :own)");
                params.and("own", JurisdictionCodes.prefix(caller.jurisdiction()) + "%");
            } else {
                where.append(" and status in :issued");
            }
            params.and("issued", PlanStatus.ISSUED);
        }
        return Page.of(EmergencyPlan.find(where.toString(), Sort.by("jurisdiction").and("title"), params), page, size, PlanView::of);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Get one plan's metadata", description = "Public for issued plans; a plan in preparation only "
            + "for the emergency managers of its jurisdiction, auditors and admins (404 for everyone else).")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller")
    public PlanView get(@PathParam("id") UUID id) {
        return PlanView.of(plans.readable(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Register a plan (starts in DRAFTING)", description = "Emergency managers, in their jurisdiction. "
            + "A special plan needs an event category and at least one lead department. The parent plan (上位预案) must "
            + "belong to the same or a higher jurisdiction (下级服从上级, 000:1575).")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response create(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "specialPlan", value = EXAMPLE_SPECIAL_PLAN)))
            @Valid @NotNull NewPlan body) {
        Plans.requireValidJurisdiction(body.jurisdiction());
        caller.requireJurisdiction(body.jurisdiction());
        List<String> leads = stripped(body.leadDepartments());
        checkSpecial(body.planType(), body.category(), leads);
        checkEnterprise(body.planType(), body.enterpriseKind());
        checkRelated("parentPlanId", body.parentPlanId(), body.jurisdiction());
        checkRelated("supersedesPlanId", body.supersedesPlanId(), body.jurisdiction());
        EmergencyPlan p = new EmergencyPlan();
        p.id = UUID.randomUUID();
        p.jurisdiction = body.jurisdiction();
        p.title = body.title().strip();
        p.planType = body.planType();
        p.category = body.category();
        p.eventTypes = stripped(body.eventTypes());
        p.leadDepartments = leads;
        p.draftingUnit = body.draftingUnit();
        p.approvingBody = body.approvingBody();
        p.documentNumber = body.documentNumber();
        p.interpretingBody = body.interpretingBody();
        p.parentPlanId = body.parentPlanId();
        p.supersedesPlanId = body.supersedesPlanId();
        p.attachments = stripped(body.attachments());
        p.enterpriseKind = body.enterpriseKind();
        p.status = PlanStatus.DRAFTING;
        p.createdAt = p.updatedAt = OffsetDateTime.now();
        p.persist();
        plans.recordTransition(p, null, PlanStatus.DRAFTING, null, Plans.recorded("plan.reason.registered"));
        audit.record("plan.created", "EmergencyPlan", p.id, body);
        EmergencyPlan.getEntityManager().flush();
        return Response.created(URI.create(PATH + "/" + p.id)).entity(PlanView.of(p)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Replace a plan's metadata", description = "Emergency managers, in the plan's jurisdiction. Not for "
            + "superseded or repealed plans. Optimistic concurrency: send the version you read; a stale one gets 409.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "Stale version, or the plan is superseded or repealed")
    public PlanView update(@PathParam("id") UUID id, @Valid @NotNull PlanUpdate body) {
        EmergencyPlan plan = plans.writable(id);
        ProblemException.requireVersion(body.version(), plan.version);
        if (plan.status == PlanStatus.SUPERSEDED || plan.status == PlanStatus.REPEALED) {
            throw ProblemException.conflict(plan.status == PlanStatus.REPEALED ? "plan.repealed-unchangeable"
                    : "plan.superseded-unchangeable");
        }
        List<String> leads = stripped(body.leadDepartments());
        checkSpecial(plan.planType, body.category(), leads);
        checkEnterprise(plan.planType, body.enterpriseKind());
        checkRelated("parentPlanId", body.parentPlanId(), plan.jurisdiction);
        plan.title = body.title().strip();
        plan.category = body.category();
        plan.eventTypes = stripped(body.eventTypes());
        plan.leadDepartments = leads;
        plan.draftingUnit = body.draftingUnit();
        plan.approvingBody = body.approvingBody();
        plan.documentNumber = body.documentNumber();
        plan.interpretingBody = body.interpretingBody();
        plan.parentPlanId = body.parentPlanId();
        plan.attachments = stripped(body.attachments());
        plan.enterpriseKind = body.enterpriseKind();
        plan.updatedAt = OffsetDateTime.now();
        audit.record("plan.updated", "EmergencyPlan", plan.id, body);
        EmergencyPlan.getEntityManager().flush();
        return PlanView.of(plan);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Move a plan through its lifecycle", description = "Records who, when and why. Allowed moves: "
            + "DRAFTING→CONSULTATION→REVIEW→APPROVAL→PUBLISHED (special plans cannot skip REVIEW); PUBLISHED→IN_FORCE once "
            + "every filing is recorded; PUBLISHED/IN_FORCE→UNDER_EVALUATION, UNDER_REVISION (with revisionKind), SUPERSEDED, "
            + "REPEALED; a MAJOR revision goes back to CONSULTATION, a MINOR one may be re-issued directly (000:1623). "
            + "Publishing needs the issue date, opens the filing duties of the jurisdiction's rules, resolves open revision "
            + "triggers and emits `cn.guihua.emergency.plan.published.v1`.")
    @APIResponse(responseCode = "200", description = "The plan after the move")
    @APIResponse(responseCode = "409", description = "Illegal transition, or a stale version")
    public PlanView transition(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "publish", value = EXAMPLE_PUBLISH)))
            @Valid @NotNull TransitionRequest body) {
        EmergencyPlan plan = plans.writable(id);
        ProblemException.requireVersion(body.version(), plan.version);
        boolean outstanding = plan.issueDate != null
                && Filing.count("planId = ?1 and issueDate = ?2 and filedOn is null", plan.id, plan.issueDate) > 0;
        Lifecycle.check(plan, body.to(), outstanding);
        PlanStatus from = plan.status;
        if (body.to() == PlanStatus.UNDER_REVISION) {
            if (body.revisionKind() == null) {
                throw ProblemException.invalid("revisionKind", "plan.revision-kind-required");
            }
            plan.revisionKind = body.revisionKind();
        }
        RevisionKind recordedKind = plan.revisionKind;
        // Every change to the plan comes before publish() runs queries, so the flush bumps the version once.
        plan.status = body.to();
        plan.updatedAt = OffsetDateTime.now();
        if (body.to() == PlanStatus.PUBLISHED) {
            publish(plan, body);
        }
        if (body.to() == PlanStatus.REPEALED || body.to() == PlanStatus.SUPERSEDED) {
            plan.endedOn = LocalDate.now(Lifecycle.ZONE);
        }
        plans.recordTransition(plan, from, body.to(), recordedKind, body.reason().strip());
        audit.record("plan.transition", "EmergencyPlan", plan.id, body);
        EmergencyPlan.getEntityManager().flush();
        return PlanView.of(plan);
    }

    private void publish(EmergencyPlan plan, TransitionRequest body) {
        if (body.issueDate() == null) {
            throw ProblemException.invalid("issueDate", "plan.issue-date-required");
        }
        if (plan.issueDate != null && !body.issueDate().isAfter(plan.issueDate)) {
            throw ProblemException.invalid("issueDate", "plan.issue-date-not-later", plan.issueDate);
        }
        boolean reissue = plan.issueDate != null;
        plan.issueDate = body.issueDate();
        if (body.documentNumber() != null) {
            plan.documentNumber = body.documentNumber().strip();
        }
        if (plan.revisionKind == RevisionKind.MAJOR) {
            plan.majorRevisionIssuedOn = plan.issueDate;
        }
        PlanEdition edition = new PlanEdition();
        edition.planId = plan.id;
        edition.issueDate = plan.issueDate;
        edition.documentNumber = plan.documentNumber;
        edition.revisionKind = reissue ? plan.revisionKind : null;
        edition.createdAt = OffsetDateTime.now();
        edition.persist();
        plan.revisionKind = null;
        if (reissue) {
            RevisionTrigger.update("resolvedOn = ?1 where planId = ?2 and resolvedOn is null", plan.issueDate, plan.id);
        }
        List<Filing> opened = filings.open(plan);
        List<Map<String, Object>> duties = new ArrayList<>();
        for (FilingView f : filings.views(opened, plan.issueDate)) {
            Map<String, Object> duty = new LinkedHashMap<>();
            duty.put("filingId", f.id().toString());
            duty.put("recipient", f.recipient());
            duty.put("dueOn", f.dueOn() == null ? null : f.dueOn().toString());
            duty.put("dueNote", f.dueNote());
            duties.add(duty);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planType", plan.planType);
        data.put("category", plan.category);
        data.put("documentNumber", plan.documentNumber);
        data.put("issueDate", plan.issueDate.toString());
        data.put("reissue", reissue);
        data.put("filings", duties);
        events.publish(PlanEvents.PUBLISHED, plan, data);
        supersede(plan);
    }

    /** Publishing a plan that replaces another moves the old one to SUPERSEDED where its lifecycle allows. */
    private void supersede(EmergencyPlan plan) {
        if (plan.supersedesPlanId == null) {
            return;
        }
        EmergencyPlan old = EmergencyPlan.findById(plan.supersedesPlanId);
        if (old != null && Lifecycle.next(old).contains(PlanStatus.SUPERSEDED)) {
            PlanStatus from = old.status;
            old.status = PlanStatus.SUPERSEDED;
            old.endedOn = plan.issueDate;
            old.updatedAt = OffsetDateTime.now();
            plans.recordTransition(old, from, PlanStatus.SUPERSEDED, null, Plans.recorded("plan.reason.superseded", plan.title, plan.issueDate));
            audit.record("plan.transition", "EmergencyPlan", old.id, Map.of("to", PlanStatus.SUPERSEDED, "by", plan.id));
        }
    }

    @GET
    @Path("{id}/transitions")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "A plan's lifecycle history", description = "Every move with who, when and why, oldest first. "
            + "For the emergency managers of the plan's jurisdiction, auditors and admins.")
    @APIResponse(responseCode = "200", description = "The history")
    public List<TransitionView> transitions(@PathParam("id") UUID id) {
        EmergencyPlan plan = plans.inspectable(id);
        return PlanTransition.<PlanTransition>list("planId", Sort.by("id"), plan.id).stream().map(TransitionView::of).toList();
    }

    @GET
    @Path("{id}/supporting-documents")
    @PermitAll
    @Operation(summary = "A plan's supporting documents", description = "Work manuals and action plans; public for issued plans.")
    @APIResponse(responseCode = "200", description = "The documents")
    public List<SupportingDocumentView> documents(@PathParam("id") UUID id) {
        EmergencyPlan plan = plans.readable(id);
        return SupportingDocument.<SupportingDocument>list("planId", Sort.by("createdAt"), plan.id).stream()
                .map(SupportingDocumentView::of).toList();
    }

    @GET
    @Path("{id}/supporting-documents/{documentId}")
    @PermitAll
    @Operation(summary = "One supporting document of a plan", description = "Public for issued plans, like the plan itself.")
    @APIResponse(responseCode = "200", description = "The document")
    public SupportingDocumentView document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        EmergencyPlan plan = plans.readable(id);
        SupportingDocument d = SupportingDocument.findById(documentId);
        if (d == null || !d.planId.equals(plan.id)) {
            throw ProblemException.notFound("thing.supporting-document", documentId);
        }
        return SupportingDocumentView.of(d);
    }

    @POST
    @Path("{id}/supporting-documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Add a work manual or action plan to a plan")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = SupportingDocumentView.class)))
    public Response addDocument(@PathParam("id") UUID id, @Valid @NotNull NewSupportingDocument body) {
        EmergencyPlan plan = plans.writable(id);
        SupportingDocument d = new SupportingDocument();
        d.id = UUID.randomUUID();
        d.planId = plan.id;
        d.kind = body.kind();
        d.title = body.title().strip();
        d.approvedBy = body.approvedBy();
        d.approvedOn = body.approvedOn();
        d.reference = body.reference();
        d.createdAt = OffsetDateTime.now();
        d.persist();
        audit.record("plan.supporting-document.added", "EmergencyPlan", plan.id, body);
        return Response.created(URI.create(PATH + "/" + plan.id + "/supporting-documents/" + d.id)).entity(SupportingDocumentView.of(d)).build();
    }

    private void checkRelated(String field, UUID relatedId, String jurisdiction) {
        if (relatedId == null) {
            return;
        }
        EmergencyPlan related = EmergencyPlan.findById(relatedId);
        if (related == null) {
            throw ProblemException.invalid(field, "plan.related-missing", relatedId);
        }
        if (!JurisdictionCodes.within(jurisdiction, related.jurisdiction)) {
            throw ProblemException.invalid(field, "plan.related-outside", relatedId, related.jurisdiction, jurisdiction);
        }
    }

    /** Each special plan has an event category and at least one lead department (000:1193; 002:3393). */
    private static void checkSpecial(PlanType type, EventCategory category, List<String> leads) {
        if (type != PlanType.SPECIAL) {
            return;
        }
        if (category == null) {
            throw ProblemException.invalid("category", "plan.special-needs-category");
        }
        if (leads.isEmpty()) {
            throw ProblemException.invalid("leadDepartments", "plan.special-needs-lead");
        }
    }

    /** Only an enterprise plan names the kind of its enterprise (000:1585). */
    private static void checkEnterprise(PlanType type, EnterpriseKind kind) {
        if (kind != null && type != PlanType.ENTERPRISE) {
            throw ProblemException.invalid("enterpriseKind", "plan.enterprise-kind-only-for-enterprise");
        }
    }

    private static List<String> stripped(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }
}
