package cn.guihua.platform.idempotency;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;

/**
 * Removes what the platform keeps only for a while: stored answers to idempotent requests after
 * {@code guihua.idempotency.retention}, and the ids of consumed events after {@code guihua.consumers-dedupe-retention}
 * (a redelivery older than that is not expected: offsets are committed within seconds).
 */
@ApplicationScoped
public class Housekeeping {

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig idempotency;

    @ConfigProperty(name = "guihua.consumers-dedupe-retention", defaultValue = "30d")
    java.time.Duration dedupeRetention;

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void removeExpired() {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < :before")
                .setParameter("before", OffsetDateTime.now().minus(idempotency.retention())).executeUpdate();
        em.createNativeQuery("DELETE FROM consumed_event WHERE consumed_at < :before")
                .setParameter("before", OffsetDateTime.now().minus(dedupeRetention)).executeUpdate();
    }
}
