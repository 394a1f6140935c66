package cn.guihua.plan.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.i18n.RequestLanguage;
import cn.guihua.platform.jdbc.DataVersion;
import io.quarkus.panache.common.Sort;

/**
 * The current revision of every plan, and the targets of the published ones, held in memory for the public reads
 * (issue 17: under the mixed load, loading a plan's few hundred entities for every read was most of plan-service's CPU,
 * and writing its 70 KB of JSON most of the rest).
 * <p>
 * <b>Why a read from it is the database's answer.</b> The catalogue's tables (plan, plan_area, plan_goal,
 * plan_measure, plan_target, plan_evaluation) carry triggers (V8) that add one to {@code plan_catalogue_version} in
 * every transaction that writes them, in that transaction: whatever writes them (this replica, another one, the
 * reference loader, SQL by hand), the new version becomes visible in the same commit as the change. Every read first
 * reads the version (one row). A {@link Catalogue} is loaded between two reads of the version in the reader's
 * transaction and kept only when both read the same: then no catalogue write committed while it was loaded, so it is
 * exactly the committed state of that version. A reader uses the catalogue when its version is the one it read (or a
 * newer one, loaded after the read: a state committed while the request ran); otherwise it loads the new one. A
 * version is never reused within a database (the epoch tells a recreated database apart).
 * <p>
 * Monitoring values are not cached: a plan's progress is read from the database for every request, as before. What is
 * kept of an answer is its JSON together with the progress it was written from ({@link #render}): it is written again
 * whenever the progress read differs in anything ({@code equals} of the records), or the language does.
 * <p>
 * The copies are plain objects, never attached to a session, with unmodifiable collections; they are only read.
 * Other revisions than the current ones (superseded ones, an open draft beside a published plan) are read from the
 * database as before. {@code guihua.plan-cache.enabled=false} reads everything from the database.
 */
@ApplicationScoped
public class PlanCache {

    private static final Logger LOG = Logger.getLogger(PlanCache.class);
    /** How many times a load is tried again when a write commits while it runs. */
    private static final int LOAD_ATTEMPTS = 3;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    PlanCacheConfig config;

    /** {@link PlanCacheConfig#enabled}, switched by tests to compare cached answers with the database's. */
    volatile boolean enabled;

    private volatile Catalogue newest;

    @PostConstruct
    void configure() {
        enabled = config.enabled();
    }

    /**
     * The catalogue as of the version the database holds now (or newer), loaded if need be; null when reads are not
     * cached (disabled, or the version cannot be read). Call inside the reader's transaction, before it loads
     * anything else.
     */
    public Catalogue catalogue() {
        if (!enabled) {
            return null;
        }
        DataVersion now = version();
        if (now == null) {
            return null;
        }
        Catalogue c = newest;
        if (c != null && c.version.atLeast(now)) {
            return c;
        }
        synchronized (this) {
            c = newest;
            if (c != null && c.version.atLeast(now)) {
                return c;
            }
            for (int attempt = 0; attempt < LOAD_ATTEMPTS; attempt++) {
                Catalogue loaded = load(attempt == 0 ? now : version());
                if (loaded != null) {
                    newest = loaded;
                    return loaded;
                }
            }
        }
        LOG.debugf("plan catalogue changed during every load; read from the database");
        return null;
    }

    /** The newest catalogue loaded, or null (for tests). */
    Catalogue loaded() {
        return newest;
    }

    private DataVersion version() {
        return DataVersion.read(em, "plan_catalogue_version");
    }

    /** The catalogue of version {@code before}, or null when another version committed while it was loaded. */
    private Catalogue load(DataVersion before) {
        if (before == null) {
            return null;
        }
        // nothing may come from the session's first-level cache: a retry would get the entities of the failed attempt
        em.clear();
        List<Plan> plans = Plan.list("current = true", Sort.by("jurisdiction").and("code"));
        List<Long> order = em.createQuery("select t.id from PlanTarget t where t.plan.current = true "
                + "and t.plan.status = :published order by t.plan.jurisdiction, t.plan.code, t.id", Long.class)
                .setParameter("published", PlanStatus.PUBLISHED).getResultList();
        Map<String, Snapshot> current = new LinkedHashMap<>();
        Map<Long, PlanTarget> targets = new HashMap<>();
        for (Plan p : plans) {
            Snapshot s = new Snapshot(copy(p));
            current.put(p.code, s);
            s.targets.forEach(t -> targets.put(t.id, t));
        }
        // every statement above saw this version's state only if no catalogue write committed before the next one
        if (!before.equals(version())) {
            return null;
        }
        List<PlanTarget> published = new ArrayList<>(order.size());
        Map<Long, PlanTarget> publishedById = new HashMap<>();
        for (Long id : order) {
            PlanTarget t = Objects.requireNonNull(targets.get(id), "target of a current plan");
            published.add(t);
            publishedById.put(id, t);
        }
        LOG.debugf("plan catalogue %s loaded: %d current plans, %d published targets", before, current.size(), published.size());
        return new Catalogue(before, Collections.unmodifiableMap(current), Collections.unmodifiableList(published),
                Collections.unmodifiableMap(publishedById), new AtomicLong(config.maxRenderedBytes()));
    }

