package cn.guihua.indicator.catalogue;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.problem.ProblemException;
import cn.guihua.indicator.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The local copy of plan-service's indicator and target catalogue that submissions are validated against.
 * Refreshed on start-up and on a schedule; every good copy is also stored, so that a restart while
 * plan-service is down still validates. Without any copy the service says so instead of guessing.
 */
@ApplicationScoped
public class Catalogue {

    private static final Logger LOG = Logger.getLogger(Catalogue.class);
    private static final String INDICATORS = "indicators";
    private static final String TARGETS = "targets";

    /** One consistent copy: the indicators by code, every target, and when plan-service served them. */
    public record Snapshot(Map<String, IndicatorDefinition> indicators, List<TargetDefinition> targets,
            OffsetDateTime fetchedAt) {

        public IndicatorDefinition indicator(String code) {
            return code == null ? null : indicators.get(code);
        }

        public List<TargetDefinition> targetsOfPlan(String planCode) {
            return targets.stream().filter(t -> planCode.equals(t.planCode())).toList();
        }
    }

    /** What a caller may want to know about the copy in use. */
    public record Status(boolean loaded, OffsetDateTime fetchedAt, int indicators, int targets,
            OffsetDateTime lastAttemptAt, boolean lastAttemptSucceeded, String lastError) {
    }

    @Inject
    CatalogueFetcher fetcher;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private volatile Snapshot snapshot;
    private volatile OffsetDateTime lastAttemptAt;
    private volatile String lastError;

    void loadStoredCopy(@Observes StartupEvent start) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("SELECT name, CAST(payload AS TEXT), fetched_at FROM catalogue_copy")
                        .getResultList();
                Map<String, String> payloads = new LinkedHashMap<>();
                OffsetDateTime fetchedAt = null;
                for (Object[] r : rows) {
                    payloads.put((String) r[0], (String) r[1]);
                    fetchedAt = toOffset(r[2]);
                }
                if (payloads.containsKey(INDICATORS) && payloads.containsKey(TARGETS)) {
                    snapshot = snapshotOf(read(payloads.get(INDICATORS), new TypeReference<List<IndicatorDefinition>>() { }),
                            read(payloads.get(TARGETS), new TypeReference<List<TargetDefinition>>() { }), fetchedAt);
                    LOG.infof("Using the stored catalogue copy of %s until plan-service answers", fetchedAt);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("The stored catalogue copy could not be read: %s", e.getMessage());
        }
    }

    @Scheduled(every = "${guihua.catalogue.refresh-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Reads the catalogue from plan-service now; on failure the previous copy stays in use. */
    public synchronized Status refresh() {
        lastAttemptAt = OffsetDateTime.now();
        try {
            CatalogueFetcher.Fetched fetched = fetcher.fetch();
            Snapshot fresh = snapshotOf(fetched.indicators(), fetched.targets(), lastAttemptAt);
            store(fresh);
            snapshot = fresh;
            lastError = null;
        } catch (RuntimeException e) {
            lastError = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.warnf("plan-service's catalogue could not be read, keeping the copy of %s: %s",
                    snapshot == null ? "never" : snapshot.fetchedAt(), lastError);
        }
        return status();
    }

    public Status status() {
        Snapshot s = snapshot;
        return new Status(s != null, s == null ? null : s.fetchedAt(), s == null ? 0 : s.indicators().size(),
                s == null ? 0 : s.targets().size(), lastAttemptAt, lastAttemptAt != null && lastError == null, lastError);
    }

    /**
     * The copy to validate against. When there has never been one, plan-service is asked once more; if it
     * still cannot answer, the caller gets a 503 that says validation is impossible and why.
     */
    public Snapshot require() {
        Snapshot s = snapshot;
        if (s == null) {
            refresh();
            s = snapshot;
        }
        if (s == null) {
            throw new ProblemException(ProblemType.UNAVAILABLE,
                    "指标目录从未从 plan-service 加载成功，暂时无法校验监测数据（" + lastError + "）",
                    "The indicator catalogue has never been loaded from plan-service, so monitoring data cannot be "
                            + "validated yet (" + lastError + ")");
        }
        return s;
    }

    private static Snapshot snapshotOf(List<IndicatorDefinition> indicators, List<TargetDefinition> targets,
            OffsetDateTime fetchedAt) {
        Map<String, IndicatorDefinition> byCode = indicators.stream().filter(i -> i.code() != null)
                .collect(Collectors.toMap(IndicatorDefinition::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new Snapshot(Collections.unmodifiableMap(byCode),
                targets.stream().filter(Objects::nonNull).toList(), fetchedAt);
    }

    private void store(Snapshot s) {
        QuarkusTransaction.requiringNew().run(() -> {
            upsert(INDICATORS, List.copyOf(s.indicators().values()), s.fetchedAt());
            upsert(TARGETS, s.targets(), s.fetchedAt());
        });
    }

    private void upsert(String name, Object payload, OffsetDateTime at) {
        try {
            em.createNativeQuery("INSERT INTO catalogue_copy (name, payload, fetched_at) VALUES (:n, CAST(:p AS JSONB), :at) "
                    + "ON CONFLICT (name) DO UPDATE SET payload = EXCLUDED.payload, fetched_at = EXCLUDED.fetched_at")
                    .setParameter("n", name).setParameter("p", json.writeValueAsString(payload)).setParameter("at", at)
                    .executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String payload, TypeReference<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored catalogue copy is unreadable", e);
        }
    }

    private static OffsetDateTime toOffset(Object v) {
        if (v instanceof OffsetDateTime o) {
            return o;
        }
        if (v instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }
}
