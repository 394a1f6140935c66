package cn.guihua.indicator.directory;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.platform.security.JurisdictionCodes;

/**
 * What the templates and report documents show of plan-service's public documents: a plan's document number and
 * issuer, and the names of a jurisdiction and its streets. Best effort: each read waits at most 3 s, an answer is kept
 * 10 minutes, a failure 1 minute; without an answer the documents show the codes instead of the names and say that the
 * document number could not be read. Nothing here decides anything.
 */
@ApplicationScoped
public class PlanDirectory {

    private static final Logger LOG = Logger.getLogger(PlanDirectory.class);
    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final Duration KEEP_FAILURE = Duration.ofMinutes(1);
    private static final int MAX_CHILDREN = 1000;

    /** A published plan as its document says. */
    public record PlanInfo(String code, String title, String documentNumber, String issuer, String issueDate,
            Integer periodStart, Integer periodEnd) {
    }

    /** A division code and its name. */
    public record Place(String code, String name) {
    }

    private record Kept(Object value, Instant until) {
    }

    @Inject
    @RestClient
    PlanDirectoryClient client;

    @Inject
    PlanDirectory self;

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private <T> Optional<T> cached(String key, Supplier<Optional<T>> read) {
        Kept k = kept.get(key);
        if (k != null && Instant.now().isBefore(k.until())) {
            return Optional.ofNullable((T) k.value());
        }
        Optional<T> fresh = read.get();
        kept.put(key, new Kept(fresh.orElse(null), Instant.now().plus(fresh.isPresent() ? KEEP : KEEP_FAILURE)));
        if (kept.size() > 10_000) {
            kept.clear();
        }
        return fresh;
    }

    public Optional<PlanInfo> plan(String code) {
        return cached("plan:" + code, () -> self.readPlan(code));
    }

    /** The name of a division code, if plan-service knows it. */
    public Optional<String> name(String code) {
        return cached("name:" + code, () -> self.readName(code));
    }

    /** The divisions directly below {@code code} (a district's streets), as plan-service lists them; empty if it cannot. */
    public List<Place> children(String code) {
        return this.<List<Place>>cached("children:" + code, () -> self.readChildren(code)).orElse(List.of());
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noPlan")
    Optional<PlanInfo> readPlan(String code) {
        JsonNode p = client.plan(code);
        return Optional.of(new PlanInfo(text(p, "code"), text(p, "title"), text(p, "documentNumber"), text(p, "issuer"),
                text(p, "issueDate"), p.hasNonNull("periodStart") ? p.get("periodStart").asInt() : null,
                p.hasNonNull("periodEnd") ? p.get("periodEnd").asInt() : null));
    }

    Optional<PlanInfo> noPlan(String code, Throwable why) {
        LOG.debugf("plan %s could not be read from plan-service: %s", code, why.toString());
        return Optional.empty();
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noName")
    Optional<String> readName(String code) {
        return Optional.ofNullable(text(client.jurisdiction(code), "name"));
    }

    Optional<String> noName(String code, Throwable why) {
        return Optional.empty();
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noChildren")
    Optional<List<Place>> readChildren(String code) {
        List<Place> places = new ArrayList<>();
        int totalPages = 1;
        for (int page = 0; page < totalPages && places.size() < MAX_CHILDREN; page++) {
            JsonNode p = client.children(code, page, 200);
            for (JsonNode j : p.path("items")) {
                String c = text(j, "code");
                if (c != null && JurisdictionCodes.isValid(c) && !c.equals(code) && JurisdictionCodes.within(c, code)) {
                    places.add(new Place(c, text(j, "name")));
                }
            }
            totalPages = p.path("totalPages").asInt(1);
        }
        return Optional.of(List.copyOf(places));
    }

    Optional<List<Place>> noChildren(String code, Throwable why) {
        return Optional.empty();
    }

    private static String text(JsonNode n, String field) {
        return n != null && n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