    /**
     * The JSON of an answer made of a snapshot and {@code input} (what else it is made of, read for this request:
     * the progress), in the request's language: kept from an earlier request when it was made of an equal input,
     * else written now (and kept, within the bound).
     */
    public byte[] render(Catalogue catalogue, Snapshot snapshot, String kind, Object input, Supplier<?> answer) {
        String key = kind + '/' + RequestLanguage.current();
        Rendered kept = snapshot.rendered.get(key);
        if (kept != null && Objects.equals(kept.input, input)) {
            return kept.json;
        }
        byte[] written;
        try {
            written = json.writeValueAsBytes(answer.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the bound counts each answer once (a newer rendering of it replaces the older, of about its size)
        if (kept != null || catalogue.renderedBudget.addAndGet(-written.length) >= 0) {
            snapshot.rendered.put(key, new Rendered(input, written));
        } else {
            catalogue.renderedBudget.addAndGet(written.length);
        }
        return written;
    }

    /** One version of the catalogue: the current revision of each plan, the targets of the published ones. */
    public static final class Catalogue {
        final DataVersion version;
        private final Map<String, Snapshot> current;
        private final List<Plan> currentPlans;
        private final List<PlanTarget> published;
        private final Map<Long, PlanTarget> publishedById;
        /** What may still be kept of rendered answers, in bytes. */
        final AtomicLong renderedBudget;

        Catalogue(DataVersion version, Map<String, Snapshot> current, List<PlanTarget> published,
                Map<Long, PlanTarget> publishedById, AtomicLong renderedBudget) {
            this.version = version;
            this.current = current;
            this.currentPlans = current.values().stream().map(s -> s.plan).toList();
            this.published = published;
            this.publishedById = publishedById;
            this.renderedBudget = renderedBudget;
        }

        /** The current revision of every plan, in the order of {@code GET /api/v1/plans} (jurisdiction, code). */
        public List<Plan> currentPlans() {
            return currentPlans;
        }

        /** The current revision of the plan, or null when it has none. */
        public Snapshot current(String code) {
            return code == null ? null : current.get(code);
        }

        /**
         * The targets of the current revisions of published plans, in the order of {@code GET /api/v1/targets}
         * (plan jurisdiction, plan code, id, as the database sorts them).
         */
        public List<PlanTarget> publishedTargets() {
            return published;
        }

        /** A target of the current revision of a published plan, or null. */
        public PlanTarget publishedTarget(long id) {
            return publishedById.get(id);
        }
    }

    /** A plan revision as plain objects, with its targets in document order and its answers' JSON. */
    public static final class Snapshot {
        public final Plan plan;
        public final List<PlanTarget> targets;
        private final Map<String, Rendered> rendered = new ConcurrentHashMap<>(4);

        Snapshot(Plan plan) {
            this.plan = plan;
            this.targets = Collections.unmodifiableList(PlanView.targetsOf(plan));
        }
    }

    private record Rendered(Object input, byte[] json) {
    }

    // The copies: every persistent field, the associations between the copies, unmodifiable collections.

    static Plan copy(Plan p) {
        Plan c = new Plan();
        c.id = p.id;
        c.code = p.code;
        c.revision = p.revision;
        c.current = p.current;
        c.title = p.title;
        c.kind = p.kind;
        c.jurisdiction = p.jurisdiction;
        c.documentNumber = p.documentNumber;
        c.issuer = p.issuer;
        c.issueDate = p.issueDate;
        c.periodStart = p.periodStart;
        c.periodEnd = p.periodEnd;
        c.status = p.status;
        c.interpretingBody = p.interpretingBody;
        c.sourceRef = p.sourceRef;
        c.contentHash = p.contentHash;
        c.createdAt = p.createdAt;
        c.updatedAt = p.updatedAt;
        c.version = p.version;
        List<PlanArea> areas = new ArrayList<>(p.areas.size());
        for (PlanArea a : p.areas) {
            areas.add(copy(a, c));
        }
        c.areas = Collections.unmodifiableList(areas);
        List<PlanEvaluation> evaluations = new ArrayList<>(p.evaluations.size());
        for (PlanEvaluation e : p.evaluations) {
            PlanEvaluation ce = new PlanEvaluation();
            ce.id = e.id;
            ce.plan = c;
            ce.sequence = e.sequence;
            ce.kind = e.kind;
            ce.dueDate = e.dueDate;
            ce.sourceRef = e.sourceRef;
            evaluations.add(ce);
        }
        c.evaluations = Collections.unmodifiableList(evaluations);
        return c;
    }

    private static PlanArea copy(PlanArea a, Plan plan) {
        PlanArea c = new PlanArea();
        c.id = a.id;
        c.plan = plan;
        c.sequence = a.sequence;
        c.name = a.name;
        c.sourceRef = a.sourceRef;
        List<PlanGoal> goals = new ArrayList<>(a.goals.size());
        for (PlanGoal g : a.goals) {
            PlanGoal cg = new PlanGoal();
            cg.id = g.id;
            cg.area = c;
            cg.sequence = g.sequence;
            cg.text = g.text;
            cg.classification = g.classification;
            cg.leadUnits = strings(g.leadUnits);
            cg.responsibleUnits = strings(g.responsibleUnits);
            cg.sourceRef = g.sourceRef;
            List<PlanTarget> targets = new ArrayList<>(g.targets.size());
            for (PlanTarget t : g.targets) {
                PlanTarget ct = copy(t, plan);
                ct.goal = cg;
                targets.add(ct);
            }
            cg.targets = Collections.unmodifiableList(targets);
            goals.add(cg);
        }
        c.goals = Collections.unmodifiableList(goals);
        List<PlanMeasure> measures = new ArrayList<>(a.measures.size());
        for (PlanMeasure m : a.measures) {
            PlanMeasure cm = new PlanMeasure();
            cm.id = m.id;
            cm.area = c;
            cm.sequence = m.sequence;
            cm.text = m.text;
            cm.responsibleUnits = strings(m.responsibleUnits);
            cm.sourceRef = m.sourceRef;
            List<PlanTarget> targets = new ArrayList<>(m.targets.size());
            for (PlanTarget t : m.targets) {
                PlanTarget ct = copy(t, plan);
                ct.measure = cm;
                targets.add(ct);
            }
            cm.targets = Collections.unmodifiableList(targets);
            measures.add(cm);
        }
        c.measures = Collections.unmodifiableList(measures);
        return c;
    }

    private static PlanTarget copy(PlanTarget t, Plan plan) {
        PlanTarget c = new PlanTarget();
        c.id = t.id;
        c.plan = plan;
        c.sequence = t.sequence;
        c.indicatorCode = t.indicatorCode;
        c.comparator = t.comparator;
        c.value = t.value;
        c.valueHigh = t.valueHigh;
        c.direction = t.direction;
        c.unit = t.unit;
        c.targetYear = t.targetYear;
        c.baselineValue = t.baselineValue;
        c.baselineYear = t.baselineYear;
        c.baselineComparator = t.baselineComparator;
        c.baselineSource = t.baselineSource;
        c.baselineSourceRef = t.baselineSourceRef;
        c.baselineAsOf = t.baselineAsOf;
        c.baselineNote = t.baselineNote;
        c.baseYearToBeSet = t.baseYearToBeSet;
        c.suggestedBaseYear = t.suggestedBaseYear;
        c.tolerance = t.tolerance;
        c.toleranceSource = t.toleranceSource;
        c.phrasing = t.phrasing;
        c.valueToBeSet = t.valueToBeSet;
        c.valueSetBy = t.valueSetBy;
        c.milestone = t.milestone;
        c.milestoneDate = t.milestoneDate;
        c.referenceIndicatorCode = t.referenceIndicatorCode;
        c.unchangedMeets = t.unchangedMeets;
        c.nature = t.nature;
        c.scope = t.scope;
        c.sourcePhrase = t.sourcePhrase;
        c.sourceRef = t.sourceRef;
        c.version = t.version;
        return c;
    }

    private static List<String> strings(List<String> l) {
        return l == null ? null : Collections.unmodifiableList(new ArrayList<>(l));
    }
}
