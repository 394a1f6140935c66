package cn.guihua.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "guihua.idempotency")
public interface IdempotencyConfig {

    /** How long a retry waits for a first request with the same key that is still running, before a 409. */
    @WithDefault("10s")
    Duration lockWait();

    /** Stored answers older than this are removed; a retry after that creates anew. */
    @WithDefault("7d")
    Duration retention();
}
