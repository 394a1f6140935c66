package cn.guihua.plan.plan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code guihua.plan-cache.*}: the plan and target reads answered from memory ({@link PlanCache}). */
@ConfigMapping(prefix = "guihua.plan-cache")
public interface PlanCacheConfig {

    /** Whether plan and target reads are answered from memory; false reads the database every time. */
    @WithDefault("true")
    boolean enabled();

    /** The JSON kept of the answers of one catalogue, at most, in bytes; beyond it answers are written every time. */
    @WithDefault("33554432")
    long maxRenderedBytes();
}
