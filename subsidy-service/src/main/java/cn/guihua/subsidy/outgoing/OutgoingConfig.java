package cn.guihua.subsidy.outgoing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code guihua.outgoing.*}: how queued calls to neighbours are delivered ({@link OutgoingCallRelay}). Every wait is
 * bounded, so a neighbour that does not answer holds a relay run for at most
 * {@code batch-size x (connect-timeout + read-timeout)}.
 */
@ConfigMapping(prefix = "guihua.outgoing")
public interface OutgoingConfig {

    /** How often the relay looks for due calls (read by the scheduler as {@code ${guihua.outgoing.interval}}). */
    @WithDefault("5s")
    Duration interval();

    /** The delay after the first failed attempt; it doubles with every further attempt. */
    @WithDefault("5s")
    Duration backoff();

    /** The longest delay between two attempts. */
    @WithDefault("15m")
    Duration maxBackoff();

    /** Calls made per relay run. */
    @WithDefault("10")
    int batchSize();

    /** How long to wait for the TCP connection to a neighbour. */
    @WithDefault("3s")
    Duration connectTimeout();

    /** How long to wait for a neighbour's answer once the request is sent. */
    @WithDefault("10s")
    Duration readTimeout();

    /** indicator-service's base URL ({@code guihua.outgoing.indicator-service-url}). */
    String indicatorServiceUrl();
}
