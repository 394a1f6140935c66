package cn.guihua.platform.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Gives back to the system the heap a burst made grow (a bulk import, a consumer's backlog), once the service is
 * quiet again. The services run the serial collector (docs/performance.md, "JVM settings"), which shrinks the heap
 * only at a full collection; after a burst none may come for hours, and the pod would keep its peak RSS. JEP 346 does
 * this for G1 ({@code G1PeriodicGCInterval}); here is its idea for the serial collector. When a check finds the
 * process quiet for {@code quiet-for} and the heap grown since the last return, one full collection shrinks the heap
 * to what {@code -XX:MaxHeapFreeRatio} leaves ({@code -XX:-ShrinkHeapInSteps}: at once, not over several
 * collections). It never runs under load, and once per burst.
 */
@ApplicationScoped
public class HeapReturn {

    private static final Logger LOG = Logger.getLogger(HeapReturn.class);

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Inject
    HeapReturnConfig config;

    /**
     * The state between checks: the process CPU time and clock at the last one, since when the process has been quiet
     * (-1: it is not), and the heap after the last return.
     */
    private long cpuNanos = -1;
    private long atNanos;
    private long quietSince = -1;
    private long returnedTo = -1;

    @Scheduled(every = "${guihua.heap-return.check-interval:10s}", delayed = "${guihua.heap-return.check-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void check() {
        long cpu = os.getProcessCpuTime();
        long now = System.nanoTime();
        long committed = memory.getHeapMemoryUsage().getCommitted();
        boolean quietInterval = cpuNanos >= 0 && cpu - cpuNanos < config.quietCpu() * (now - atNanos);
        if (!quietInterval) {
            quietSince = -1;
        } else if (quietSince < 0) {
            quietSince = atNanos;
        }
        cpuNanos = cpu;
        atNanos = now;
        if (returnedTo < 0) {
            returnedTo = committed; // what start-up left is the first baseline
        }
        boolean quiet = quietSince >= 0 && now - quietSince >= config.quietFor().toNanos();
        if (due(quiet, committed, returnedTo, config.growth().asLongValue())) {
            System.gc();
            returnedTo = memory.getHeapMemoryUsage().getCommitted();
            LOG.infof("heap returned: %d MB committed before, %d MB after", committed >> 20, returnedTo >> 20);
        } else if (committed < returnedTo) {
            returnedTo = committed; // shrunk by itself: the baseline follows
        }
    }

    /** Whether to collect now: quiet long enough, and the heap grown beyond its size after the last return by more than growth. */
    static boolean due(boolean quiet, long committed, long returnedTo, long growth) {
        return quiet && committed - returnedTo > growth;
    }

    /** Skips the checks when {@code guihua.heap-return.enabled=false}. */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        HeapReturnConfig config;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.enabled();
        }
    }
}
