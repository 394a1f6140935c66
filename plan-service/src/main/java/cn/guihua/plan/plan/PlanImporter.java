package cn.guihua.plan.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.plan.indicator.ValueType;
import cn.guihua.plan.jurisdiction.Jurisdiction;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.ProblemType;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.Caller;

/**
 * The one code path that turns a plan document into a plan revision, for the import API, the draft edits and
 * the reference files loaded at start-up. A document is checked whole before anything is written, and applied
 * in the caller's transaction, so it lands completely or not at all.
 */
@ApplicationScoped
public class PlanImporter {

    public enum Outcome { CREATED, REVISED, UNCHANGED }

    public record Result(Plan plan, Outcome outcome) {
    }

    /** Who an import is recorded as: the request's caller, or the reference loader. */
    public record Actor(String subject, String jurisdiction, boolean checkJurisdiction) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    Audit audit;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public Actor requestCaller() {
        return new Actor(caller.subject(), caller.jurisdiction(), true);
    }

    /**
     * Imports a document as the next revision of its plan. A content already held by any revision is skipped;
     * a PUBLISHED or ARCHIVED document becomes the current revision, a DRAFT one the open draft.
     */
    @Transactional
    public Result importDocument(JsonNode node, Actor actor) {
        PlanDocument doc = checked(node);
        authorize(doc, actor);
        String hash = hash(doc);
        if (Plan.count("code = ?1 and contentHash = ?2", doc.code(), hash) > 0) {
            return new Result(Plan.current(doc.code()), Outcome.UNCHANGED);
        }
        PlanStatus status = doc.status() == null ? PlanStatus.DRAFT : doc.status();
        Plan previous = Plan.current(doc.code());
        if (status == PlanStatus.DRAFT && Plan.draft(doc.code()) != null) {
            throw ProblemException.conflict("plan.import-draft-open", doc.code());
        }
        Plan plan = newRevision(doc, hash, status);
        if (previous != null && status != PlanStatus.DRAFT) {
            previous.current = false;
            em.flush();
        }
        plan.current = previous == null || status != PlanStatus.DRAFT;
        plan.persist();
        Outcome outcome = previous == null && plan.revision == 1 ? Outcome.CREATED : Outcome.REVISED;
        audit.recordAs(actor.subject(), actor.jurisdiction(), "plan.imported", "Plan", plan.code,
                Map.of("revision", plan.revision, "status", plan.status, "contentHash", hash));
        return new Result(plan, outcome);
    }

    /** Creates revision 1 of a plan that does not exist yet, as a draft. */
    @Transactional
    public Plan createDraft(JsonNode node) {
        PlanDocument doc = checked(node);
        authorize(doc, requestCaller());
        if (Plan.count("code", doc.code()) > 0) {
            throw ProblemException.conflict("plan.exists", doc.code());
        }
        Plan plan = newRevision(doc, hash(doc), PlanStatus.DRAFT);
        plan.current = true;
        plan.persist();
        audit.record("plan.created", "Plan", plan.code, Map.of("revision", plan.revision));
        return plan;
    }

    /** Replaces the whole content of an open draft with the document (same code). */
    @Transactional
    public Plan replaceDraft(Plan draft, JsonNode node) {
        PlanDocument doc = checked(node);
        if (!draft.code.equals(doc.code())) {
            throw ProblemException.invalid("plan.code", "plan.code-fixed", draft.code);
        }
        draft.areas.clear();
        em.flush();
        fill(draft, doc, hash(doc));
        draft.updatedAt = OffsetDateTime.now();
        em.flush();
        audit.record("plan.draft.edited", "Plan", draft.code, Map.of("revision", draft.revision, "contentHash", draft.contentHash));
        return draft;
    }

    /** Starts the next revision of a plan as a draft copy of {@code source}. */
    @Transactional
    public Plan reviseFrom(Plan source) {
        PlanDocument doc = toDocument(source);
        Plan plan = newRevision(doc, source.contentHash, PlanStatus.DRAFT);
        plan.current = false;
        plan.persist();
        audit.record("plan.revision.started", "Plan", plan.code, Map.of("revision", plan.revision, "from", source.revision));
        return plan;
    }

