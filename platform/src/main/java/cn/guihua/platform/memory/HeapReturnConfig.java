package cn.guihua.platform.memory;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "guihua.heap-return")
public interface HeapReturnConfig {

    /** Whether a quiet service gives back the heap a burst made it grow ({@link HeapReturn}). */
    @WithDefault("true")
    boolean enabled();

    /** How often the process's CPU use and committed heap are looked at. */
    @WithDefault("10s")
    Duration checkInterval();

    /** Quiet: the process used less than this share of one core between two checks. */
    @WithDefault("0.1")
    double quietCpu();

    /**
     * How long the process must have been quiet: the pauses within a burst (between the requests of a batch job, a
     * consumer's polls) are seconds, and a heap returned there would only grow again at the next request. One check
     * interval: a burst is returned at the first check after it, before the next burst comes.
     */
    @WithDefault("10s")
    Duration quietFor();

    /** The heap is returned when it is committed beyond its size after the last return by more than this. */
    @WithDefault("24M")
    MemorySize growth();

    /**
     * The free share of the heap, in percent, that a return leaves: {@code -XX:MaxHeapFreeRatio} while it collects.
     * The JVM's own ratio (40 in the services' options) is kept for the collections under load, where a heap with
     * little room would only collect more often.
     */
    @WithDefault("10")
    int freeRatio();
}
