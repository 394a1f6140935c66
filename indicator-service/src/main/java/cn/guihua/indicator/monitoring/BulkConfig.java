package cn.guihua.indicator.monitoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code guihua.bulk.*}: limits of a bulk submission (the body's size is {@code quarkus.http.limits.max-body-size}). */
@ConfigMapping(prefix = "guihua.bulk")
public interface BulkConfig {

    /** Rows per request; one more is a 400 naming {@code body}. */
    @WithDefault("100000")
    int maxRows();
}
