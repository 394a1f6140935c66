package cn.guihua.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "guihua.outbox")
public interface OutboxConfig {

    /** Whether this instance relays; every replica may, only one at a time does (a PostgreSQL advisory lock). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Events published per batch: sent together, then their rows marked sent in one statement. A chunk row counts its
     * events and is never split; a batch holds at least one row.
     */
    @WithDefault("5000")
    int batchSize();

    /**
     * Whether bulk writers store a chunk of events in one outbox row ({@link OutboxChunk}) rather than a row per event.
     * Every relay of this release reads both; a relay of a release before chunk rows would send a chunk row as one
     * wrong record, so set it false while such a relay may still run (a rolling update from that release), then true.
     */
    @WithDefault("true")
    boolean chunkRows();

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
