package cn.guihua.subsidy.directdelivery;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import cn.guihua.subsidy.application.Application;
import cn.guihua.subsidy.application.ApplicationStatus;
import cn.guihua.subsidy.application.Applications;
import cn.guihua.subsidy.application.BeneficiaryType;
import cn.guihua.subsidy.application.NewApplication;
import cn.guihua.subsidy.application.Origin;
import cn.guihua.subsidy.identity.CreditCode;
import cn.guihua.subsidy.notice.Objection;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * 兰山区 政企直通车 (临兰政办字〔2022〕20号, 001:1822-1922): policies and their items, the upload, decomposition and
 * interpretation deadlines on the official calendar with the overdue list per department, enterprises' tags matched to
 * items, 免申即享 runs that open applications, and the four metrics per department and period.
 */
@Path("/api/v1/direct-delivery")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy direct delivery (兰山区 政企直通车, 临兰政办字〔2022〕20号)")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
public class DirectDeliveryResource {

    static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    DirectDelivery dd;

    @Inject
    RuleBook rules;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    ObjectMapper json;

    @Inject
    Applications applications;

    @Inject
    EntityManager em;

    String district() {
        return rules.policy(DirectDelivery.POLICY).jurisdiction;
    }

    // ------------------------------------------------------------------------------------------------ policies

    @POST
    @Path("policies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a published enterprise policy", description = "Works out its deadlines on emergency-service's "
            + "working-day calendar, the day of publication not counted: upload within 7 working days (national, provincial: the city "
            + "department) or 5 (city, county: the issuing department) (001:1858); decomposition into items within 10 "
            + "(DIRECT_DELIVERY_DECOMPOSITION_FROM: from publication or upload, 001:1862); a county (district) policy's "
            + "interpretation within 3 (001:1582). A count past the years the calendar holds gives no date (CALENDAR_NOT_CONFIGURED). "
            + "When the calendar does not answer nothing is stored and the answer is 503. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DdViews.PolicyView.class)))
    @APIResponse(responseCode = "422", description = "Published before the measure (2022-04-30)")
    @APIResponse(responseCode = "503", description = "The working-day calendar (emergency-service) did not answer; nothing was stored")
    public Response create(@Valid @NotNull DdRequests.NewPolicy body) {
        String jurisdiction = body.jurisdiction() == null ? district() : body.jurisdiction();
        caller.requireJurisdiction(jurisdiction);
        if (!JurisdictionCodes.within(jurisdiction, district())) {
            throw ProblemException.invalid("jurisdiction", "direct-delivery.lanshan-only", district());
        }
        if (body.policyCode() != null) {
            known("policyCode", body.policyCode());
        }
        if (body.uploadedOn() != null && body.uploadedOn().isBefore(body.publishedOn())) {
            throw ProblemException.invalid("uploadedOn", "direct-delivery.before-publication");
        }
        DdPolicy p = new DdPolicy();
        p.id = UUID.randomUUID();
        p.jurisdiction = jurisdiction;
        p.title = body.title().strip();
        p.documentNo = body.documentNo();
        p.level = body.level();
        p.issuer = body.issuer();
        p.issuingDepartment = body.issuingDepartment();
        boolean high = body.level() == PolicyLevel.NATIONAL || body.level() == PolicyLevel.PROVINCIAL;
        Rule upload = rules.rules(DirectDelivery.POLICY, body.publishedOn()).get(high ? "UPLOAD_NATIONAL_PROVINCIAL" : "UPLOAD_CITY_COUNTY");
        String named = high ? body.cityDepartment() : body.issuingDepartment();
        p.responsible = named != null && !named.isBlank() ? named.strip() : upload.text("responsible");
        p.policyCode = body.policyCode();
        p.publishedOn = body.publishedOn();
        p.uploadedOn = body.uploadedOn();
        dd.refresh(p);
        p.createdBy = caller.subject();
        p.createdAt = p.updatedAt = OffsetDateTime.now();
        p.persist();
        audit.record("direct-delivery.policy.created", "DdPolicy", p.id, body);
        return Response.created(URI.create("/api/v1/direct-delivery/policies/" + p.id)).entity(dd.view(p, LocalDate.now())).build();
    }

    @GET
    @Path("policies")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List policies; the overdue list per department", description = "`overdueOn`: the policies with a deadline "
            + "passed before that day and not met (upload, decomposition, interpretation): the department's overdue list from the "
            + "day after the due date. `department`: those the department owes.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<DdViews.PolicyView> policies(
            @QueryParam("department") @Size(max = 100) @Parameter(description = "The responsible department", example = "区工信局") String department,
            @QueryParam("overdueOn") @Parameter(description = "Only those overdue on this day", example = "2024-10-12") LocalDate overdueOn,
            @QueryParam("level") PolicyLevel level,
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
        if (department != null) {
            where.append(" and responsible = :dept");
            params.and("dept", department);
        }
        if (level != null) {
            where.append(" and level = :level");
            params.and("level", level);
        }
        if (overdueOn != null) {
            where.append(" and ((uploadedOn is null and uploadDue < :d) or (itemsRecordedOn is null and decompositionDue < :d)"
                    + " or (interpretationPublishedOn is null and interpretationWaivedOn is null and interpretationDue < :d))");
            params.and("d", overdueOn);
        }
        LocalDate asOf = overdueOn != null ? overdueOn : LocalDate.now();
        return Page.of(DdPolicy.find(where.toString(), Sort.by("publishedOn").and("id"), params), paging, p -> dd.view((DdPolicy) p, asOf));
    }

