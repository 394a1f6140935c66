package cn.guihua.indicator.catalogue;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code guihua.catalogue.*}: how the local copy of plan-service's catalogue is kept. The REST client's own timeouts
 * are {@code quarkus.rest-client.plan-service.connect-timeout} and {@code read-timeout}.
 */
@ConfigMapping(prefix = "guihua.catalogue")
public interface CatalogueConfig {

    /** How often the copy is read again from plan-service (also read by the scheduler's expression). */
    @WithDefault("5m")
    Duration refreshEvery();

    /**
     * How long an operation that needs plan-service's catalogue now (a forced refresh, or any validation or evaluation
     * while no copy was ever loaded) waits for it; then it answers 503 and the read goes on in the background.
     */
    @WithDefault("10s")
    Duration freshTimeout();
}
