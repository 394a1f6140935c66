package cn.guihua.plan.plan;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.plan.ReadOnly;
import cn.guihua.plan.progress.ProgressQuery;
import cn.guihua.plan.progress.TargetProgress;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.idempotency.Idempotent;
import cn.guihua.platform.json.Limits;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.JurisdictionCodes;
import cn.guihua.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "规划: plans with their areas, goals, targets and measures; revisions; import")
public class PlanResource {

    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d*");

    static final String DOCUMENT_EXAMPLE = """
            {"code":"370104-children-2021","title":"济南市槐荫区“十四五”儿童发展规划","kind":"CHILDREN","jurisdiction":"370104",
             "documentNumber":"济槐政发〔2022〕4号","issuer":"济南市槐荫区人民政府","issueDate":"2022-11-22",
             "periodStart":2021,"periodEnd":2025,"status":"PUBLISHED","sourceRef":"000:607",
             "areas":[{"sequence":1,"name":"儿童与健康","sourceRef":"000:661","goals":[{"sequence":1,
               "text":"新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、3‰和3.5‰以下","classification":"NUMERIC",
               "leadUnits":["区卫生健康局"],"responsibleUnits":[],"sourceRef":"000:663","targets":[
               {"indicatorCode":"NEONATAL_MORTALITY","comparator":"AT_MOST","value":3,"unit":"‰","targetYear":2025,
                "scope":"JURISDICTION","sourcePhrase":"新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、3‰和3.5‰以下",
                "sourceRef":"000:663"}]}],"measures":[]}]}""";

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    PlanImporter importer;

    @Inject
    ProgressQuery progress;

    @Inject
    PlanCache cache;

