package cn.guihua.subsidy.credit;

import java.net.URI;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import cn.guihua.platform.security.ServiceTokens;
import cn.guihua.subsidy.outgoing.OutgoingConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * One call of credit-service with its fault tolerance: an overall 5 s timeout over the client's connect and read
 * timeouts, two retries 200 ms apart, and a circuit breaker (half of the last 4 calls failed: open for 10 s). The client
 * is built on the first call with the URL read from the configuration then (see
 * {@link cn.guihua.subsidy.calendar.CalendarCalls} for why).
 */
@ApplicationScoped
public class CreditCalls {

    @Inject
    CreditConfig config;

    @Inject
    OutgoingConfig outgoing;

    @Inject
    ServiceTokens tokens;

    private volatile CreditClient client;

    CreditClient client() {
        CreditClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    String url = ConfigProvider.getConfig().getOptionalValue(CreditConfig.URL, String.class).orElse(config.url());
                    client = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS).build(CreditClient.class);
                }
                c = client;
            }
        }
        return c;
    }

    /** credit-service answered, but with no level (4xx: e.g. 422 when its rules of the day need a parameter). */
    public static class NoLevel extends RuntimeException {
        public final int status;

        public NoLevel(int status) {
            super("credit-service answered " + status, null, false, false);
            this.status = status;
        }
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = NoLevel.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, skipOn = NoLevel.class)
    public CreditClient.LevelAnswer level(String creditCode, LocalDate asOf) {
        String token = tokens.authorization().orElse(null);
        CreditClient.LevelAnswer a;
        try {
            a = client().level(creditCode, asOf.toString(), token);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                throw new NoLevel(status);
            }
            throw e;
        }
        if (a == null || a.level() == null) {
            throw new IllegalStateException("credit-service answered without a level");
        }
        return a;
    }
}
