package cn.guihua.credit.calendar;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import cn.guihua.credit.calendar.WorkingDays.NotLoaded;

/**
 * One call of the calendar with its fault tolerance: a 5 s timeout over the client's own connect and read timeouts,
 * two retries 200 ms apart, and a circuit breaker that opens when half of the last 4 calls failed and tries again after
 * 10 s (settings: {@code cn.guihua.credit.calendar.CalendarCalls/after/CircuitBreaker/delay} and the like).
 */
@ApplicationScoped
public class CalendarCalls {

    @Inject
    @RestClient
    CalendarClient client;

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = NotLoaded.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, skipOn = NotLoaded.class)
    public LocalDate after(LocalDate from, int n) throws NotLoaded {
        try {
            CalendarClient.WorkingDayAnswer a = client.workingDays(from.toString(), n);
            if (a == null || a.date() == null) {
                throw new IllegalStateException("the calendar answered without a date");
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
