package cn.guihua.emergency.warning;

import java.net.URI;
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
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.catalogue.EventCategory;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Warnings (预警): issued by a jurisdiction or recorded from above it, adjusted and lifted, each step with who and when. */
@Path("/api/v1/warnings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Warnings")
public class WarningResource {

    private static final String EXAMPLE_BLUE = "{\"planCode\":\"HY_OVERALL\",\"jurisdiction\":\"370104\",\"category\":\"NATURAL\","
            + "\"level\":4,\"color\":\"BLUE\",\"issuerBody\":\"槐荫区应急管理局\",\"channels\":[\"EMERGENCY_BROADCAST\",\"TELECOM\"],"
            + "\"measures\":[2,4],\"content\":{\"category\":\"自然灾害（气象灾害）\",\"level\":\"四级（蓝色）\","
            + "\"startTime\":\"2025-07-10T08:00:00+08:00\",\"affectedArea\":\"槐荫区全域\",\"warningMatters\":\"预计未来24小时内有强降雨\","
            + "\"development\":\"降雨持续\",\"measures\":\"减少外出，远离低洼地带\",\"consultation\":\"区应急管理局值班电话\","
            + "\"issuedAt\":\"2025-07-10T07:30:00+08:00\",\"issuer\":\"槐荫区应急管理局\"},\"issuedAt\":\"2025-07-10T07:30:00+08:00\"}";

    @Inject
    Caller caller;

    @Inject
    Warnings warnings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Issue a warning, or record one issued above", description = "Emergency managers, for their "
            + "jurisdiction. Who may issue which level is the plan's rule (GET /api/v1/warning-rules/{jurisdiction}): a level "
            + "the jurisdiction may not issue is 403 quoting the clause (the drug plan's 三级 is the city's, 000:3027); it can "
            + "be recorded with `issuedAbove` and the issuer's level. 槐荫区 warnings carry the ten content fields of 000:1315 "
            + "(400 naming each missing one); 张店区's plan requires none. Emits `cn.guihua.emergency.warning.issued.v1`.")
    @APIResponse(responseCode = "201", description = "Issued or recorded", content = @Content(schema = @Schema(implementation = WarningView.class)))
    public Response issue(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "blue", value = EXAMPLE_BLUE)))
            @Valid @NotNull NewWarning body) {
        Warning w = warnings.issue(body);
        Warning.getEntityManager().flush();
        return Response.created(URI.create("/api/v1/warnings/" + w.id)).entity(warnings.view(w)).build();
    }

    @POST
    @Path("{id}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Adjust a warning's level", description = "By the issuing body (发布单位, 000:1311; 002:3444), to a "
            + "level it may issue (403 with the clause otherwise); for a recorded warning, the adjustment made above. A lifted "
            + "warning is 409. Emits `cn.guihua.emergency.warning.adjusted.v1`.")
    @APIResponse(responseCode = "200", description = "The warning")
    public WarningView adjust(@PathParam("id") UUID id, @Valid @NotNull WarningAdjustment body) {
        Warning w = warnings.adjust(find(id), body);
        Warning.getEntityManager().flush();
        return warnings.view(w);
    }

    @POST
    @Path("{id}/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.EMERGENCY_MANAGER)
    @Operation(summary = "Lift a warning", description = "Ends the warning period and the measures taken (000:1339; 002:3457; "
            + "drug 四级: 000:3053). A lifted warning is 409. Emits `cn.guihua.emergency.warning.lifted.v1`.")
    @APIResponse(responseCode = "200", description = "The warning")
    public WarningView lift(@PathParam("id") UUID id, @Valid @NotNull WarningLift body) {
        Warning w = warnings.lift(find(id), body);
        Warning.getEntityManager().flush();
        return warnings.view(w);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "A warning with its history", description = "For the managers of its area and of the streets below "
            + "it (a warning covers them), auditors, admins and services; 403 for anyone else.")
    @APIResponse(responseCode = "200", description = "The warning")
    public WarningView get(@PathParam("id") UUID id) {
        Warning w = find(id);
        String own = caller.jurisdiction();
        if (!caller.mayAccess(w.jurisdiction) && !JurisdictionCodes.within(own, w.jurisdiction)) {
            caller.requireJurisdiction(w.jurisdiction);
        }
        return warnings.view(w);
    }

    @GET
    @Path("active")
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "The warnings active for a jurisdiction", description = "In one call: every warning not lifted (as of "
            + "`at`, default now) whose area is the jurisdiction or one above it, including those issued above and recorded; "
            + "with `includeBelow` also those of the streets below it. Highest level first.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<WarningView> active(
            @QueryParam("jurisdiction") @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104001") String jurisdiction,
            @QueryParam("at") @Parameter(description = "Active at this time; default now", example = "2025-07-10T12:00:00+08:00")
            OffsetDateTime at,
            @QueryParam("includeBelow") @DefaultValue("false") @Parameter(description = "Also the warnings of the areas below") boolean includeBelow,
            @BeanParam @Valid PageRequest paging) {
        caller.requireJurisdiction(jurisdiction);
        OffsetDateTime when = at == null ? OffsetDateTime.now() : at;
        // the area itself or one above it: a district's warning covers its streets; a 6-digit code above the district
        // (370100, 370000) covers by its significant prefix
        StringBuilder covering = new StringBuilder("(:code like concat(jurisdiction, '%') or jurisdiction in :above");
        Parameters params = Parameters.with("code", jurisdiction).and("at", when);
        params.and("above", above(jurisdiction));
        if (includeBelow) {
            covering.append(" or jurisdiction like :below");
            params.and("below", JurisdictionCodes.prefix(jurisdiction) + "%");
        }
        covering.append(")");
        String where = covering + " and issuedAt <= :at and (liftedAt is null or liftedAt > :at)";
        return Page.of(Warning.<Warning>find(where, Sort.by("level", Sort.Direction.Ascending).and("issuedAt", Sort.Direction.Descending), params), paging, warnings::view);
    }

    @GET
    @RolesAllowed({ Roles.EMERGENCY_MANAGER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "List warnings", description = "Of a jurisdiction and below it (default the caller's), newest first; "
            + "filter by status, plan and category.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<WarningView> list(
            @QueryParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction,
            @QueryParam("status") WarningStatus status,
            @QueryParam("planCode") @Size(max = 50) @Parameter(example = "HY_DRUG_SAFETY") String planCode,
            @QueryParam("category") EventCategory category,
            @BeanParam @Valid PageRequest paging) {
        String scope = caller.scope(jurisdiction);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scope != null) {
            where.append(" and jurisdiction like :prefix");
            params.and("prefix", JurisdictionCodes.prefix(scope) + "%");
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (planCode != null) {
            where.append(" and planCode = :planCode");
            params.and("planCode", planCode);
        }
        if (category != null) {
            where.append(" and category = :category");
            params.and("category", category);
        }
        return Page.of(Warning.<Warning>find(where.toString(), Sort.by("issuedAt").descending(), params), paging, warnings::view);
    }

    /** The 6-digit codes above a jurisdiction (370104001 → 370100, 370000). */
    static List<String> above(String code) {
        String district = code.substring(0, 6);
        return List.of(district.substring(0, 4) + "00", district.substring(0, 2) + "0000", district);
    }

    private static Warning find(UUID id) {
        Warning w = Warning.findById(id);
        if (w == null) {
            throw ProblemException.notFound("thing.warning", id);
        }
        return w;
    }
}
