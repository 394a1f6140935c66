package cn.guihua.benchmark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.guihua.localstack.Service;

/**
 * RSS of every service (VmRSS of /proc/PID/status), with the JVM options the stack gives the services: idle, after
 * the freshly started stack has idled for --idle-seconds (five samples a second apart, the median), and the peak
 * under the mixed load, which {@link MixedLoadBenchmark} records. The stack is not the first start of its build on the
 * suite's data directory ({@link Suite#services}): that one migrates the empty databases and loads the reference
 * data, which a pod's later starts find done.
 */
final class MemoryBenchmark {

    static final String PART = "memory";

    private final Suite suite;

    MemoryBenchmark(Suite suite) {
        this.suite = suite;
    }

    /** The idle figures; the stack must not have carried any load yet. */
    void idle() throws Exception {
        suite.services();
        int idle = suite.settings.integer("idle-seconds");
        suite.out.printf("%n=== memory: RSS of each service after %d s idle; JVM options %s%n", idle,
                String.join(" ", suite.jvmOptions(Service.PLAN)));
        Thread.sleep(idle * 1000L);
        Map<Service, List<Double>> samples = new EnumMap<>(Service.class);
        for (int i = 0; i < 5; i++) {
            suite.rss().forEach((s, mb) -> samples.computeIfAbsent(s, k -> new ArrayList<>()).add(mb));
            Thread.sleep(1000);
        }
        for (Service s : Service.values()) {
            suite.results.goal(PART, "memory." + s.module + ".idle_mb", Stats.median(samples.get(s)), "MB", Results.Op.AT_MOST, 200,
                    "VmRSS, median of 5 samples: " + Stats.list(samples.get(s), "%.0f"));
        }
    }
}
