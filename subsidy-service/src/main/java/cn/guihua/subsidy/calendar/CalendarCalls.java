package cn.guihua.subsidy.calendar;

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

import cn.guihua.subsidy.calendar.WorkingDays.NotLoaded;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * One call of the calendar with its fault tolerance: an overall 5 s timeout over the client's own connect and read
 * timeouts, two retries 200 ms apart, and a circuit breaker that opens when half of the last 4 calls failed and tries
 * again after 10 s (MicroProfile settings {@code cn.guihua.subsidy.calendar.CalendarCalls/next/CircuitBreaker/delay} and
 * the like). A year the calendar has not loaded (422) is an answer, not a failure: it is neither retried nor counted.
 * <p>
 * The client is built on the first call with the URL read from the configuration at that moment, so that a value
 * referring to the running server's own port (the tests' in-JVM stub, {@code ${quarkus.http.test-port}}) resolves to the
 * port actually bound.
 */
@ApplicationScoped
public class CalendarCalls {

    @Inject
    CalendarConfig config;

    private volatile CalendarClient client;

    CalendarClient client() {
        CalendarClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    String url = ConfigProvider.getConfig().getOptionalValue(CalendarConfig.URL, String.class).orElse(config.url());
                    client = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS).build(CalendarClient.class);
                }
                c = client;
            }
        }
        return c;
    }

    /** The working day after {@code from} ({@code from} not counted). */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = NotLoaded.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, skipOn = NotLoaded.class)
    public LocalDate next(LocalDate from) throws NotLoaded {
        try {
            CalendarClient.WorkingDayAnswer a = client().workingDays(from.toString(), 1);
            if (a == null || a.date() == null || !a.date().isAfter(from)) {
                throw new IllegalStateException("the calendar answered without a working day after " + from);
            }
            return a.date();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 422) {
                throw new NotLoaded();
            }
            throw e;
        }
    }
}
