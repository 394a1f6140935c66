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
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.plan.audit.Audit;
import cn.guihua.plan.idempotency.Idempotency;
import cn.guihua.plan.outbox.Outbox;
import cn.guihua.plan.paging.Page;
import cn.guihua.plan.problem.ProblemException;
import cn.guihua.plan.security.Caller;
import cn.guihua.plan.security.JurisdictionCodes;
import cn.guihua.plan.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jurisdictions")
@APIResponse(responseCode = "400", description = "Invalid input")
public class JurisdictionResource {

    public static final String TOPIC = "guihua.plan.events";

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @Inject
    Idempotency idempotency;

    @GET
    @PermitAll
    @Operation(summary = "List jurisdictions", description = "Public. Filter by parent (with all levels below it when "
            + "`descendants=true`), level and name.")
    @APIResponse(responseCode = "200", description = "A page of results")
    public Page<JurisdictionView> list(
            @QueryParam("parent") @Parameter(description = "Division code of the parent", example = "370104") String parent,
            @QueryParam("descendants") @DefaultValue("false") boolean descendants,
            @QueryParam("level") JurisdictionLevel level,
            @QueryParam("q") @Parameter(description = "Part of the name", example = "槐荫") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = Page.PAGE_DOC) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) @Parameter(description = Page.SIZE_DOC) int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (parent != null) {
            if (descendants) {
                where.append(" and code like :prefix and code <> :parent");
                params.and("prefix", JurisdictionCodes.prefix(parent) + "%").and("parent", parent);
            } else {
                where.append(" and parentCode = :parent");
                params.and("parent", parent);
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
    @Operation(summary = "Get one jurisdiction by its division code")
    @APIResponse(responseCode = "200", description = "The jurisdiction")
    @APIResponse(responseCode = "404", description = "No such code")
    public JurisdictionView get(@PathParam("code") @Parameter(example = "370104") String code) {
        return JurisdictionView.of(find(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a street or village", description = "Admins anywhere; planners below their own "
            + "jurisdiction. The code must extend the parent's code. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = JurisdictionView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role or jurisdiction does not allow it")
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response create(@Valid @NotNull NewJurisdiction body,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retry return the first result") String key) {
        return idempotency.once(key, body, () -> {
            Jurisdiction parent = Jurisdiction.findById(body.parentCode());
            if (parent == null) {
                throw ProblemException.invalid("parentCode", "上级行政区划 " + body.parentCode() + " 不存在",
                        "Parent jurisdiction " + body.parentCode() + " does not exist");
            }
            JurisdictionLevel level = JurisdictionLevel.of(body.code());
            if (level != JurisdictionLevel.STREET && level != JurisdictionLevel.VILLAGE
                    || !body.code().startsWith(parent.code) || body.code().length() != parent.code.length() + 3) {
                throw ProblemException.invalid("code", "代码须为上级代码加 3 位数字（街道 9 位，社区/村 12 位）",
                        "The code must be the parent's code followed by 3 digits (street 9, village 12 digits)");
            }
            caller.requireJurisdiction(parent.code);
            if (Jurisdiction.findById(body.code()) != null) {
                throw ProblemException.conflict("行政区划 " + body.code() + " 已存在", "Jurisdiction " + body.code() + " exists already");
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
        });
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rename a jurisdiction", description = "Optimistic concurrency: send the version you read; "
            + "a stale version gets 409.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public JurisdictionView update(@PathParam("code") String code, @Valid @NotNull JurisdictionUpdate body) {
        Jurisdiction j = find(code);
        caller.requireJurisdiction(j.code);
        if (!caller.hasRole(Roles.ADMIN) && j.level.compareTo(JurisdictionLevel.STREET) < 0) {
            throw ProblemException.forbidden("只有管理员可以修改省、市、区县", "Only admins change provinces, cities and districts");
        }
        if (j.version != body.version()) {
            throw ProblemException.conflict("版本 " + body.version() + " 已过期，当前为 " + j.version,
                    "Version " + body.version() + " is stale; the current one is " + j.version);
        }
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
            throw ProblemException.notFound("行政区划", "Jurisdiction", code);
        }
        return j;
    }
}