    @GET
    @PermitAll
    @Transactional
    @Operation(summary = "List plans", description = "Public (此件公开发布): the current revision of every published or archived plan. "
            + "Planners also see drafts in their jurisdiction, admins and auditors all drafts. Filter by jurisdiction "
            + "(with the jurisdictions below it when `descendants=true`), kind, a year within the period, status and text "
            + "in the title or document number.")
    @APIResponse(responseCode = "200", description = "One page of plans")
    public Page<PlanSummary> list(
            @QueryParam("jurisdiction") @Parameter(description = "Division code", example = "370100") String jurisdiction,
            @QueryParam("descendants") @DefaultValue("false") @Parameter(description = "Include the jurisdictions below") boolean descendants,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = PlanKind.class)) String kindParam,
            @QueryParam("year") @Min(Limits.MIN_YEAR) @Max(Limits.MAX_YEAR)
            @Parameter(description = "A year the plan's period covers", example = "2023") Integer year,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PlanStatus.class)) String statusParam,
            @QueryParam("q") @Parameter(description = "Part of the title or document number", example = "儿童") String q,
            @BeanParam @Valid PageRequest paging) {
        PlanKind kind = ProblemException.enumParam(PlanKind.class, "kind", kindParam);
        PlanStatus status = ProblemException.enumParam(PlanStatus.class, "status", statusParam);
        ReadOnly.transaction();
        Page<PlanSummary> cached = cachedList(jurisdiction, descendants, kind, year, status, q, paging);
        if (cached != null) {
            return cached;
        }
        StringBuilder where = new StringBuilder("current = true");
        Parameters params = new Parameters();
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            if (descendants) {
                where.append(" and jurisdiction like :prefix");
                params.and("prefix", JurisdictionCodes.prefix(jurisdiction.strip()) + "%");
            } else {
                where.append(" and jurisdiction = :jurisdiction");
                params.and("jurisdiction", jurisdiction.strip());
            }
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (year != null) {
            where.append(" and periodStart <= :year and periodEnd >= :year");
            params.and("year", year);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (title like :q or documentNumber like :q)");
            params.and("q", "%" + q.strip() + "%");
        }
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.AUDITOR)) {
            if (caller.hasRole(Roles.PLANNER) && caller.jurisdiction() != null) {
                where.append(" and (status <> :draft or jurisdiction like :mine)");
                params.and("mine", JurisdictionCodes.prefix(caller.jurisdiction()) + "%");
            } else {
                where.append(" and status <> :draft");
            }
            params.and("draft", PlanStatus.DRAFT);
        }
        return Page.of(Plan.find(where.toString(), Sort.by("jurisdiction").and("code"), params), paging, PlanSummary::of);
    }

    /**
     * {@link #list}'s page from the cache's current revisions (in its order: jurisdiction, code, as the database sorts
     * them), with the same conditions; null when the cache holds none or a condition is a pattern that is not a plain
     * prefix (a text search, a code with other characters than digits): then the database answers.
     */
    private Page<PlanSummary> cachedList(String jurisdiction, boolean descendants, PlanKind kind, Integer year,
            PlanStatus status, String q, PageRequest paging) {
        boolean all = caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AUDITOR);
        String mine = !all && caller.hasRole(Roles.PLANNER) && caller.jurisdiction() != null
                ? JurisdictionCodes.prefix(caller.jurisdiction()) : null;
        String j = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip();
        String prefix = j != null && descendants ? JurisdictionCodes.prefix(j) : null;
        if (q != null && !q.isBlank() || prefix != null && !DIGITS.matcher(prefix).matches()
                || mine != null && !DIGITS.matcher(mine).matches()) {
            return null;
        }
        PlanCache.Catalogue catalogue = cache.catalogue();
        if (catalogue == null) {
            return null;
        }
        List<Plan> matching = new java.util.ArrayList<>();
        for (Plan p : catalogue.currentPlans()) {
            if (j != null && !(prefix != null ? p.jurisdiction.startsWith(prefix) : p.jurisdiction.equals(j))
                    || kind != null && p.kind != kind
                    || year != null && !(p.periodStart <= year && p.periodEnd >= year)
                    || status != null && p.status != status
                    || !all && p.status == PlanStatus.DRAFT && !(mine != null && p.jurisdiction.startsWith(mine))) {
                continue;
            }
            matching.add(p);
        }
        Page<Plan> page = Page.slice(matching, paging);
        return Page.of(page.items().stream().map(PlanSummary::of).toList(), page.page(), page.size(), page.total());
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Transactional
    @Operation(summary = "Get a plan with its areas, goals, targets and measures",
            description = "The current revision, or the one asked for with `revision`. Each target carries its progress. "
                    + "Published and archived revisions are public (此件公开发布); a draft is read only by planners of its "
                    + "jurisdiction (and above), admins and auditors, and is not found for anyone else.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan or revision, or a draft the caller may not read")
    public Response get(@PathParam("code") @Parameter(example = "370104-children-2021") String code,
            @QueryParam("revision") @Min(1) @Parameter(description = "A revision number; the current one when absent") Integer revision) {
        ReadOnly.transaction();
        PlanCache.Catalogue catalogue = cache.catalogue();
        PlanCache.Snapshot s = cached(catalogue, code, revision);
        if (s != null) {
            Map<Long, TargetProgress> perTarget = progress.forPlan(s.plan, s.targets);
            return json(cache.render(catalogue, s, "plan", perTarget, () -> PlanView.of(s.plan, perTarget)));
        }
        Plan plan = visible(code, revision);
        return Response.ok(PlanView.of(plan, progress.forPlan(plan, PlanView.targetsOf(plan)))).build();
    }

    @GET
    @Path("{code}/document")
    @PermitAll
    @Transactional
    @Operation(summary = "Get a plan revision as an import document",
            description = "The format `POST /api/v1/plans/import` accepts, for editing and importing again. Drafts as for "
                    + "`GET /api/v1/plans/{code}`.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(schema = @Schema(implementation = PlanDocument.class)))
    @APIResponse(responseCode = "404", description = "No such plan or revision, or a draft the caller may not read")
    public Response document(@PathParam("code") @Parameter(example = "370104-children-2021") String code,
            @QueryParam("revision") @Min(1) @Parameter(description = "A revision number; the current one when absent") Integer revision) {
        ReadOnly.transaction();
        PlanCache.Catalogue catalogue = cache.catalogue();
        PlanCache.Snapshot s = cached(catalogue, code, revision);
        if (s != null) {
            return json(cache.render(catalogue, s, "document", null, () -> PlanImporter.toDocument(s.plan)));
        }
        return Response.ok(PlanImporter.toDocument(visible(code, revision))).build();
    }

    @GET
    @Path("{code}/revisions")
    @PermitAll
    @Operation(summary = "List the revisions of a plan", description = "Oldest first; superseded revisions stay readable. "
            + "Draft revisions only for those who may read them (as for `GET /api/v1/plans/{code}`).")
    @APIResponse(responseCode = "200", description = "The revisions")
    @APIResponse(responseCode = "404", description = "No such plan, or only a draft the caller may not read")
    public List<PlanSummary> revisions(@PathParam("code") @Parameter(example = "370104-children-2021") String code) {
        List<PlanSummary> revisions = Plan.<Plan>list("code", Sort.by("revision"), code).stream()
                .filter(this::mayRead).map(PlanSummary::of).toList();
        if (revisions.isEmpty()) {
            throw ProblemException.notFound("thing.plan", code);
        }
        return revisions;
    }

    @GET
    @Path("{code}/progress")
    @PermitAll
    @Transactional
    @Operation(summary = "Progress of a plan's targets",
            description = "For each target of the current revision (or `revision`), the latest approved monitoring value "
                    + "(sex, residence and age group TOTAL) of the plan's jurisdiction, or of each street for an EACH_STREET "
                    + "target, with its period, status, when it arrived and whether it meets the target. Drafts as for "
                    + "`GET /api/v1/plans/{code}`.")
    @APIResponse(responseCode = "200", description = "Progress per target",
            content = @Content(schema = @Schema(implementation = PlanProgressView.class)))
    @APIResponse(responseCode = "404", description = "No such plan or revision, or a draft the caller may not read")
    public Response progress(@PathParam("code") @Parameter(example = "370104-children-2021") String code,
            @QueryParam("revision") @Min(1) @Parameter(description = "A revision number; the current one when absent") Integer revision) {
        ReadOnly.transaction();
        PlanCache.Catalogue catalogue = cache.catalogue();
        PlanCache.Snapshot s = cached(catalogue, code, revision);
        if (s != null) {
            Map<Long, TargetProgress> perTarget = progress.forPlan(s.plan, s.targets);
            return json(cache.render(catalogue, s, "progress", perTarget, () -> progressView(s.plan, perTarget)));
        }
        Plan plan = visible(code, revision);
        return Response.ok(progressView(plan, progress.forPlan(plan, PlanView.targetsOf(plan)))).build();
    }

    private static PlanProgressView progressView(Plan plan, Map<Long, TargetProgress> perTarget) {
        List<PlanProgressView.Item> items = new java.util.ArrayList<>();
        for (PlanArea a : plan.areas) {
            for (PlanGoal g : a.goals) {
                g.targets.forEach(t -> items.add(new PlanProgressView.Item(a.sequence, a.name, g.sequence, null,
                        PlanView.TargetDetail.of(t, perTarget))));
            }
            for (PlanMeasure m : a.measures) {
                m.targets.forEach(t -> items.add(new PlanProgressView.Item(a.sequence, a.name, null, m.sequence,
                        PlanView.TargetDetail.of(t, perTarget))));
            }
        }
        return new PlanProgressView(plan.code, plan.revision, plan.jurisdiction, items);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Create a draft plan", description = "Revision 1 of a new plan, as a DRAFT, from a plan document "
            + "(areas may be empty). Planners in their own jurisdiction and below, admins anywhere. Accepts `Idempotency-Key`.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "draft", value = DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid document; `errors` names each field by its JSON path")
    @APIResponse(responseCode = "409", description = "The plan code exists already")
    public Response create(@NotNull JsonNode body) {
        Plan plan = importer.createDraft(body);
        return Response.created(URI.create("/api/v1/plans/" + plan.code)).entity(view(plan)).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Import a whole plan document", description = "Checked whole and applied atomically: a document "
            + "with errors changes nothing and the 400 lists every error by JSON path "
            + "(`areas[2].goals[0].targets[1].comparator`). A new plan gets revision 1 (201); a changed document becomes "
            + "the next revision (201) and the old one stays readable; content some revision already holds changes nothing "
            + "(200). A PUBLISHED or ARCHIVED document becomes the current revision, a DRAFT (the default) the open draft. "
            + "The reference files are loaded at start-up through this same path. Accepts `Idempotency-Key`.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "plan", value = DOCUMENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Unchanged: this content was imported before",
            content = @Content(schema = @Schema(implementation = PlanSummary.class)))
    @APIResponse(responseCode = "201", description = "Imported as a new plan or a new revision",
            content = @Content(schema = @Schema(implementation = PlanSummary.class)))
    @APIResponse(responseCode = "400", description = "Invalid document; `errors` names each field by its JSON path")
    @APIResponse(responseCode = "409", description = "A DRAFT document while a draft revision is open")
    public Response importPlan(@NotNull JsonNode body) {
        PlanImporter.Result result = importer.importDocument(body, importer.requestCaller());
        Plan plan = result.plan();
        if (result.outcome() == PlanImporter.Outcome.UNCHANGED) {
            return Response.ok(PlanSummary.of(plan)).build();
        }
        return Response.created(URI.create("/api/v1/plans/" + plan.code + "?revision=" + plan.revision))
                .entity(PlanSummary.of(plan)).build();
    }

    @PUT
    @Path("{code}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Edit the open draft revision", description = "Replaces the draft's metadata, areas, goals, "
            + "targets and measures with the document, checked as an import is. Send the version you read; a stale one gets 409.")
    @APIResponse(responseCode = "200", description = "The edited draft", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No draft revision is open")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public PlanView editDraft(@PathParam("code") String code, @Valid @NotNull DraftEdit body) {
        caller.requireJurisdiction(currentOf(code).jurisdiction);
        Plan draft = draftOf(code);
        ProblemException.requireVersion(body.version(), draft.version);
        return view(importer.replaceDraft(draft, body.plan()));
    }

    @POST
    @Path("{code}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Start a revision of a published plan", description = "A published plan is not edited in place: "
            + "this copies the current revision into the next one, as a DRAFT to edit and publish; the current revision "
            + "stays what public reads return until then. Send the current revision's version. Accepts `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "The new draft revision", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not published, a draft is open already, or a stale version")
    public Response revise(@PathParam("code") String code, @Valid @NotNull PlanChange body) {
        Plan current = currentPublished(code, body.version(), "plan.revise-not-published");
        if (Plan.draft(code) != null) {
            throw ProblemException.conflict("plan.draft-open", code);
        }
        Plan draft = importer.reviseFrom(current);
        return Response.created(URI.create("/api/v1/plans/" + code + "?revision=" + draft.revision))
                .entity(view(draft)).build();
    }

    @POST
    @Path("{code}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Publish the open draft revision", description = "It becomes the current revision; the one it "
            + "replaces stays readable by its revision number. Send the draft's version.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = PlanSummary.class)))
    @APIResponse(responseCode = "404", description = "No draft revision is open")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public PlanSummary publish(@PathParam("code") String code, @Valid @NotNull PlanChange body) {
        caller.requireJurisdiction(currentOf(code).jurisdiction);
        Plan draft = draftOf(code);
        ProblemException.requireVersion(body.version(), draft.version);
        Plan previous = Plan.current(code);
        if (previous != null && previous != draft) {
            previous.current = false;
            Plan.getEntityManager().flush();
        }
        draft.status = PlanStatus.PUBLISHED;
        draft.current = true;
        draft.updatedAt = java.time.OffsetDateTime.now();
        audit.record("plan.published", "Plan", code, Map.of("revision", draft.revision));
        Plan.getEntityManager().flush();
        return PlanSummary.of(draft);
    }

    @POST
    @Path("{code}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(summary = "Archive a published plan", description = "The current revision becomes ARCHIVED (废止); it "
            + "stays readable. Send its version.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = PlanSummary.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Not published, or changed by someone else since you read it")
    public PlanSummary archive(@PathParam("code") String code, @Valid @NotNull PlanChange body) {
        Plan current = currentPublished(code, body.version(), "plan.archive-not-published");
        current.status = PlanStatus.ARCHIVED;
        current.updatedAt = java.time.OffsetDateTime.now();
        audit.record("plan.archived", "Plan", code, Map.of("revision", current.revision));
        Plan.getEntityManager().flush();
        return PlanSummary.of(current);
    }

    private PlanView view(Plan plan) {
        Plan.getEntityManager().flush();
        return PlanView.of(plan, progress.forPlan(plan, PlanView.targetsOf(plan)));
    }

    /**
     * The revision asked for, if the caller may read it. A draft the caller may not read is not found, as one that
     * does not exist: a draft is not a public document, so its existence must not leak (plan codes are predictable).
     */
    private Plan visible(String code, Integer revision) {
        Plan plan = revision == null ? Plan.current(code) : Plan.revision(code, revision);
        if (plan == null || !mayRead(plan)) {
            throw notFound(code, revision);
        }
        return plan;
    }

    private static ProblemException notFound(String code, Integer revision) {
        return revision == null ? ProblemException.notFound("thing.plan", code)
                : ProblemException.notFound("thing.plan-revision", code + "@" + revision);
    }

    /**
     * The revision asked for from the cache, if it holds it (the current revision of a plan), and the caller may read
     * it (as {@link #visible}); null when the cache does not hold it: then it is read from the database.
     */
    private PlanCache.Snapshot cached(PlanCache.Catalogue catalogue, String code, Integer revision) {
        PlanCache.Snapshot s = catalogue == null ? null : catalogue.current(code);
        if (s == null || revision != null && revision != s.plan.revision) {
            return null;
        }
        if (!mayRead(s.plan)) {
            throw notFound(code, revision);
        }
        return s;
    }

    /** JSON written before: the answer as the REST layer writes it (its Content-Type). */
    private static Response json(byte[] body) {
        return Response.ok(body, JSON_UTF8).build();
    }

    /**
     * Published and archived revisions are public documents (此件公开发布); drafts are not: planners read those of
     * their jurisdiction and below, admins and auditors all.
     */
    private boolean mayRead(Plan plan) {
        if (plan.status != PlanStatus.DRAFT || caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AUDITOR)) {
            return true;
        }
        return caller.hasRole(Roles.PLANNER) && caller.mayAccess(plan.jurisdiction);
    }

    /** The current revision, to change: in the caller's jurisdiction, at the version sent, and published. */
    private Plan currentPublished(String code, Long version, String notPublished) {
        Plan current = currentOf(code);
        caller.requireJurisdiction(current.jurisdiction);
        ProblemException.requireVersion(version, current.version);
        if (current.status != PlanStatus.PUBLISHED) {
            throw ProblemException.conflict(notPublished);
        }
        return current;
    }

    private static Plan currentOf(String code) {
        Plan plan = Plan.current(code);
        if (plan == null) {
            throw ProblemException.notFound("thing.plan", code);
        }
        return plan;
    }

    private static Plan draftOf(String code) {
        Plan plan = Plan.draft(code);
        if (plan == null) {
            throw ProblemException.notFound("thing.plan-draft", code);
        }
        return plan;
    }
}