    public PlanDocument checked(JsonNode node) {
        Map<String, ValueType> indicators = new HashMap<>();
        em.createQuery("select i.code, i.valueType from Indicator i", Object[].class).getResultList()
                .forEach(row -> indicators.put((String) row[0], (ValueType) row[1]));
        List<Violation> errors = new PlanDocumentChecker(code -> Jurisdiction.findById(code) != null, indicators::get)
                .check(node);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Text.of("plan.document-errors", errors.size()), errors, Map.of());
        }
        try {
            return json.treeToValue(node, PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checked plan document did not map", e);
        }
    }

    private void authorize(PlanDocument doc, Actor actor) {
        if (actor.checkJurisdiction()) {
            caller.requireJurisdiction(doc.jurisdiction());
        }
    }

    private Plan newRevision(PlanDocument doc, String hash, PlanStatus status) {
        Integer last = em.createQuery("select max(p.revision) from Plan p where p.code = :code", Integer.class)
                .setParameter("code", doc.code()).getSingleResult();
        Plan plan = new Plan();
        plan.code = doc.code();
        plan.revision = last == null ? 1 : last + 1;
        plan.status = status;
        plan.createdAt = plan.updatedAt = OffsetDateTime.now();
        fill(plan, doc, hash);
        return plan;
    }

    private static void fill(Plan plan, PlanDocument doc, String hash) {
        plan.title = doc.title().strip();
        plan.kind = doc.kind();
        plan.jurisdiction = doc.jurisdiction();
        plan.documentNumber = doc.documentNumber();
        plan.issuer = doc.issuer();
        plan.issueDate = doc.issueDate();
        plan.periodStart = doc.periodStart();
        plan.periodEnd = doc.periodEnd();
        plan.interpretingBody = doc.interpretingBody();
        plan.sourceRef = doc.sourceRef();
        plan.contentHash = hash;
        for (PlanDocument.Area a : list(doc.areas())) {
            PlanArea area = new PlanArea();
            area.plan = plan;
            area.sequence = a.sequence();
            area.name = a.name().strip();
            area.sourceRef = a.sourceRef();
            for (PlanDocument.Goal g : list(a.goals())) {
                PlanGoal goal = new PlanGoal();
                goal.area = area;
                goal.sequence = g.sequence();
                goal.text = g.text().strip();
                goal.classification = g.classification();
                goal.leadUnits = new ArrayList<>(list(g.leadUnits()));
                goal.responsibleUnits = new ArrayList<>(list(g.responsibleUnits()));
                goal.sourceRef = g.sourceRef();
                goal.targets = targets(plan, g.targets(), doc.periodEnd());
                goal.targets.forEach(t -> t.goal = goal);
                area.goals.add(goal);
            }
            for (PlanDocument.Measure m : list(a.measures())) {
                PlanMeasure measure = new PlanMeasure();
                measure.area = area;
                measure.sequence = m.sequence();
                measure.text = m.text().strip();
                measure.responsibleUnits = new ArrayList<>(list(m.responsibleUnits()));
                measure.sourceRef = m.sourceRef();
                measure.targets = targets(plan, m.targets(), doc.periodEnd());
                measure.targets.forEach(t -> t.measure = measure);
                area.measures.add(measure);
            }
            plan.areas.add(area);
        }
    }

    private static List<PlanTarget> targets(Plan plan, List<PlanDocument.Target> docs, int periodEnd) {
        List<PlanTarget> targets = new ArrayList<>();
        int sequence = 1;
        for (PlanDocument.Target d : list(docs)) {
            PlanTarget t = new PlanTarget();
            t.plan = plan;
            t.sequence = sequence++;
            t.indicatorCode = d.indicatorCode();
            t.comparator = d.comparator();
            t.value = d.comparator() == Comparator.FULL_COVERAGE && d.value() == null ? java.math.BigDecimal.valueOf(100) : d.value();
            t.valueHigh = d.valueHigh();
            t.direction = d.direction();
            t.unit = d.unit();
            t.targetYear = d.targetYear() == null ? periodEnd : d.targetYear();
            if (d.baseline() != null) {
                t.baselineValue = d.baseline().value();
                t.baselineYear = d.baseline().year();
                t.baselineComparator = d.baseline().comparator() == null ? Comparator.EQUAL : d.baseline().comparator();
            }
            t.nature = d.nature();
            t.scope = d.scope() == null ? TargetScope.JURISDICTION : d.scope();
            t.sourcePhrase = d.sourcePhrase();
            t.sourceRef = d.sourceRef();
            targets.add(t);
        }
        return targets;
    }

    /** The plan revision as a document, the format it was imported in. */
    public static PlanDocument toDocument(Plan plan) {
        List<PlanDocument.Area> areas = new ArrayList<>();
        for (PlanArea a : plan.areas) {
            List<PlanDocument.Goal> goals = a.goals.stream().map(g -> new PlanDocument.Goal(g.sequence, g.text,
                    g.classification, g.leadUnits, g.responsibleUnits, g.sourceRef, targetDocs(g.targets))).toList();
            List<PlanDocument.Measure> measures = a.measures.stream().map(m -> new PlanDocument.Measure(m.sequence, m.text,
                    m.responsibleUnits, m.sourceRef, targetDocs(m.targets))).toList();
            areas.add(new PlanDocument.Area(a.sequence, a.name, a.sourceRef, goals, measures));
        }
        return new PlanDocument(plan.code, plan.title, plan.kind, plan.jurisdiction, plan.documentNumber, plan.issuer,
                plan.issueDate, plan.periodStart, plan.periodEnd, plan.status, plan.interpretingBody, plan.sourceRef, areas);
    }

    private static List<PlanDocument.Target> targetDocs(List<PlanTarget> targets) {
        return targets.stream().map(t -> new PlanDocument.Target(t.indicatorCode, t.comparator, t.value, t.valueHigh,
                t.direction, t.unit, t.targetYear,
                t.baselineValue == null ? null : new PlanDocument.Baseline(t.baselineValue, t.baselineYear, t.baselineComparator),
                t.nature, t.scope, t.sourcePhrase, t.sourceRef)).toList();
    }

    /** SHA-256 of the canonical document without its status: the same content is recognised whatever its state. */
    private String hash(PlanDocument doc) {
        PlanDocument content = new PlanDocument(doc.code(), doc.title(), doc.kind(), doc.jurisdiction(), doc.documentNumber(),
                doc.issuer(), doc.issueDate(), doc.periodStart(), doc.periodEnd(), null, doc.interpretingBody(),
                doc.sourceRef(), doc.areas());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
