package cn.guihua.subsidy.disability;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import cn.guihua.subsidy.application.Applications;
import cn.guihua.subsidy.identity.ResidentId;
import cn.guihua.subsidy.rules.Calculation;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/disability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disability subsidies (困难残疾人生活补贴, 重度残疾人护理补贴)")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
public class DisabilityResource {

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Applications applications;

    @Inject
    DisabilityStandards standards;

    @Inject
    DisabilityBatches batches;

    @Inject
    Proactive proactive;

    @POST
    @Path("persons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a disability certificate holder", description = "The ID number must pass the GB 11643 check. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", description = "Already on record")
    public Response create(@Valid @NotNull NewDisabledPerson body) {
        caller.requireJurisdiction(body.residence());
        if (!ResidentId.isValid(body.idNumber())) {
            throw ProblemException.invalid("idNumber", "identity.resident-id-invalid");
        }
        if (DisabledPerson.count("idNumber", body.idNumber()) > 0) {
            throw ProblemException.conflict("disability.person-on-record");
        }
        DisabledPerson p = new DisabledPerson();
        p.id = UUID.randomUUID();
        p.idNumber = body.idNumber();
        p.name = body.name().strip();
        p.residence = body.residence();
        p.category = body.category();
        p.grade = body.grade();
        p.lowIncome = body.lowIncome();
        p.updatedAt = OffsetDateTime.now();
        p.persist();
        audit.record("disability.person.recorded", "DisabledPerson", p.id, java.util.Map.of("residence", p.residence));
        return Response.created(URI.create("/api/v1/disability/persons/" + p.id)).entity(PersonView.of(p, true)).build();
    }

    @GET
    @Path("persons")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "List certificate holders", description = "ID numbers and names are masked in lists.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<PersonView> list(
            @QueryParam("residence") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(description = "A district, street or village code", example = "370104") String residence,
            @BeanParam @Valid PageRequest paging) {
        String scope = caller.scope(residence);
        return Page.of(DisabledPerson.<DisabledPerson>find("residence like ?1", Sort.by("idNumber"),
                (scope == null ? "" : JurisdictionCodes.prefix(scope)) + "%"), paging, p -> PersonView.of(p, false));
    }

    @GET
    @Path("persons/{id}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get a certificate holder", description = "In clear for the subsidy officer of the jurisdiction, auditors and admins.")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "404", description = "No such person")
    public PersonView get(@PathParam("id") UUID id) {
        DisabledPerson p = find(id);
        caller.requireJurisdiction(p.residence);
        return PersonView.of(p, applications.mayReveal(p.residence));
    }

    @PUT
    @Path("persons/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Change a certificate holder's facts", description = "Grade, category, 低保 status, residence. A stale version is 409.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "Stale version")
    public PersonView update(@PathParam("id") UUID id, @Valid @NotNull PersonUpdate body) {
        DisabledPerson p = find(id);
        caller.requireJurisdiction(p.residence);
        caller.requireJurisdiction(body.residence());
        ProblemException.requireVersion(body.version() == null ? null : body.version().longValue(), p.version);
        p.residence = body.residence();
        p.category = body.category();
        p.grade = body.grade();
        p.lowIncome = body.lowIncome();
        p.updatedAt = OffsetDateTime.now();
        audit.record("disability.person.updated", "DisabledPerson", p.id, body);
        DisabledPerson.getEntityManager().flush();
        return PersonView.of(p, true);
    }

    @POST
    @Path("calculations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Calculate a month's subsidy", description = "For a person on record (`personId`) or for the facts given. "
            + "The documents give no amounts: without a configured monthly standard the answer is NOT_CONFIGURED and says so.")
    @APIResponse(responseCode = "200", description = "The calculation and its explanation", content = @Content(schema = @Schema(implementation = Calculation.class)))
    @APIResponse(responseCode = "404", description = "No such person")
    public Calculation calculate(@Valid @NotNull DisabilityCalculationRequest body) {
        Facts facts;
        if (body.personId() != null) {
            DisabledPerson p = find(body.personId());
            caller.requireJurisdiction(p.residence);
            facts = Facts.of(p);
        } else {
            if (body.residence() == null || body.category() == null || body.grade() == null || body.lowIncome() == null) {
                throw ProblemException.invalid(body.residence() == null ? "residence" : body.category() == null ? "category"
                        : body.grade() == null ? "grade" : "lowIncome", "disability.facts-required");
            }
            facts = new Facts(body.residence(), body.category(), body.grade(), body.lowIncome());
        }
        return standards.of(body.jurisdiction(), DisabilityBatches.requireMonth("month", body.month()).atDay(1)).explain(body.subsidy().name(), facts);
    }

    @POST
    @Path("batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Run a month's payment batch", description = "Pays every enrolled recipient still eligible that month, once "
            + "per month, and sends the coverage (paid over eligible) to indicator-service as DISABLED_LIVING_SUBSIDY_COVERAGE and "
            + "SEVERE_DISABLED_NURSING_SUBSIDY_COVERAGE, retried until accepted. The month must be a real month of the years "
            + "1900-2199 (400 naming `month` otherwise). Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "409", description = "The month is paid already")
    @APIResponse(responseCode = "422", description = "A monthly standard is not configured")
    public Response batch(@Valid @NotNull BatchRequest body) {
        DisabilityBatch b = batches.run(body.district(), body.month());
        return Response.created(URI.create("/api/v1/disability/batches/" + b.id)).entity(BatchView.of(b)).build();
    }

    @GET
    @Path("batches/{id}")
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Get a batch")
    @APIResponse(responseCode = "200", description = "The batch")
    @APIResponse(responseCode = "404", description = "No such batch")
    public BatchView getBatch(@PathParam("id") UUID id) {
        DisabilityBatch b = DisabilityBatch.findById(id);
        if (b == null) {
            throw ProblemException.notFound("thing.disability-batch", id);
        }
        caller.requireJurisdiction(b.district);
        return BatchView.of(b);
    }

    @POST
    @Path("proactive-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUBSIDY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Find who qualifies without applying (a configured policy)", description = "Runs the configured "
            + "eligibility over the certificate holders on record; with `openApplications`, opens a submitted application for each. "
            + "No seed clause provides for it (免申即享, 001:1892, is about 兰山区's enterprise policies: POST "
            + "/api/v1/direct-delivery/proactive-runs): the district switches it on with DISABILITY_PROACTIVE_RUNS and its legal "
            + "basis, quoted in the answer; otherwise 422 naming it. ID numbers and names in `qualifying` are masked, as in every list.")
    @APIResponse(responseCode = "200", description = "The result", content = @Content(schema = @Schema(implementation = ProactiveResult.class)))
    @APIResponse(responseCode = "422", description = "The run, or the subsidy's eligibility or standard, is not configured")
    public ProactiveResult proactive(@Valid @NotNull ProactiveRequest body) {
        return proactive.run(body);
    }

    private static DisabledPerson find(UUID id) {
        DisabledPerson p = DisabledPerson.findById(id);
        if (p == null) {
            throw ProblemException.notFound("thing.disabled-person", id);
        }
        return p;
    }
}
