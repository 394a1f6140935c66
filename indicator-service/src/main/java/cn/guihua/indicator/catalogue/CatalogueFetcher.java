package cn.guihua.indicator.catalogue;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import cn.guihua.platform.paging.Page;

/**
 * Reads the whole catalogue from plan-service, every page up to {@code totalPages}. A flaky neighbour gets two
 * retries; a dead one opens the circuit so that refreshes fail fast instead of tying up threads, and validation
 * keeps the last copy.
 */
@ApplicationScoped
public class CatalogueFetcher {

    static final int PAGE_SIZE = Page.MAX_SIZE;

    public record Fetched(List<IndicatorDefinition> indicators, List<TargetDefinition> targets) {
    }

    @Inject
    @RestClient
    PlanCatalogueClient client;

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Fetched fetch() {
        return new Fetched(all(client::indicators), all(client::targets));
    }

    private static <T> List<T> all(BiFunction<Integer, Integer, Page<T>> pages) {
        List<T> items = new ArrayList<>();
        int totalPages = 1;
        for (int page = 0; page < totalPages; page++) {
            Page<T> p = pages.apply(page, PAGE_SIZE);
            items.addAll(p.items());
            totalPages = p.totalPages();
        }
        return items;
    }
}
