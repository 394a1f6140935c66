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

import cn.guihua.plan.indicator.BetterDirection;
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

    /** What the importer needs of a catalogue indicator. */
    record IndicatorMeta(ValueType valueType, BetterDirection betterDirection) {
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
        Map<String, IndicatorMeta> indicators = indicators();
        PlanDocument doc = checked(node, indicators);
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
        Plan plan = newRevision(doc, hash, status, indicators);
        List<String> carried = previous == null ? List.of() : PlannerData.carryOver(PlanView.targetsOf(previous),
                PlanView.targetsOf(plan));
        if (previous != null && status != PlanStatus.DRAFT) {
            previous.current = false;
            em.flush();
        }
        plan.current = previous == null || status != PlanStatus.DRAFT;
        plan.persist();
        Outcome outcome = previous == null && plan.revision == 1 ? Outcome.CREATED : Outcome.REVISED;
        Map<String, Object> details = new java.util.LinkedHashMap<>(
                Map.of("revision", plan.revision, "status", plan.status, "contentHash", hash));
        if (!carried.isEmpty()) {
            // a planner's tolerance, entered value or base the new document does not state stays on the target
            details.put("plannerDataCarriedOver", carried);
        }
        audit.recordAs(actor.subject(), actor.jurisdiction(), "plan.imported", "Plan", plan.code, details);
        return new Result(plan, outcome);
    }

    /** Creates revision 1 of a plan that does not exist yet, as a draft. */
    @Transactional
    public Plan createDraft(JsonNode node) {
        Map<String, IndicatorMeta> indicators = indicators();
        PlanDocument doc = checked(node, indicators);
        authorize(doc, requestCaller());
        if (Plan.count("code", doc.code()) > 0) {
            throw ProblemException.conflict("plan.exists", doc.code());
        }
        Plan plan = newRevision(doc, hash(doc), PlanStatus.DRAFT, indicators);
        plan.current = true;
        plan.persist();
        audit.record("plan.created", "Plan", plan.code, Map.of("revision", plan.revision));
        return plan;
    }

    /** Replaces the whole content of an open draft with the document (same code). */
    @Transactional
    public Plan replaceDraft(Plan draft, JsonNode node) {
        Map<String, IndicatorMeta> indicators = indicators();
        PlanDocument doc = checked(node, indicators);
        if (!draft.code.equals(doc.code())) {
            throw ProblemException.invalid("plan.code", "plan.code-fixed", draft.code);
        }
        draft.areas.clear();
        draft.evaluations.clear();
        em.flush();
        fill(draft, doc, hash(doc), indicators);
        draft.updatedAt = OffsetDateTime.now();
        em.flush();
        audit.record("plan.draft.edited", "Plan", draft.code, Map.of("revision", draft.revision, "contentHash", draft.contentHash));
        return draft;
    }

    /** Starts the next revision of a plan as a draft copy of {@code source}. */
    @Transactional
    public Plan reviseFrom(Plan source) {
        // the copy keeps every field of the targets, the planner's data and year-only baselines included
        PlanDocument doc = toDocument(source);
        Plan plan = newRevision(doc, source.contentHash, PlanStatus.DRAFT, indicators());
        plan.current = false;
        plan.persist();
        audit.record("plan.revision.started", "Plan", plan.code, Map.of("revision", plan.revision, "from", source.revision));
        return plan;
    }

    public PlanDocument checked(JsonNode node) {
        return checked(node, indicators());
    }

    private Map<String, IndicatorMeta> indicators() {
        Map<String, IndicatorMeta> indicators = new HashMap<>();
        em.createQuery("select i.code, i.valueType, i.betterDirection from Indicator i", Object[].class).getResultList()
                .forEach(row -> indicators.put((String) row[0], new IndicatorMeta((ValueType) row[1], (BetterDirection) row[2])));
        return indicators;
    }

    private PlanDocument checked(JsonNode node, Map<String, IndicatorMeta> indicators) {
        List<Violation> errors = new PlanDocumentChecker(code -> Jurisdiction.findById(code) != null,
                code -> indicators.containsKey(code) ? indicators.get(code).valueType() : null).check(node);
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

    private Plan newRevision(PlanDocument doc, String hash, PlanStatus status, Map<String, IndicatorMeta> indicators) {
        Integer last = em.createQuery("select max(p.revision) from Plan p where p.code = :code", Integer.class)
                .setParameter("code", doc.code()).getSingleResult();
        Plan plan = new Plan();
        plan.code = doc.code();
        plan.revision = last == null ? 1 : last + 1;
        plan.status = status;
        plan.createdAt = plan.updatedAt = OffsetDateTime.now();
        fill(plan, doc, hash, indicators);
        return plan;
    }

    private static void fill(Plan plan, PlanDocument doc, String hash, Map<String, IndicatorMeta> indicators) {
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
                goal.targets = targets(plan, g.targets(), doc.periodEnd(), indicators);
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
                measure.targets = targets(plan, m.targets(), doc.periodEnd(), indicators);
                measure.targets.forEach(t -> t.measure = measure);
                area.measures.add(measure);
            }
            plan.areas.add(area);
        }
        int sequence = 1;
        for (PlanDocument.Evaluation e : list(doc.evaluations())) {
            PlanEvaluation evaluation = new PlanEvaluation();
            evaluation.plan = plan;
            evaluation.sequence = sequence++;
            evaluation.kind = e.kind();
            evaluation.dueDate = e.dueDate();
            evaluation.sourceRef = e.sourceRef();
            plan.evaluations.add(evaluation);
        }
    }

    private static List<PlanTarget> targets(Plan plan, List<PlanDocument.Target> docs, int periodEnd,
            Map<String, IndicatorMeta> indicators) {
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
            if (t.direction == null && t.comparator == Comparator.RANGE && indicators.containsKey(t.indicatorCode)) {
                // a planned range (2-3家) is judged by the indicator's direction: above it is no miss on a better-higher one
                t.direction = switch (indicators.get(t.indicatorCode).betterDirection()) {
                    case HIGHER -> Direction.INCREASE;
                    case LOWER -> Direction.DECREASE;
                    case NONE -> null;
                };
            }
            t.unit = d.unit();
            t.targetYear = d.targetYear() == null ? periodEnd : d.targetYear();
            if (d.baseline() != null) {
                PlanDocument.Baseline b = d.baseline();
                t.baselineValue = b.value();
                t.baselineYear = b.year();
                t.baselineComparator = b.comparator() == null ? Comparator.EQUAL : b.comparator();
                t.baselineSource = b.source() != null ? b.source() : baselineSource(b.value() != null, b.year() != null);
                t.baselineSourceRef = b.sourceRef();
                t.baselineAsOf = b.asOf();
                t.baselineNote = b.note();
            }
            t.nature = d.nature();
            t.scope = d.scope() == null ? TargetScope.JURISDICTION : d.scope();
            t.sourcePhrase = d.sourcePhrase();
            t.sourceRef = d.sourceRef();
            t.phrasing = d.phrasing();
            java.math.BigDecimal byPhrasing = Phrasings.defaultTolerance(d.phrasing());
            if (d.tolerance() != null) {
                t.tolerance = d.tolerance();
                t.toleranceSource = d.toleranceSource() != null ? d.toleranceSource()
                        : byPhrasing != null && byPhrasing.compareTo(d.tolerance()) == 0 ? ToleranceSource.PHRASING_DEFAULT
                        : ToleranceSource.PLANNER;
            } else if (byPhrasing != null) {
                t.tolerance = byPhrasing;
                t.toleranceSource = ToleranceSource.PHRASING_DEFAULT;
            }
            t.valueToBeSet = Boolean.TRUE.equals(d.valueToBeSet());
            t.valueSetBy = d.valueSetBy();
            t.baseYearToBeSet = Boolean.TRUE.equals(d.baseYearToBeSet());
            t.suggestedBaseYear = d.suggestedBaseYear();
            t.milestone = Boolean.TRUE.equals(d.milestone());
            t.milestoneDate = d.milestoneDate();
            t.referenceIndicatorCode = d.referenceIndicatorCode();
            t.unchangedMeets = d.unchangedMeets();
            targets.add(t);
        }
        return targets;
    }

    /** A baseline's source when the document does not say: printed with a value, a base year only, or neither. */
    static BaselineSource baselineSource(boolean hasValue, boolean hasYear) {
        return hasValue ? BaselineSource.DOCUMENT : hasYear ? BaselineSource.MONITORED : BaselineSource.TO_BE_SET;
    }

    /** The plan revision as a document, the format it was imported in, with the planner's data of its targets. */
    public static PlanDocument toDocument(Plan plan) {
        List<PlanDocument.Area> areas = new ArrayList<>();
        for (PlanArea a : plan.areas) {
            List<PlanDocument.Goal> goals = a.goals.stream().map(g -> new PlanDocument.Goal(g.sequence, g.text,
                    g.classification, g.leadUnits, g.responsibleUnits, g.sourceRef, targetDocs(g.targets))).toList();
            List<PlanDocument.Measure> measures = a.measures.stream().map(m -> new PlanDocument.Measure(m.sequence, m.text,
                    m.responsibleUnits, m.sourceRef, targetDocs(m.targets))).toList();
            areas.add(new PlanDocument.Area(a.sequence, a.name, a.sourceRef, goals, measures));
        }
        List<PlanDocument.Evaluation> evaluations = plan.evaluations.stream()
                .map(e -> new PlanDocument.Evaluation(e.kind, e.dueDate, e.sourceRef)).toList();
        return new PlanDocument(plan.code, plan.title, plan.kind, plan.jurisdiction, plan.documentNumber, plan.issuer,
                plan.issueDate, plan.periodStart, plan.periodEnd, plan.status, plan.interpretingBody, plan.sourceRef, areas,
                evaluations);
    }

    private static List<PlanDocument.Target> targetDocs(List<PlanTarget> targets) {
        return targets.stream().map(t -> new PlanDocument.Target(t.indicatorCode, t.comparator, t.value, t.valueHigh,
                t.direction, t.unit, t.targetYear, baselineDoc(t), t.nature, t.scope, t.sourcePhrase, t.sourceRef,
                t.tolerance, t.toleranceSource, t.phrasing, t.valueToBeSet ? Boolean.TRUE : null, t.valueSetBy,
                t.baseYearToBeSet ? Boolean.TRUE : null, t.suggestedBaseYear, t.milestone ? Boolean.TRUE : null,
                t.milestoneDate, t.referenceIndicatorCode, t.unchangedMeets)).toList();
    }

    /** The baseline, kept whenever it has a year, a value or a source: a year-only baseline is a baseline. */
    private static PlanDocument.Baseline baselineDoc(PlanTarget t) {
        if (t.baselineValue == null && t.baselineYear == null && t.baselineSource == null) {
            return null;
        }
        return new PlanDocument.Baseline(t.baselineValue, t.baselineYear, t.baselineComparator, t.baselineSource,
                t.baselineSourceRef, t.baselineAsOf, t.baselineNote);
    }

    /** SHA-256 of the canonical document without its status: the same content is recognised whatever its state. */
    private String hash(PlanDocument doc) {
        PlanDocument content = new PlanDocument(doc.code(), doc.title(), doc.kind(), doc.jurisdiction(), doc.documentNumber(),
                doc.issuer(), doc.issueDate(), doc.periodStart(), doc.periodEnd(), null, doc.interpretingBody(),
                doc.sourceRef(), doc.areas(), doc.evaluations());
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
