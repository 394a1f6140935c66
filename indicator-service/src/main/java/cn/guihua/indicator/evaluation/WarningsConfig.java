package cn.guihua.indicator.evaluation;

import java.math.BigDecimal;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** {@code guihua.warnings.*}: the yearly warnings of a plan. */
@ConfigMapping(prefix = "guihua.warnings")
public interface WarningsConfig {

    /**
     * The change against the previous period, in percent, beyond which a series is a large change (波动较大). The plans
     * name no threshold, so there is none unless it is set here or asked for in the request.
     */
    Optional<BigDecimal> changeThresholdPercent();
}
