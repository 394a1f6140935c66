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
 * process quiet for {@code quiet-for} and the heap grown since the last return, full collections shrink the heap to
 * what {@code -XX:MaxHeapFreeRatio} leaves. The collector shrinks in steps (nothing at the first collection, then 10 %,
 * 40 % and the rest, {@code ShrinkHeapInSteps}), so that a program between two phases does not give back what the
 * next one takes again; four collections in a row go all the way. {@code -XX:-ShrinkHeapInSteps} would do it in one,
 * but at every full collection, also those within a burst, where the heap must grow again at once. It never runs
 * under load, and once per burst.
 */
@ApplicationScoped
public class HeapReturn {

    private static final Logger LOG = Logger.getLogger(HeapReturn.class);
    /** Full collections in a row that shrink the serial collector's heap all the way (its factors 0, 10, 40, 100 %). */
    private static final int SHRINK_STEPS = 4;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Inject
    HeapReturnConfig config;

    private final Quiet quiet = new Quiet();
    /** The heap committed after the last return; -1 before the first check. */
    private long returnedTo = -1;

    @Scheduled(every = "${guihua.heap-return.check-interval:10s}", delayed = "${guihua.heap-return.check-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!config.enabled()) {
            return;
        }
        long quietNanos = quiet.record(os.getProcessCpuTime(), System.nanoTime(), config.quietCpu());
        long committed = memory.getHeapMemoryUsage().getCommitted();
        if (returnedTo < 0) {
            returnedTo = committed; // what start-up left is the first baseline
        }
        if (due(quietNanos >= config.quietFor().toNanos(), committed, returnedTo, config.growth().asLongValue())) {
            for (int i = 0; i < SHRINK_STEPS; i++) {
                System.gc();
            }
            returnedTo = memory.getHeapMemoryUsage().getCommitted();
            LOG.infof("heap returned: %d MB committed before, %d MB after", committed >> 20, returnedTo >> 20);
        } else if (committed < returnedTo) {
            returnedTo = committed; // shrunk by itself: the baseline follows
        }
    }

    /** How long a process has been quiet, from its CPU time at each check. */
    static final class Quiet {
        private long cpuNanos = -1;
        private long atNanos;
        private long since = -1;

        /**
         * Records a check at {@code now} with the process's CPU time so far: quiet since the last check when it used
         * less than {@code share} of one core in between. Returns for how long it has been quiet (0: it is not).
         */
        long record(long cpu, long now, double share) {
            boolean quietBetween = cpuNanos >= 0 && cpu - cpuNanos < share * (now - atNanos);
            if (!quietBetween) {
                since = -1;
            } else if (since < 0) {
                since = atNanos;
            }
            cpuNanos = cpu;
            atNanos = now;
            return since < 0 ? 0 : now - since;
        }
    }

    /** Whether to collect now: quiet long enough, and the heap grown beyond its size after the last return by more than growth. */
    static boolean due(boolean quiet, long committed, long returnedTo, long growth) {
        return quiet && committed - returnedTo > growth;
    }
}
