package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

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

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Sort;

/** The min-max bounds planners set for outlier detection (method MIN_MAX). */
@Path("/api/v1/outlier-bounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data quality", description = "Validation rules, outliers, reporting completeness (数据质量)")
public class OutlierBoundResource {

    @Inject
    Caller caller;

    @Inject
    Catalogue catalogue;

    @Inject
    Audit audit;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "List outlier bounds",
            description = "The bounds of the caller's jurisdiction, of those above it (they apply to its values) and of those "
                    + "below it (unscoped callers: all), by indicator and jurisdiction.")
    @APIResponse(responseCode = "200", description = "One page of bounds")
    public Page<OutlierBoundView> list(
            @QueryParam("indicatorCode") @Size(max = 200) @Parameter(example = "NEONATAL_MORTALITY") String indicatorCode,
            @BeanParam @Valid PageRequest paging) {
        // bounds are few: filtered here, as the visibility of a single one is
        Sort order = Sort.by("indicatorCode").and("jurisdiction").and("id");
        java.util.List<OutlierBound> all = indicatorCode == null ? OutlierBound.listAll(order)
                : OutlierBound.list("indicatorCode", order, indicatorCode.strip());
        return Page.slice(all.stream().filter(this::visible).map(OutlierBoundView::of).toList(), paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.SERVICE, Roles.REPORTER, Roles.REVIEWER, Roles.PLANNER,
        Roles.SUBSIDY_OFFICER, Roles.EMERGENCY_MANAGER })
    @Operation(summary = "Get outlier bounds",
            description = "Bounds of the caller's jurisdiction, one above it or one below it (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The bounds")
    @APIResponse(responseCode = "404", description = "No such bounds")
    public OutlierBoundView get(@PathParam("id") long id) {
        OutlierBound b = find(id);
        requireVisible(b);
        return OutlierBoundView.of(b);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(summary = "Set outlier bounds",
            description = "For an indicator in a jurisdiction (the caller's or one below it) and the divisions below, optionally "
                    + "one period type: a value below `min` or above `max` is an outlier (method MIN_MAX); the value view and "
                    + "the review list flag it whatever the configured method. The most specific bounds apply. Audited; "
                    + "accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "The bounds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutlierBoundView.class)))
    @APIResponse(responseCode = "409", description = "The indicator has bounds in that jurisdiction and period type already")
    public Response create(@Valid @NotNull NewOutlierBound body) {
        String jurisdiction = body.jurisdiction() == null || body.jurisdiction().isBlank() ? caller.jurisdiction()
                : body.jurisdiction().strip();
        if (jurisdiction == null) {
            throw ProblemException.invalid("jurisdiction", "quality.jurisdiction.required");
        }
        if (!JurisdictionCodes.isValid(jurisdiction)) {
            throw ProblemException.invalid("jurisdiction", "monitoring.jurisdiction.code");
        }
        caller.requireJurisdiction(jurisdiction);
        Catalogue.Snapshot s = catalogue.require();
        String code = body.indicatorCode().strip();
        if (s.indicator(code) == null) {
            throw ProblemException.invalid("indicatorCode", "monitoring.indicator.unknown", code, s.fetchedAt());
        }
        requireOrder(body.min(), body.max());
        OutlierBound existing = OutlierBound.find("indicatorCode = ?1 and jurisdiction = ?2 and "
                + (body.periodType() == null ? "periodType is null" : "periodType = ?3"),
                body.periodType() == null ? new Object[] { code, jurisdiction } : new Object[] { code, jurisdiction, body.periodType() })
                .firstResult();
        if (existing != null) {
            throw ProblemException.conflict("quality.bound.exists", code, jurisdiction, existing.id);
        }
        OutlierBound b = new OutlierBound();
        b.indicatorCode = code;
        b.jurisdiction = jurisdiction;
        b.periodType = body.periodType();
        b.min = body.min();
        b.max = body.max();
        b.reason = body.reason();
        b.createdBy = caller.subject();
        b.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        b.persist();
        audit.record("outlier-bound.created", "OutlierBound", b.id, definition(b));
        return Response.created(URI.create("/api/v1/outlier-bounds/" + b.id)).entity(OutlierBoundView.of(b)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(summary = "Change outlier bounds", description = "Send the version you read (409 when stale). Audited with the "
            + "bounds before and after.")
    @APIResponse(responseCode = "200", description = "The changed bounds")
    @APIResponse(responseCode = "404", description = "No such bounds")
    @APIResponse(responseCode = "409", description = "The version is stale")
    public OutlierBoundView update(@PathParam("id") long id, @Valid @NotNull OutlierBoundUpdate body) {
        OutlierBound b = find(id);
        caller.requireJurisdiction(b.jurisdiction);
        ProblemException.requireVersion(body.version(), b.lockVersion);
        requireOrder(body.min(), body.max());
        Map<String, Object> before = definition(b);
        b.min = body.min();
        b.max = body.max();
        b.reason = body.reason();
        b.updatedBy = caller.subject();
        b.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        OutlierBound.flush();
        audit.record("outlier-bound.updated", "OutlierBound", b.id, Map.of("before", before, "after", definition(b)));
        return OutlierBoundView.of(b);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(summary = "Remove outlier bounds", description = "The indicator's values there are judged by the bounds above "
            + "it, or by their history, from now on. Audited.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such bounds")
    public Response delete(@PathParam("id") long id) {
        OutlierBound b = find(id);
        caller.requireJurisdiction(b.jurisdiction);
        Map<String, Object> before = definition(b);
        b.delete();
        audit.record("outlier-bound.deleted", "OutlierBound", id, before);
        return Response.noContent().build();
    }

    private static OutlierBound find(long id) {
        OutlierBound b = OutlierBound.findById(id);
        if (b == null) {
            throw ProblemException.notFound("thing.outlier-bound", id);
        }
        return b;
    }

    /** Bounds are seen in their jurisdiction, above it (they apply there) and below it. */
    private boolean visible(OutlierBound b) {
        String own = caller.jurisdiction();
        return caller.unscoped() || JurisdictionCodes.within(b.jurisdiction, own) || JurisdictionCodes.within(own, b.jurisdiction);
    }

    private void requireVisible(OutlierBound b) {
        if (!visible(b)) {
            throw ProblemException.forbidden("problem.detail.outside-jurisdiction", caller.jurisdiction(), b.jurisdiction);
        }
    }

    private static void requireOrder(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            throw ProblemException.invalid("min", "quality.bound.empty");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalid("max", "quality.bound.order");
        }
    }

    private static Map<String, Object> definition(OutlierBound b) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("indicatorCode", b.indicatorCode);
        d.put("jurisdiction", b.jurisdiction);
        d.put("periodType", b.periodType == null ? "" : b.periodType.name());
        d.put("min", b.min == null ? "" : b.min);
        d.put("max", b.max == null ? "" : b.max);
        d.put("reason", b.reason == null ? "" : b.reason);
        return d;
    }
}
