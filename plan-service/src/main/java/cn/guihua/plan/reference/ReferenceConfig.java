package cn.guihua.plan.reference;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code guihua.reference.*}: the reference data loaded at start-up. */
@ConfigMapping(prefix = "guihua.reference")
public interface ReferenceConfig {

    /** Whether {@code reference/indicators.json} and {@code reference/plans/*.json} are loaded at start-up. */
    @WithDefault("true")
    boolean load();

    /**
     * Whether a start skips the load when the reference files and the classes that import them are those of the last
     * load without errors (their checksum is stored in {@code reference_load}); false loads at every start.
     */
    @WithDefault("true")
    boolean skipUnchanged();
}
