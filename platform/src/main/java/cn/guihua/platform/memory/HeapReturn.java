package cn.guihua.platform.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.sun.management.HotSpotDiagnosticMXBean;

import io.quarkus.scheduler.Scheduled;

/**
 * Gives back to the system the heap a burst made grow (the start itself, a bulk import, a consumer's backlog), once
 * the service is quiet again. The services run the serial collector (docs/performance.md, "JVM settings"), which
 * shrinks the heap only at a full collection; after a burst none may come for hours, and the pod would keep its peak
 * RSS. JEP 346 does this for G1 ({@code G1PeriodicGCInterval}); here is its idea for the serial collector.
 * <p>
 * The start is returned at the first check that finds the process quiet since the one before; any later burst when
 * the process has been quiet for {@code quiet-for} and the heap has grown by {@code growth} since the last return.
 * A return runs full collections with {@code -XX:MaxHeapFreeRatio} lowered to {@code free-ratio} (a manageable flag),
 * and puts the JVM's ratios back after. The collector shrinks in steps (nothing at the first collection, then 10 %,
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
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Inject
    HeapReturnConfig config;

    private final Quiet quiet = new Quiet();
    /** The heap committed after the last return; -1 until the start has been returned. */
    private long returnedTo = -1;

    @Scheduled(every = "${guihua.heap-return.check-interval:10s}", delayed = "${guihua.heap-return.check-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!config.enabled()) {
            return;
        }
        long quietNanos = quiet.record(os.getProcessCpuTime(), System.nanoTime(), config.quietCpu());
        long committed = memory.getHeapMemoryUsage().getCommitted();
        boolean startReturned = returnedTo >= 0;
        if (due(quietNanos, config.quietFor().toNanos(), committed, returnedTo, config.growth().asLongValue())) {
            returnedTo = collect(config.freeRatio(), HeapReturn::fullCollections);
            LOG.infof("heap returned%s: %d MB committed before, %d MB after", startReturned ? "" : " after the start",
                    committed >> 20, returnedTo >> 20);
        } else if (startReturned && committed < returnedTo) {
            returnedTo = committed; // shrunk by itself: the baseline follows
        }
    }

    /**
     * Runs {@code collections} with at most {@code freeRatio} percent of the heap left free, then puts the JVM's own
     * ratios back; returns the heap committed after. Where the flags cannot be set (another JVM), the JVM's ratio applies.
     */
    long collect(int freeRatio, Runnable collections) {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = vm.getVMOption(MIN_FREE).getValue();
        String max = vm.getVMOption(MAX_FREE).getValue();
        boolean lowered = false;
        try {
            if (freeRatio < Integer.parseInt(max)) {
                // Min <= Max at every step: Min goes down first and comes back last
                vm.setVMOption(MIN_FREE, Integer.toString(Math.min(freeRatio, Integer.parseInt(min))));
                lowered = true;
                vm.setVMOption(MAX_FREE, Integer.toString(freeRatio));
            }
        } catch (RuntimeException e) {
            LOG.debugf("heap return at the JVM's free ratio: %s", e.getMessage());
        }
        try {
            collections.run();
        } finally {
            if (lowered) {
                vm.setVMOption(MAX_FREE, max);
                vm.setVMOption(MIN_FREE, min);
            }
        }
        return memory.getHeapMemoryUsage().getCommitted();
    }

    private static void fullCollections() {
        for (int i = 0; i < SHRINK_STEPS; i++) {
            System.gc();
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

    /**
     * Whether to collect now. The start (nothing returned yet, {@code returnedTo} -1) at the first check quiet since
     * the one before; after it, quiet for {@code quietFor} and the heap grown beyond its size after the last return
     * by more than {@code growth}.
     */
    static boolean due(long quietNanos, long quietFor, long committed, long returnedTo, long growth) {
        if (returnedTo < 0) {
            return quietNanos > 0;
        }
        return quietNanos >= quietFor && committed - returnedTo > growth;
    }
}
