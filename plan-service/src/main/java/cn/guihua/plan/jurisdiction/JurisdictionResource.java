package cn.guihua.plan.jurisdiction;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.plan.Filters;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.outbox.Outbox;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jurisdictions")
public class JurisdictionResource {

    public static final String TOPIC = "guihua.plan.events";

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @GET
    @PermitAll
    @Operation(summary = "List jurisdictions", description = "Public: the division codes are public (GB/T 2260). Filter by "
            + "parent (with all levels below it when `descendants=true`), level and name.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<JurisdictionView> list(
            @QueryParam("parentCode") @Parameter(description = "Division code of the parent", example = "370104") String parentCode,
            @QueryParam("parent") @Parameter(deprecated = true, description = Filters.ALIAS_OF + "`parentCode`") String parent,
            @QueryParam("descendants") @DefaultValue("false")
            @Parameter(description = "With `parentCode`: every level below it, not only its children") boolean descendants,
            @QueryParam("level") JurisdictionLevel level,
            @QueryParam("q") @Parameter(description = "Part of the name", example = "槐荫") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) @Parameter(description = Page.SIZE_DOC) int size) {
        String above = Filters.prefer(parentCode, parent);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (above != null && !above.isBlank()) {
            above = above.strip();
            if (descendants) {
                where.append(" and code like :prefix and code <> :parent");
                params.and("prefix", JurisdictionCodes.prefix(above) + "%").and("parent", above);
            } else {
                where.append(" and parentCode = :parent");
                params.and("parent", above);
            }
        }
        if (level != null) {
            where.append(" and level = :level");
            params.and("level", level);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and name like :q");
            params.and("q", "%" + q.strip() + "%");
        }
        return Page.of(Jurisdiction.find(where.toString(), Sort.by("code"), params), page, size, JurisdictionView::of);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "Get one jurisdiction by its division code", description = "Public: the division codes are public.")
    @APIResponse(responseCode = "200", description = "The jurisdiction")
    @APIResponse(responseCode = "404", description = "No such code")
    public JurisdictionView get(@PathParam("code") @Parameter(example = "370104") String code) {
        return JurisdictionView.of(find(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Add a street or village", description = "Admins anywhere; planners below their own "
            + "jurisdiction. The code must extend the parent's code. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = JurisdictionView.class)))
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response create(@Valid @NotNull NewJurisdiction body) {
        Jurisdiction parent = Jurisdiction.findById(body.parentCode());
        if (parent == null) {
            throw ProblemException.invalid("parentCode", "jurisdiction.parent-missing", body.parentCode());
        }
        JurisdictionLevel level = JurisdictionLevel.of(body.code());
        if (level != JurisdictionLevel.STREET && level != JurisdictionLevel.VILLAGE
                || !body.code().startsWith(parent.code) || body.code().length() != parent.code.length() + 3) {
            throw ProblemException.invalid("code", "jurisdiction.code-below-parent");
        }
        caller.requireJurisdiction(parent.code);
        if (Jurisdiction.findById(body.code()) != null) {
            throw ProblemException.conflict("jurisdiction.exists", body.code());
        }
        Jurisdiction j = new Jurisdiction();
        j.code = body.code();
        j.name = body.name().strip();
        j.level = level;
        j.parentCode = parent.code;
        j.createdAt = j.updatedAt = OffsetDateTime.now();
        j.persist();
        audit.record("jurisdiction.created", "Jurisdiction", j.code, body);
        outbox.publish(TOPIC, j.code, "cn.guihua.plan.jurisdiction.created.v1", "jurisdictions/" + j.code,
                Map.of("code", j.code, "name", j.name, "level", j.level, "parentCode", j.parentCode));
        return Response.created(URI.create("/api/v1/jurisdictions/" + j.code)).entity(JurisdictionView.of(j)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Rename a jurisdiction", description = "Optimistic concurrency: send the version you read; "
            + "a stale version gets 409. Planners rename streets and villages in their jurisdiction, admins any.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public JurisdictionView update(@PathParam("code") String code, @Valid @NotNull JurisdictionUpdate body) {
        Jurisdiction j = find(code);
        caller.requireJurisdiction(j.code);
        if (!caller.hasRole(Roles.ADMIN) && j.level.compareTo(JurisdictionLevel.STREET) < 0) {
            throw ProblemException.forbidden("jurisdiction.admin-only");
        }
        ProblemException.requireVersion(body.version(), j.version);
        String before = j.name;
        j.name = body.name().strip();
        j.updatedAt = OffsetDateTime.now();
        audit.record("jurisdiction.renamed", "Jurisdiction", j.code, Map.of("from", before, "to", j.name));
        Jurisdiction.getEntityManager().flush();
        return JurisdictionView.of(j);
    }

    private static Jurisdiction find(String code) {
        Jurisdiction j = Jurisdiction.findById(code);
        if (j == null) {
            throw ProblemException.notFound("thing.jurisdiction", code);
        }
        return j;
    }
}