    @GET
    @Path("policies/{id}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get a policy with its deadlines", description = "Each deadline's status as of `asOf` (today when absent): "
            + "PENDING, OVERDUE from the day after the due date, or done on time or late.")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "404", description = "No such policy")
    @APIResponse(responseCode = "503", description = "The working-day calendar (emergency-service) did not answer")
    public DdViews.PolicyView policy(@PathParam("id") UUID id, @QueryParam("asOf") @Parameter(example = "2024-10-12") LocalDate asOf) {
        return dd.view(find(id), asOf == null ? LocalDate.now() : asOf);
    }

    @POST
    @Path("policies/{id}/upload")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record the upload to the platform", description = "A decomposition counted from the upload is worked out.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such policy")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "503", description = "The working-day calendar (emergency-service) did not answer; nothing was stored")
    public DdViews.PolicyView upload(@PathParam("id") UUID id, @Valid @NotNull DdRequests.Day body) {
        DdPolicy p = mutable(id, body.version());
        if (body.on().isBefore(p.publishedOn)) {
            throw ProblemException.invalid("on", "direct-delivery.before-publication");
        }
        p.uploadedOn = body.on();
        return changed(p, "direct-delivery.policy.uploaded", body);
    }

    @POST
    @Path("policies/{id}/interpretation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record the publication of the interpretation materials", description = "For a district policy, due within 3 "
            + "working days of its publication (临兰政办字〔2022〕13号, 001:1582), by the drafting department (001:1580). With `sections`, "
            + "materials lacking a required element are refused, 422 naming it (001:1614; the template's parts cannot be left out, "
            + "001:1726). With `waiverReason`: no interpretation, on the written reason 政务公开科 accepted (001:1600): the deadline "
            + "is WAIVED and off the overdue list.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such policy")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "A required element is missing, or the policy owes no interpretation")
    @APIResponse(responseCode = "503", description = "The working-day calendar (emergency-service) did not answer; nothing was stored")
    public DdViews.PolicyView interpretation(@PathParam("id") UUID id, @Valid @NotNull DdRequests.Interpretation body) {
        DdPolicy p = mutable(id, body.version());
        if (body.on().isBefore(p.publishedOn)) {
            throw ProblemException.invalid("on", "direct-delivery.before-publication");
        }
        dd.checkInterpretation(p, body);
        if (body.waiverReason() != null && !body.waiverReason().isBlank()) {
            p.interpretationWaivedOn = body.on();
            p.interpretationWaiver = body.waiverReason().strip();
            p.interpretationPublishedOn = null;
        } else {
            p.interpretationPublishedOn = body.on();
            p.interpretationWaivedOn = null;
            p.interpretationWaiver = null;
        }
        return changed(p, "direct-delivery.policy.interpretation", body);
    }

    private DdViews.PolicyView changed(DdPolicy p, String action, Object body) {
        dd.refresh(p);
        p.updatedAt = OffsetDateTime.now();
        audit.record(action, "DdPolicy", p.id, body);
        DdPolicy.getEntityManager().flush();
        return dd.view(p, LocalDate.now());
    }

    // ------------------------------------------------------------------------------------------------ items

    @POST
    @Path("policies/{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a policy item", description = "The ten elements of 001:1862 (事项名称、事项依据、事项内容、适用对象、"
            + "适用时间、申请条件、申请材料、主管部门、联系人、联系方式), each required: a missing one is 400 naming it. 申请条件 are tag "
            + "conditions (001:1874). The first item recorded marks the decomposition done (on time or late). Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DdViews.ItemView.class)))
    @APIResponse(responseCode = "404", description = "No such policy")
    @APIResponse(responseCode = "503", description = "The working-day calendar (emergency-service) did not answer; nothing was stored")
    public Response item(@PathParam("id") UUID id, @Valid @NotNull DdRequests.NewItem body) {
        DdPolicy p = find(id);
        DirectDelivery.check(body.conditions());
        if (body.benefitPolicy() != null) {
            known("benefitPolicy", body.benefitPolicy());
            if (body.benefit() == null) {
                throw ProblemException.invalid("benefit", "direct-delivery.benefit-required");
            }
        }
        if (body.applicablePeriod().to() != null && body.applicablePeriod().to().isBefore(body.applicablePeriod().from())) {
            throw ProblemException.invalid("applicablePeriod.to", "direct-delivery.period");
        }
        DdItem i = new DdItem();
        i.id = UUID.randomUUID();
        i.policyId = p.id;
        i.jurisdiction = p.jurisdiction;
        i.name = body.name().strip();
        i.basis = body.basis().strip();
        i.content = body.content().strip();
        i.beneficiaries = body.beneficiaries().strip();
        i.applicableFrom = body.applicablePeriod().from();
        i.applicableTo = body.applicablePeriod().to();
        i.conditions = dd.write(body.conditions());
        i.materials = dd.write(body.materials());
        i.department = body.department().strip();
        i.contactPerson = body.contactPerson().strip();
        i.contact = body.contact().strip();
        i.benefitPolicy = body.benefitPolicy();
        i.benefit = body.benefit();
        i.amount = body.amount() == null ? null : Calculation.yuan(body.amount());
        i.recordedOn = body.recordedOn() == null ? LocalDate.now() : body.recordedOn();
        i.createdBy = caller.subject();
        i.createdAt = OffsetDateTime.now();
        i.persist();
        if (p.itemsRecordedOn == null || i.recordedOn.isBefore(p.itemsRecordedOn)) {
            p.itemsRecordedOn = i.recordedOn;
            dd.refresh(p);
            p.updatedAt = OffsetDateTime.now();
        }
        audit.record("direct-delivery.item.created", "DdItem", i.id, body);
        return Response.created(URI.create("/api/v1/direct-delivery/items/" + i.id)).entity(view(i)).build();
    }

    @GET
    @Path("items")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List policy items")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<DdViews.ItemView> items(@QueryParam("policyId") UUID policyId,
            @QueryParam("department") @Size(max = 100) @Parameter(example = "区工信局") String department, @BeanParam @Valid PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String scope = caller.scope(null);
        if (scope != null) {
            where.append(" and jurisdiction like :j");
            params.and("j", JurisdictionCodes.prefix(scope) + "%");
        }
        if (policyId != null) {
            where.append(" and policyId = :p");
            params.and("p", policyId);
        }
        if (department != null) {
            where.append(" and department = :dept");
            params.and("dept", department);
        }
        return Page.of(DdItem.find(where.toString(), Sort.by("recordedOn").and("id"), params), paging, i -> view((DdItem) i));
    }

    @GET
    @Path("items/{id}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get a policy item")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "No such item")
    public DdViews.ItemView itemById(@PathParam("id") UUID id) {
        return view(item(id));
    }

    @GET
    @Path("items/{id}/enterprises")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "The enterprises an item finds (政策找企业)", description = "Every enterprise on record in the caller's "
            + "jurisdiction matched to the item's conditions and 适用时间 as of `asOf` (001:1878), each with the reason per condition.")
    @APIResponse(responseCode = "200", description = "The enterprises")
    @APIResponse(responseCode = "404", description = "No such item")
    public DdViews.ItemEnterprises itemEnterprises(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "Today when absent", example = "2024-06-01") LocalDate asOf) {
        DdItem i = item(id);
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<Condition> conditions = dd.conditions(i);
        List<DdViews.EnterpriseMatch> qualified = new ArrayList<>();
        List<DdViews.EnterpriseMatch> not = new ArrayList<>();
        List<DdViews.EnterpriseMatch> undetermined = new ArrayList<>();
        for (DdEnterprise e : scopedEnterprises(null)) {
            DirectDelivery.Outcome o = dd.match(i, conditions, dd.tags(e), day);
            DdViews.EnterpriseMatch m = new DdViews.EnterpriseMatch(e.creditCode, e.name, o.reasons(), o.failed(), o.unknown());
            switch (o.kind()) {
                case QUALIFIED -> qualified.add(m);
                case NOT_QUALIFIED -> not.add(m);
                default -> undetermined.add(m);
            }
        }
        return new DdViews.ItemEnterprises(i.id, day, dd.matchingClause(clamp(day)), qualified, not, undetermined);
    }

    // ------------------------------------------------------------------------------------------------ enterprises

    @POST
    @Path("enterprises")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record an enterprise's portrait", description = "Its tags by dimension (001:1872): JURISDICTION, SCALE, "
            + "BUSINESS_SCOPE, INDUSTRY, REVENUE, TAX_PAID, QUALIFICATIONS, HONOURS. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DdViews.EnterpriseView.class)))
    @APIResponse(responseCode = "409", description = "On record already")
    public Response enterprise(@Valid @NotNull DdRequests.NewEnterprise body) {
        caller.requireJurisdiction(body.jurisdiction());
        if (!CreditCode.isValid(body.creditCode())) {
            throw ProblemException.invalid("creditCode", "identity.credit-code-invalid");
        }
        DirectDelivery.checkTags(body.tags());
        if (DdEnterprise.findById(body.creditCode()) != null) {
            throw ProblemException.conflict("direct-delivery.enterprise-exists", body.creditCode());
        }
        DdEnterprise e = new DdEnterprise();
        e.creditCode = body.creditCode();
        e.name = body.name().strip();
        e.jurisdiction = body.jurisdiction();
        e.tags = dd.write(body.tags());
        e.updatedAt = OffsetDateTime.now();
        e.persist();
        audit.record("direct-delivery.enterprise.created", "DdEnterprise", e.creditCode, body);
        return Response.created(URI.create("/api/v1/direct-delivery/enterprises/" + e.creditCode)).entity(view(e)).build();
    }

    @GET
    @Path("enterprises")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List enterprises on record")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<DdViews.EnterpriseView> enterprises(
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
        return Page.of(DdEnterprise.find(where.toString(), Sort.by("creditCode"), params), paging, e -> view((DdEnterprise) e));
    }

    @GET
    @Path("enterprises/{creditCode}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get an enterprise's portrait")
    @APIResponse(responseCode = "200", description = "The enterprise")
    @APIResponse(responseCode = "404", description = "Not on record")
    public DdViews.EnterpriseView enterpriseById(@PathParam("creditCode") @Size(max = 18) @Parameter(example = "91371302MA3C4D5E6C") String creditCode) {
        return view(enterprise(creditCode));
    }

    @PUT
    @Path("enterprises/{creditCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Replace an enterprise's tags", description = "A stale version is 409.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "Not on record")
    @APIResponse(responseCode = "409", description = "Stale version")
    public DdViews.EnterpriseView updateEnterprise(@PathParam("creditCode") @Size(max = 18) String creditCode,
            @Valid @NotNull DdRequests.EnterpriseUpdate body) {
        DdEnterprise e = enterprise(creditCode);
        ProblemException.requireVersion(body.version() == null ? null : body.version().longValue(), e.version);
        DirectDelivery.checkTags(body.tags());
        e.tags = dd.write(body.tags());
        e.updatedAt = OffsetDateTime.now();
        audit.record("direct-delivery.enterprise.updated", "DdEnterprise", e.creditCode, body);
        DdEnterprise.getEntityManager().flush();
        return view(e);
    }

    @GET
    @Path("enterprises/{creditCode}/matches")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "The items an enterprise qualifies for (政策找企业)", description = "Every item (of `policyId` when given) "
            + "matched to the enterprise's tags as of `asOf` (001:1878): qualified when every condition holds and the day is inside "
            + "its 适用时间, with the reason per condition; undetermined when a tag is missing.")
    @APIResponse(responseCode = "200", description = "The matches")
    @APIResponse(responseCode = "404", description = "Not on record")
    public DdViews.Matches matches(@PathParam("creditCode") @Size(max = 18) @Parameter(example = "91371302MA3C4D5E6C") String creditCode,
            @QueryParam("asOf") @Parameter(description = "Today when absent", example = "2024-06-01") LocalDate asOf,
            @QueryParam("policyId") UUID policyId) {
        DdEnterprise e = enterprise(creditCode);
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        Map<String, JsonNode> tags = dd.tags(e);
        List<DdViews.Match> qualified = new ArrayList<>();
        List<DdViews.Match> not = new ArrayList<>();
        List<DdViews.Match> undetermined = new ArrayList<>();
        List<DdItem> items = policyId == null ? DdItem.list("jurisdiction like ?1", Sort.by("recordedOn").and("id"), JurisdictionCodes.prefix(district()) + "%")
                : DdItem.list("policyId", Sort.by("recordedOn").and("id"), policyId);
        for (DdItem i : items) {
            DirectDelivery.Outcome o = dd.match(i, dd.conditions(i), tags, day);
            switch (o.kind()) {
                case QUALIFIED -> qualified.add(new DdViews.Match(i.id, i.name, o.reasons(), List.of(), List.of()));
                case NOT_QUALIFIED -> not.add(new DdViews.Match(i.id, i.name, o.reasons(), o.failed(), o.unknown()));
                default -> undetermined.add(new DdViews.Match(i.id, i.name, o.reasons(), List.of(), o.unknown()));
            }
        }
        return new DdViews.Matches(e.creditCode, day, dd.matchingClause(clamp(day)), qualified, not, undetermined);
    }

    // ------------------------------------------------------------------------------------------------ 免申即享

    @POST
    @Path("proactive-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Run 免申即享 for an item", description = "001:1892 (将政策兑现的前置条件转化为数字化规则…精准确定享受企业): the item's "
            + "conditions run over the enterprises on record (or those named); each that qualifies and has no application for the "
            + "item's policy and benefit is listed, and with `openApplications` an application is opened for it (origin PROACTIVE, "
            + "the item's department). Those that applied already, do not qualify, or lack a tag are listed too.")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "422", description = "The item names no policy and benefit of this service to open applications under")
    public DdViews.ProactiveResult proactive(@Valid @NotNull DdRequests.ProactiveRun body) {
        DdItem i = item(body.itemId());
        LocalDate day = body.asOf() == null ? LocalDate.now() : body.asOf();
        Clause clause = rules.rules(DirectDelivery.POLICY, clamp(day)).get("PROACTIVE").clause();
        boolean open = Boolean.TRUE.equals(body.openApplications());
        if (open && (i.benefitPolicy == null || i.benefit == null)) {
            throw ProblemException.unprocessable("direct-delivery.item-without-benefit", i.id);
        }
        List<DdEnterprise> enterprises = body.enterprises() == null ? scopedEnterprises(null)
                : body.enterprises().stream().map(c -> (DdEnterprise) DdEnterprise.findById(c)).filter(e -> e != null && caller.mayAccess(e.jurisdiction))
                        .toList();
        List<Condition> conditions = dd.conditions(i);
        List<DdViews.Opened> opened = new ArrayList<>();
        List<String> would = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        List<String> not = new ArrayList<>();
        List<String> undetermined = new ArrayList<>();
        for (DdEnterprise e : enterprises) {
            DirectDelivery.Outcome o = dd.match(i, conditions, dd.tags(e), day);
            if (o.kind() == DirectDelivery.Outcome.Kind.NOT_QUALIFIED) {
                not.add(e.creditCode);
                continue;
            }
            if (o.kind() == DirectDelivery.Outcome.Kind.UNDETERMINED) {
                undetermined.add(e.creditCode);
                continue;
            }
            if (i.benefitPolicy != null && Application.count("policyCode = ?1 and beneficiaryId = ?2 and benefitKey = ?3 and status <> ?4",
                    i.benefitPolicy, e.creditCode, i.benefit, ApplicationStatus.REJECTED) > 0) {
                applied.add(e.creditCode);
                continue;
            }
            would.add(e.creditCode);
            if (open) {
                Application a = applications.create(new NewApplication(i.benefitPolicy, i.benefit, BeneficiaryType.ENTERPRISE, e.creditCode, e.name,
                        e.jurisdiction, null, null, day.isAfter(LocalDate.now()) ? null : day, i.id, null, null), Origin.PROACTIVE);
                BigDecimal amount = i.amount;
                try {
                    Calculation c = applications.calculate(a, day);
                    amount = c.status() == CalculationStatus.CALCULATED ? c.amount() : amount;
                } catch (ProblemException ex) {
                    // the policy is not in force that day: the item's own standard is shown
                }
                opened.add(new DdViews.Opened(e.creditCode, a.id, a.policyCode, a.benefitKey, a.origin.name(), amount));
            }
        }
        audit.record("direct-delivery.proactive-run", "DdItem", i.id, Map.of("asOf", day, "opened", opened.size(), "qualifying", would.size()));
        return new DdViews.ProactiveResult(i.id, day, clause, opened, open ? List.of() : would, applied, not, undetermined);
    }

    // ------------------------------------------------------------------------------------------------ metrics

    @POST
    @Path("ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record an enterprise's star rating", description = "Enterprises rate a department on the four metrics with "
            + "stars (001:1904); the averages are part of the metrics.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response rate(@Valid @NotNull DdRequests.NewRating body) {
        String jurisdiction = body.jurisdiction() == null ? district() : body.jurisdiction();
        caller.requireJurisdiction(jurisdiction);
        DdRating r = new DdRating();
        r.jurisdiction = jurisdiction;
        r.department = body.department().strip();
        r.metric = body.metric();
        r.stars = body.stars();
        r.ratedOn = body.ratedOn();
        r.enterprise = body.enterprise();
        r.recordedBy = caller.subject();
        r.recordedAt = OffsetDateTime.now();
        r.persist();
        audit.record("direct-delivery.rating", "DdRating", r.id, body);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", r.id)).build();
    }

    @GET
    @Path("metrics")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "The four metrics of a department and period", description = "001:1904 names 申领成功率、规模兑付率、金额兑付率、"
            + "异议处理率 and has enterprises rate them; read here as: approved ÷ decided or submitted "
            + "(DIRECT_DELIVERY_SUCCESS_RATE_BASE), paid ÷ approved, amount paid ÷ amount approved, objections closed ÷ raised, over "
            + "the applications for the department's items received in the period; a zero denominator gives null. With the average "
            + "stars per metric.")
    @APIResponse(responseCode = "200", description = "The metrics")
    public DdViews.Metrics metrics(
            @QueryParam("department") @NotNull @Size(max = 100) @Parameter(example = "区工信局") String department,
            @QueryParam("from") @NotNull @Parameter(example = "2024-07-01") LocalDate from,
            @QueryParam("to") @NotNull @Parameter(example = "2024-09-30") LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "direct-delivery.period");
        }
        String scope = caller.scope(null);
        String j = scope == null ? "%" : JurisdictionCodes.prefix(scope) + "%";
        String base = " from Application a where a.department = :d and a.receivedOn between :f and :t and a.jurisdiction like :j";
        long submitted = count("select count(a)" + base, department, from, to, j, null);
        long approved = count("select count(a)" + base + " and a.status in :s", department, from, to, j,
                List.of(ApplicationStatus.APPROVED, ApplicationStatus.PAID));
        long rejected = count("select count(a)" + base + " and a.status in :s", department, from, to, j, List.of(ApplicationStatus.REJECTED));
        long pending = count("select count(a)" + base + " and a.status in :s", department, from, to, j,
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW));
        long paid = count("select count(a)" + base + " and a.status in :s", department, from, to, j, List.of(ApplicationStatus.PAID));
        BigDecimal approvedAmount = sum("select coalesce(sum(a.amount), 0)" + base + " and a.status in :s", department, from, to, j,
                List.of(ApplicationStatus.APPROVED, ApplicationStatus.PAID));
        BigDecimal paidAmount = (BigDecimal) em.createQuery("select coalesce(sum(p.amount), 0) from Payment p where p.applicationId in "
                + "(select a.id" + base + ")").setParameter("d", department).setParameter("f", from).setParameter("t", to).setParameter("j", j)
                .getSingleResult();
        long raised = ((Number) em.createQuery("select count(o) from Objection o where o.department = :d and o.raisedOn between :f and :t "
                + "and o.jurisdiction like :j").setParameter("d", department).setParameter("f", from).setParameter("t", to).setParameter("j", j)
                .getSingleResult()).longValue();
        long closed = ((Number) em.createQuery("select count(o) from Objection o where o.department = :d and o.raisedOn between :f and :t "
                + "and o.jurisdiction like :j and o.resolvedOn is not null and o.resolvedOn <= :t").setParameter("d", department)
                .setParameter("f", from).setParameter("t", to).setParameter("j", j).getSingleResult()).longValue();
        Rule metrics = rules.rules(DirectDelivery.POLICY, clamp(to)).get("METRICS");
        ParameterUse base100 = dd.param(metrics.parameter("successBaseParameter"), district(), to);
        List<DdViews.MetricValue> values = new ArrayList<>();
        List<ParameterName> missing = new ArrayList<>();
        if (!base100.set()) {
            missing.add(base100.name());
            values.add(new DdViews.MetricValue(Metric.APPLICATION_SUCCESS_RATE, DirectDelivery.LABELS.get(Metric.APPLICATION_SUCCESS_RATE), null,
                    CalculationStatus.NOT_CONFIGURED, BigDecimal.valueOf(approved), null,
                    cn.guihua.subsidy.rules.Explanation.note("direct-delivery.success-rate-open", base100.name())));
        } else {
            long denominator = base100.is("DECIDED") ? approved + rejected : submitted;
            values.add(metric(Metric.APPLICATION_SUCCESS_RATE, BigDecimal.valueOf(approved), BigDecimal.valueOf(denominator),
                    "direct-delivery.success-rate-" + base100.value().toLowerCase()));
        }
        values.add(metric(Metric.COUNT_PAYOUT_RATE, BigDecimal.valueOf(paid), BigDecimal.valueOf(approved), "direct-delivery.count-payout"));
        values.add(metric(Metric.AMOUNT_PAYOUT_RATE, paidAmount, approvedAmount, "direct-delivery.amount-payout"));
        values.add(metric(Metric.OBJECTION_HANDLING_RATE, BigDecimal.valueOf(closed), BigDecimal.valueOf(raised), "direct-delivery.objection-handling"));
        Map<String, BigDecimal> stars = new LinkedHashMap<>();
        List<Object[]> rows = em.createQuery("select r.metric, avg(r.stars) from DdRating r where r.department = :d and r.ratedOn between :f and :t "
                + "and r.jurisdiction like :j group by r.metric order by r.metric", Object[].class).setParameter("d", department).setParameter("f", from)
                .setParameter("t", to).setParameter("j", j).getResultList();
        for (Object[] row : rows) {
            stars.put(((Metric) row[0]).name(), BigDecimal.valueOf(((Number) row[1]).doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        return new DdViews.Metrics(department, from, to, metrics.clause(),
                DirectDelivery.counts(submitted, approved, rejected, pending, approvedAmount, paid, paidAmount, raised, closed), values, stars, missing);
    }

    private static DdViews.MetricValue metric(Metric m, BigDecimal numerator, BigDecimal denominator, String definition) {
        BigDecimal value = DirectDelivery.percent(numerator, denominator);
        return new DdViews.MetricValue(m, DirectDelivery.LABELS.get(m), value, value == null ? CalculationStatus.NOT_ELIGIBLE : CalculationStatus.CALCULATED,
                numerator, denominator, cn.guihua.subsidy.rules.Explanation.note(definition));
    }

    private long count(String q, String d, LocalDate f, LocalDate t, String j, List<ApplicationStatus> s) {
        var query = em.createQuery(q).setParameter("d", d).setParameter("f", f).setParameter("t", t).setParameter("j", j);
        if (s != null) {
            query.setParameter("s", s);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private BigDecimal sum(String q, String d, LocalDate f, LocalDate t, String j, List<ApplicationStatus> s) {
        return (BigDecimal) em.createQuery(q).setParameter("d", d).setParameter("f", f).setParameter("t", t).setParameter("j", j)
                .setParameter("s", s).getSingleResult();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private LocalDate clamp(LocalDate day) {
        cn.guihua.subsidy.rules.Policy p = rules.policy(DirectDelivery.POLICY);
        return day.isBefore(p.effectiveFrom) ? p.effectiveFrom : day;
    }

    private void known(String field, String policy) {
        try {
            rules.policy(policy);
        } catch (ProblemException e) {
            throw ProblemException.invalid(field, "direct-delivery.unknown-policy", policy);
        }
    }

    private List<DdEnterprise> scopedEnterprises(String jurisdiction) {
        String scope = caller.scope(jurisdiction);
        return scope == null ? DdEnterprise.list("1 = 1", Sort.by("creditCode"))
                : DdEnterprise.list("jurisdiction like ?1", Sort.by("creditCode"), JurisdictionCodes.prefix(scope) + "%");
    }

    private DdPolicy find(UUID id) {
        DdPolicy p = DdPolicy.findById(id);
        if (p == null) {
            throw ProblemException.notFound("thing.dd-policy", id);
        }
        caller.requireJurisdiction(p.jurisdiction);
        return p;
    }

    private DdPolicy mutable(UUID id, Integer version) {
        DdPolicy p = find(id);
        ProblemException.requireVersion(version == null ? null : version.longValue(), p.version);
        return p;
    }

    private DdItem item(UUID id) {
        DdItem i = DdItem.findById(id);
        if (i == null) {
            throw ProblemException.notFound("thing.dd-item", id);
        }
        caller.requireJurisdiction(i.jurisdiction);
        return i;
    }

    private DdEnterprise enterprise(String creditCode) {
        DdEnterprise e = DdEnterprise.findById(creditCode);
        if (e == null) {
            throw ProblemException.notFound("thing.dd-enterprise", creditCode);
        }
        caller.requireJurisdiction(e.jurisdiction);
        return e;
    }

    DdViews.ItemView view(DdItem i) {
        List<String> materials;
        try {
            materials = json.readValue(i.materials, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new DdViews.ItemView(i.id, i.policyId, i.jurisdiction, i.name, i.basis, i.content, i.beneficiaries,
                new DdRequests.Period(i.applicableFrom, i.applicableTo), dd.conditions(i), materials, i.department, i.contactPerson, i.contact,
                i.benefitPolicy, i.benefit, i.amount, i.recordedOn);
    }

    DdViews.EnterpriseView view(DdEnterprise e) {
        return new DdViews.EnterpriseView(e.creditCode, e.name, e.jurisdiction, dd.tags(e), e.version);
    }

    static Objection none() {
        return null;
    }
}
