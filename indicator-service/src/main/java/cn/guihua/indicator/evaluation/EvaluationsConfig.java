package cn.guihua.indicator.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code guihua.evaluations.*}: the evaluations of a plan in a year. */
@ConfigMapping(prefix = "guihua.evaluations")
public interface EvaluationsConfig {

    /**
     * Bytes of evaluation answers kept ({@link EvaluationAnswers}), the JSON and the values each was made from; 0 keeps
     * none.
     */
    @WithDefault("8000000")
    long answerCacheBytes();
}
