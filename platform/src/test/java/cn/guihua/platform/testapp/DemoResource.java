package cn.guihua.platform.testapp;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.json.Money;
import cn.guihua.platform.outbox.Outbox;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.Roles;

/** Exercises the platform the way a service's resources use it. */
@Path("/api/v1/demo")
@Produces(MediaType.APPLICATION_JSON)
public class DemoResource {

    public enum Kind { PLAN, GOAL }

    public record NewItem(@NotBlank String name, @NotNull String jurisdiction, @NotNull @Min(0) Integer count,
            LocalDate day, BigDecimal amount, double ratio, List<String> tags) {
    }

    public record ItemView(@NotNull Long id, @NotNull String name, @NotNull String jurisdiction, int count, LocalDate day,
            @Money BigDecimal amount, List<String> tags, long version) {
        /** How often an item's JSON was written (IdempotencyTest: an idempotent answer is written once). */
        public static final AtomicInteger WRITTEN = new AtomicInteger();

        @Override
        public String name() {
            WRITTEN.incrementAndGet();
            return name;
        }

        static ItemView of(DemoItem i) {
            return new ItemView(i.id, i.name, i.jurisdiction, i.count, i.day, i.amount, null, i.version);
        }
    }

    public record ItemUpdate(@NotNull Integer count, Long version) {
    }

    public record NewProbe(@NotBlank String subject, @NotNull @Min(0) Integer seq) {
    }

    public record Echo(int page, int size, Integer year, Boolean flag, LocalDate day, Kind kind, OffsetDateTime at) {
    }

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @GET
    @Path("echo")
    @PermitAll
    public Echo echo(@BeanParam @Valid PageRequest paging, @QueryParam("year") Integer year, @QueryParam("flag") Boolean flag,
            @QueryParam("day") LocalDate day, @QueryParam("kind") Kind kind, @QueryParam("at") OffsetDateTime at) {
        return new Echo(paging.page, paging.size, year, flag, day, kind, at);
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    public Response create(@Valid @NotNull NewItem body) {
        caller.requireJurisdiction(body.jurisdiction());
        if (DemoItem.count("name", body.name()) > 0) {
            throw ProblemException.conflict("demo.name-taken", body.name());
        }
        DemoItem i = new DemoItem();
        i.name = body.name();
        i.jurisdiction = body.jurisdiction();
        i.count = body.count();
        i.day = body.day();
        i.amount = body.amount();
        i.persist();
        audit.record("demo.created", "DemoItem", i.name, body);
        outbox.publish("guihua.test.demo", i.jurisdiction, "cn.guihua.test.demo.created.v1", "items/" + i.name,
                Map.of("name", i.name));
        // slow enough that concurrent retries overlap with the first request
        em.createNativeQuery("SELECT pg_sleep(0.3)").getSingleResult();
        return Response.created(URI.create("/api/v1/demo/items/" + i.id)).entity(ItemView.of(i)).build();
    }

    private static final AtomicInteger UPLOADS = new AtomicInteger();

    /** A large body, as a bulk import's: the idempotency fingerprint is computed beside the request. */
    @POST
    @Path("uploads")
    @Consumes(MediaType.TEXT_PLAIN)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    public Response upload(byte[] body) {
        return Response.ok(Map.of("bytes", body.length, "upload", UPLOADS.incrementAndGet())).build();
    }

    @GET
    @Path("items/{id}")
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN, Roles.AUDITOR })
    public ItemView get(@PathParam("id") long id) {
        DemoItem i = DemoItem.findById(id);
        if (i == null) {
            throw ProblemException.notFound("thing.demo-item", id);
        }
        caller.requireJurisdiction(i.jurisdiction);
        return ItemView.of(i);
    }

    @PUT
    @Path("items/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    public ItemView update(@PathParam("id") long id, @Valid @NotNull ItemUpdate body) {
        DemoItem i = DemoItem.findById(id);
        if (i == null) {
            throw ProblemException.notFound("thing.demo-item", id);
        }
        caller.requireJurisdiction(i.jurisdiction);
        ProblemException.requireVersion(body.version(), i.version);
        i.count = body.count();
        return ItemView.of(i);
    }

    @GET
    @Path("items")
    @PermitAll
    public Page<ItemView> list(@BeanParam @Valid PageRequest paging) {
        return Page.of(DemoItem.findAll(io.quarkus.panache.common.Sort.by("id")), paging, ItemView::of);
    }

    /** Publishes one probe event, which the test application's own consumer applies (ProbeHandler). */
    @POST
    @Path("probes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    public Response probe(@Valid @NotNull NewProbe body) {
        java.util.UUID id = outbox.publish(ProbeHandler.TOPIC, body.subject(), ProbeHandler.PROBE, body.subject(),
                Map.of("seq", body.seq()));
        return Response.accepted(Map.of("eventId", id.toString())).build();
    }

    /** What a neighbouring service calls: the caller as the token names it. */
    @GET
    @Path("caller")
    @RolesAllowed(Roles.SERVICE)
    public Map<String, Object> caller() {
        return Map.of("subject", caller.subject(), "service", caller.hasRole(Roles.SERVICE));
    }

    @GET
    @Path("slow")
    @PermitAll
    @Transactional
    public String slow() {
        // longer than the test's statement_timeout: PostgreSQL cancels it
        em.createNativeQuery("SELECT pg_sleep(5)").getSingleResult();
        return "never";
    }

    @GET
    @Path("crash")
    @PermitAll
    public String crash() {
        throw new IllegalStateException("a bug with internals: at cn.guihua.Secret.method(Secret.java:1)");
    }
}
