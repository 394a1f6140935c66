package cn.guihua.subsidy.credit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code guihua.credit.*}: credit-service, whose entity level decides whether an enterprise may receive fiscal funds
 * (002:808). The calls carry the service token of the platform's {@code ServiceTokens}.
 */
@ConfigMapping(prefix = "guihua.credit")
public interface CreditConfig {

    /** The key of {@link #url()}, read again when the client is first built (see {@link CreditCalls}). */
    String URL = "guihua.credit.url";

    /** credit-service's base URL ({@code CREDIT_SERVICE_URL}). */
    @WithDefault("http://localhost:8085")
    String url();

    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("3s")
    Duration readTimeout();
}
