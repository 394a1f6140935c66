package cn.guihua.plan.reference;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code guihua.reference.*}: the reference data loaded at start-up. */
@ConfigMapping(prefix = "guihua.reference")
public interface ReferenceConfig {

    /** Whether {@code reference/indicators.json} and {@code reference/plans/*.json} are loaded at start-up. */
    @WithDefault("true")
    boolean load();
}
