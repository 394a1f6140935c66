package cn.guihua.indicator.catalogue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The local copy of plan-service's indicator and target catalogue that submissions are validated against.
 * Refreshed on start-up and on a schedule; every good copy is also stored, so that a restart while
 * plan-service is down still validates. Without any copy the service says so instead of guessing.
 * <p>
 * One read of plan-service runs at a time, on a thread of its own; whoever needs the catalogue now (a forced
 * refresh, a submission while no copy was ever loaded) waits for it at most {@code guihua.catalogue.fresh-timeout}
 * and then gets a 503, so a plan-service that does not answer never holds a request longer than that.
 */
@ApplicationScoped
public class Catalogue {

    private static final Logger LOG = Logger.getLogger(Catalogue.class);
    private static final String INDICATORS = "indicators";
    private static final String TARGETS = "targets";
    private static final int RETRY_AFTER_SECONDS = 5;

    /**
     * One consistent copy: the indicators by code, every target, and when plan-service served them; the targets also by
     * plan, as every evaluation asks for them (filtering the whole list was half of an evaluation's CPU, issue 17). A
     * copy is compared by identity: a new one is a new fetch.
     */
    public static final class Snapshot {
        private final Map<String, IndicatorDefinition> indicators;
        private final List<TargetDefinition> targets;
        private final OffsetDateTime fetchedAt;
        private final Map<String, List<TargetDefinition>> targetsByPlan;

        public Snapshot(Map<String, IndicatorDefinition> indicators, List<TargetDefinition> targets, OffsetDateTime fetchedAt) {
            this.indicators = indicators;
            this.targets = targets;
            this.fetchedAt = fetchedAt;
            Map<String, List<TargetDefinition>> byPlan = new HashMap<>();
            for (TargetDefinition t : targets) {
                if (t.planCode() != null) {
                    byPlan.computeIfAbsent(t.planCode(), k -> new ArrayList<>()).add(t);
                }
            }
            byPlan.replaceAll((k, v) -> List.copyOf(v));
            this.targetsByPlan = Map.copyOf(byPlan);
        }

        public Map<String, IndicatorDefinition> indicators() {
            return indicators;
        }

        public List<TargetDefinition> targets() {
            return targets;
        }

        public OffsetDateTime fetchedAt() {
            return fetchedAt;
        }

        public IndicatorDefinition indicator(String code) {
            return code == null ? null : indicators.get(code);
        }

        /** The plan's targets in the order of the copy. */
        public List<TargetDefinition> targetsOfPlan(String planCode) {
            return targetsByPlan.getOrDefault(planCode, List.of());
        }
    }

    /** What a caller may want to know about the copy in use. */
    @Schema(name = "CatalogueStatus", description = "The catalogue copy in use and how the last read of plan-service went")
    public record Status(boolean loaded, OffsetDateTime fetchedAt, int indicators, int targets,
            OffsetDateTime lastAttemptAt, boolean lastAttemptSucceeded, String lastError) {
    }

    @Inject
    CatalogueFetcher fetcher;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    CatalogueConfig config;

    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "catalogue-read");
        t.setDaemon(true);
        return t;
    });
    private volatile Snapshot snapshot;
    private volatile OffsetDateTime lastAttemptAt;
    private volatile String lastError;
    /** The read of plan-service under way, or the last one; guarded by {@code this}. */
    private CompletableFuture<Status> reading;

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
                if (payloads.containsKey(INDICATORS) && payloads.containsKey(TARGETS) && fetchedAt != null) {
                    snapshot = snapshotOf(read(payloads.get(INDICATORS), new TypeReference<List<IndicatorDefinition>>() { }),
                            read(payloads.get(TARGETS), new TypeReference<List<TargetDefinition>>() { }), fetchedAt);
                    LOG.infof("Using the stored catalogue copy of %s until plan-service answers", fetchedAt);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("The stored catalogue copy could not be read: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }

    @Scheduled(every = "${guihua.catalogue.refresh-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        attempt().join();
    }

    /**
     * Reads the catalogue from plan-service now and answers the state of the new copy. When plan-service fails or does
     * not answer within {@code guihua.catalogue.fresh-timeout}: 503, and the previous copy stays in use.
     */
    public Status refresh() {
        Status s = await(attempt());
        if (s != null && s.lastAttemptSucceeded()) {
            return s;
        }
        Object why = s == null ? noAnswer() : s.lastError();
        Snapshot copy = snapshot;
        throw copy == null ? ProblemException.unavailable(RETRY_AFTER_SECONDS, "catalogue.never-loaded", why)
                : ProblemException.unavailable(RETRY_AFTER_SECONDS, "catalogue.refresh-failed", copy.fetchedAt(), why);
    }

    public Status status() {
        Snapshot s = snapshot;
        return new Status(s != null, s == null ? null : s.fetchedAt(), s == null ? 0 : s.indicators().size(),
                s == null ? 0 : s.targets().size(), lastAttemptAt, lastAttemptAt != null && lastError == null, lastError);
    }

    /**
     * The copy to validate against. When there has never been one, plan-service is asked once more (waiting at most
     * {@code guihua.catalogue.fresh-timeout}); if it still cannot answer, the caller gets a 503 that says validation is
     * impossible and why.
     */
    public Snapshot require() {
        Snapshot s = snapshot;
        if (s != null) {
            return s;
        }
        Status attempt = await(attempt());
        s = snapshot;
        if (s == null) {
            throw ProblemException.unavailable(RETRY_AFTER_SECONDS, "catalogue.never-loaded",
                    attempt == null ? noAnswer() : attempt.lastError());
        }
        return s;
    }

    /** The copy in use, without asking plan-service; null while none was ever loaded. */
    public Snapshot loaded() {
        return snapshot;
    }

    /** The read under way, or a new one. */
    private synchronized CompletableFuture<Status> attempt() {
        if (reading == null || reading.isDone()) {
            reading = CompletableFuture.supplyAsync(this::readNow, reader);
        }
        return reading;
    }

    /** Waits for a read at most {@code fresh-timeout}; null when it has not finished by then. */
    private Status await(CompletableFuture<Status> attempt) {
        try {
            return attempt.get(config.freshTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return status();
        }
    }

    /** On the reader thread: one read of plan-service; on failure the previous copy stays in use. */
    private Status readNow() {
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

    private Text noAnswer() {
        return Text.of("catalogue.no-answer",
                java.math.BigDecimal.valueOf(config.freshTimeout().toMillis(), 3).stripTrailingZeros().toPlainString());
    }

    /**
     * The copy in use. An indicator is tracked from the earliest base year of any target on it (以2020年为基数: the 2020
     * value is submitted and reviewed like any other), whatever the catalogue's own start says.
     */
    static Snapshot snapshotOf(List<IndicatorDefinition> indicators, List<TargetDefinition> targets,
            OffsetDateTime fetchedAt) {
        Map<String, Integer> baseYears = new java.util.HashMap<>();
        for (TargetDefinition t : targets) {
            if (t != null && t.indicatorCode() != null && t.baselineYear() != null) {
                baseYears.merge(t.indicatorCode(), t.baselineYear(), Math::min);
            }
        }
        Map<String, IndicatorDefinition> byCode = indicators.stream().filter(i -> i != null && i.code() != null)
                .map(i -> i.trackedFromAtMost(baseYears.get(i.code())))
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
            return i.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (v instanceof java.time.ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        return null;
    }
}
