package cn.guihua.subsidy.calendar;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code guihua.calendar.*}: emergency-service's working-day calendar, the one calendar of the system. Each call waits
 * at most {@code connect-timeout} for the connection and {@code read-timeout} for the answer; {@link CalendarCalls}
 * adds retries and a circuit breaker.
 */
@ConfigMapping(prefix = "guihua.calendar")
public interface CalendarConfig {

    /** The key of {@link #url()}, read again when the client is first built (see {@link CalendarCalls}). */
    String URL = "guihua.calendar.url";

    /** emergency-service's base URL ({@code EMERGENCY_SERVICE_URL}). */
    @WithDefault("http://localhost:8083")
    String url();

    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("3s")
    Duration readTimeout();
}
