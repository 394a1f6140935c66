package cn.guihua.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "guihua.outbox")
public interface OutboxConfig {

    /** Whether this instance relays; every replica may, only one at a time does (a PostgreSQL advisory lock). */
    @WithDefault("true")
    boolean enabled();

    /** Rows published per batch: sent together, then marked sent in one statement. */
    @WithDefault("5000")
    int batchSize();

    /** How long the relay waits when the outbox is empty (or another replica holds the relay). */
    @WithDefault("200ms")
    Duration idleInterval();

    /** Sent rows are deleted after this; 0 deletes a row as soon as the broker acknowledged it. */
    @WithDefault("7d")
    Duration retention();

    /** Readiness goes DOWN when the oldest unsent row is older than this. */
    @WithDefault("2m")
    Duration maxAge();

    /** How long one send may wait for the broker's acknowledgement before the batch is retried. */
    @WithDefault("30s")
    Duration sendTimeout();
}
