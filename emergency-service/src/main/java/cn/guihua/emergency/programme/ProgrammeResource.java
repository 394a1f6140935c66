package cn.guihua.emergency.programme;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import cn.guihua.emergency.plan.EnterpriseKind;
import cn.guihua.emergency.reference.Clause;
import cn.guihua.emergency.reference.Common.PlanPeriod;
import cn.guihua.emergency.reference.ProgrammeRules.EnterpriseFiling;
import cn.guihua.emergency.reference.ProgrammeRules.Programme;
import cn.guihua.emergency.reference.ReferenceData;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

/**
 * The 编制修订工作规划 of the plans (槐荫区: approved by 区政府 and filed with the 市应急管理部门, 000:1565; 张店区: its 镇办
 * programmes, no filing stated, 002:3626), their approved editions and filing, and the enterprise filing rules (000:1585).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class ProgrammeResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    ReferenceData reference;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @GET
    @Path("programmes")
    @PermitAll
    @Operation(summary = "The drafting programmes (编制修订工作规划)", description = "Public: who drafts and approves each programme "
            + "and who it is filed with, for the jurisdiction (and those above it).")
    @APIResponse(responseCode = "200", description = "The programmes")
    public List<ProgrammeViews.ProgrammeView> programmes(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction) {
        return reference.programmes().stream()
                .filter(p -> jurisdiction == null || JurisdictionCodes.within(jurisdiction, p.jurisdiction()))
                .map(this::view).toList();
    }

    @GET
    @Path("enterprise-filing-rules")
    @PermitAll
    @Operation(summary = "Who enterprises file their plans with", description = "Public: 中央驻区企业三级公司 and 省属企业二级公司 "
            + "file their overall plan with all three of 区行业主管部门, 应急管理部门 and 企业总部; other enterprises with the "
            + "区应急管理部门 or the 有关行业主管部门 (000:1585). The registry opens these filing duties for enterprise plans "
            + "(`enterpriseKind`).")
    @APIResponse(responseCode = "200", description = "The rules")
    public List<ProgrammeViews.EnterpriseRule> enterpriseFilingRules(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction,
            @QueryParam("enterpriseKind") EnterpriseKind enterpriseKind) {
        return reference.enterpriseFiling().stream()
                .filter(r -> jurisdiction == null || JurisdictionCodes.within(jurisdiction, r.jurisdiction()))
                .filter(r -> enterpriseKind == null || r.appliesTo() != null && r.appliesTo().stream().anyMatch(k -> k.code().equals(enterpriseKind.name())))
                .map(this::view).toList();
    }

    @POST
    @Path("programmes/{code}/editions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Register an approved edition of a programme", description = "Emergency managers of the programme's "
            + "jurisdiction; its filing duty opens where the plan states one (no deadline is stated, so it never falls overdue).")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = ProgrammeViews.EditionView.class)))
    @APIResponse(responseCode = "409", description = "An edition approved that day is registered already")
    public Response register(@PathParam("code") @Size(max = 50) @Parameter(example = "HY_DRAFTING_PROGRAMME") String code,
            @Valid @NotNull ProgrammeViews.NewEdition body) {
        Programme p = programme(code);
        caller.requireJurisdiction(p.jurisdiction());
        PlanPeriod plan = reference.plan(p.planCode());
        if (!plan.inForceOn(body.approvedOn())) {
            throw ProblemException.invalid("approvedOn", "programme.before-rule", plan.title(), plan.effectiveFrom());
        }
        if (body.approvedOn().isAfter(LocalDate.now(ZONE))) {
            throw ProblemException.invalid("approvedOn", "programme.in-future");
        }
        if (ProgrammeEdition.count("programmeCode = ?1 and approvedOn = ?2", code, body.approvedOn()) > 0) {
            throw ProblemException.conflict("programme.edition-exists", body.approvedOn());
        }
        ProgrammeEdition e = new ProgrammeEdition();
        e.id = UUID.randomUUID();
        e.programmeCode = code;
        e.jurisdiction = p.jurisdiction();
        e.approvedOn = body.approvedOn();
        e.approvedBy = body.approvedBy() == null ? p.approval().by() : body.approvedBy().strip();
        e.documentNumber = body.documentNumber();
        e.recordedBy = caller.subject();
        e.createdAt = OffsetDateTime.now();
        e.persist();
        audit.record("programme.edition.registered", "Programme", code, body);
        ProgrammeEdition.getEntityManager().flush();
        return Response.created(URI.create("/api/v1/programmes/" + code + "/editions/" + e.id)).entity(view(p, e)).build();
    }

    @GET
    @Path("programmes/{code}/editions")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "A programme's editions and their filing", description = "For the managers of its jurisdiction, auditors and admins.")
    @APIResponse(responseCode = "200", description = "The editions")
    public List<ProgrammeViews.EditionView> editions(@PathParam("code") @Size(max = 50) @Parameter(example = "HY_DRAFTING_PROGRAMME") String code) {
        Programme p = programme(code);
        caller.requireJurisdiction(p.jurisdiction());
        return ProgrammeEdition.<ProgrammeEdition>list("programmeCode", Sort.by("approvedOn"), code).stream().map(e -> view(p, e)).toList();
    }

    @GET
    @Path("programmes/{code}/editions/{editionId}")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "One edition of a programme")
    @APIResponse(responseCode = "200", description = "The edition")
    public ProgrammeViews.EditionView edition(@PathParam("code") @Size(max = 50) String code, @PathParam("editionId") UUID editionId) {
        Programme p = programme(code);
        caller.requireJurisdiction(p.jurisdiction());
        return view(p, find(code, editionId));
    }

    @POST
    @Path("programmes/{code}/editions/{editionId}/filing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Record an edition's filing", description = "With the recipient the plan names (槐荫区: 市应急管理部门, "
            + "000:1565), on or after approval and not in the future. 409 where the plan states no filing (张店区's 镇办 "
            + "programmes) or it is recorded already.")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "409", description = "No filing is stated, it is recorded already, or a stale version")
    public ProgrammeViews.EditionView file(@PathParam("code") @Size(max = 50) String code, @PathParam("editionId") UUID editionId,
            @Valid @NotNull ProgrammeViews.FilingRecord body) {
        Programme p = programme(code);
        caller.requireJurisdiction(p.jurisdiction());
        ProgrammeEdition e = find(code, editionId);
        ProblemException.requireVersion(body.version(), e.version);
        if (p.filings().isEmpty()) {
            throw ProblemException.conflict("programme.no-filing", p.name(), p.source());
        }
        if (e.filedOn != null) {
            throw ProblemException.conflict("programme.filed-already", e.filedOn);
        }
        if (body.filedOn().isBefore(e.approvedOn)) {
            throw ProblemException.invalid("filedOn", "programme.filed-before-approval", e.approvedOn);
        }
        if (body.filedOn().isAfter(LocalDate.now(ZONE))) {
            throw ProblemException.invalid("filedOn", "programme.in-future");
        }
        e.filedOn = body.filedOn();
        e.filingReference = body.reference();
        e.filedBy = caller.subject();
        audit.record("programme.edition.filed", "Programme", code, body);
        ProgrammeEdition.getEntityManager().flush();
        return view(p, e);
    }

    private Programme programme(String code) {
        return reference.programmes().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("thing.programme", code));
    }

    private static ProgrammeEdition find(String code, UUID id) {
        ProgrammeEdition e = ProgrammeEdition.findById(id);
        if (e == null || !e.programmeCode.equals(code)) {
            throw ProblemException.notFound("thing.programme-edition", id);
        }
        return e;
    }

    private ProgrammeViews.ProgrammeView view(Programme p) {
        PlanPeriod plan = reference.plan(p.planCode());
        return new ProgrammeViews.ProgrammeView(p.code(), p.jurisdiction(), p.planCode(), p.name(), p.scope(), p.scopeActions(), p.basis(),
                p.drafter(), p.coDrafters(), p.approval().by(), p.approval().mode(),
                p.filings().stream().map(f -> new ProgrammeViews.FilingRule(f.recipient(), f.mode(), f.deadlineWorkingDays(), f.deadlineNote()))
                        .toList(),
                p.filingNote(), plan.effectiveFrom(), plan.effectiveTo(), Clause.of(p.source(), p.quote()));
    }

    private static ProgrammeViews.EditionView view(Programme p, ProgrammeEdition e) {
        String recipient = p.filings().isEmpty() ? null : p.filings().get(0).recipient();
        String status = recipient == null ? "NOT_REQUIRED" : e.filedOn == null ? "PENDING" : "FILED";
        return new ProgrammeViews.EditionView(e.id, e.programmeCode, e.jurisdiction, e.approvedOn, e.approvedBy, e.documentNumber,
                recipient, status, e.filedOn, e.filingReference, e.recordedBy, e.version);
    }

    private ProgrammeViews.EnterpriseRule view(EnterpriseFiling r) {
        PlanPeriod plan = reference.plan(r.planCode());
        return new ProgrammeViews.EnterpriseRule(r.code(), r.jurisdiction(),
                r.appliesTo() == null ? List.of() : r.appliesTo().stream().map(k -> new ProgrammeViews.Kind(k.code(), k.nameZh())).toList(),
                r.planType(), r.planTypeNote(),
                r.recipients() == null ? List.of() : r.recipients().stream()
                        .map(x -> new ProgrammeViews.Recipient(x.recipient(), x.level(), x.mode(), x.interpretation())).toList(),
                r.allRecipientsRequired(), r.allRecipientsNote(), r.deadlineWorkingDays(), r.deadlineNote(), r.rule(), r.note(),
                plan.effectiveFrom(), Clause.of(r.source(), r.quote()));
    }
}
