package cn.guihua.platform.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;

/** {@code guihua.consumers.<name>.*}: the settings of each {@link EventHandler}'s consumer, all with defaults. */
@ConfigMapping(prefix = "guihua.consumers")
public interface ConsumersConfig {

    @WithParentName
    @WithDefaults
    Map<String, Consumer> consumers();

    interface Consumer {

        @WithDefault("true")
        boolean enabled();

        /** Overrides {@link EventHandler#topic()}. */
        Optional<String> topic();

        /** The consumer group; by default the application's name. */
        Optional<String> group();

        /** Events applied in one transaction at most (one poll). */
        @WithDefault("5000")
        int maxPollRecords();

        /** Attempts to apply one event that makes its batch fail, before it goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("500ms")
        Duration retryBackoff();

        /** By default {@code <topic>.<group>.dlq}. */
        Optional<String> deadLetterTopic();
    }
}
