package cn.guihua.emergency.compliance;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code guihua.compliance-answers.*}: the compliance views kept ({@link ComplianceAnswers}). */
@ConfigMapping(prefix = "guihua.compliance-answers")
public interface ComplianceAnswersConfig {

    /** Whether answers are kept; false computes every view from the database. */
    @WithDefault("true")
    boolean enabled();

    /** The JSON kept, at most; beyond it answers are computed every time until the inputs change. */
    @WithDefault("8M")
    MemorySize maxBytes();
}
