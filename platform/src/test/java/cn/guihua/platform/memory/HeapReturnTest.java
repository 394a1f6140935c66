package cn.guihua.platform.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.sun.management.HotSpotDiagnosticMXBean;

class HeapReturnTest {

    private static final long MB = 1 << 20;
    private static final long S = 1_000_000_000L;
    private static final long QUIET_FOR = 30 * S;

    @Test
    void aQuietServiceWhoseHeapGrewIsCollected() {
        assertTrue(HeapReturn.due(30 * S, QUIET_FOR, 150 * MB, 46 * MB, 24 * MB));
    }

    @Test
    void underLoadNothingIsCollectedHoweverBigTheHeap() {
        assertFalse(HeapReturn.due(0, QUIET_FOR, 350 * MB, 46 * MB, 24 * MB));
    }

    @Test
    void aBurstIsReturnedOnlyAfterTheFullQuietStretch() {
        assertFalse(HeapReturn.due(20 * S, QUIET_FOR, 150 * MB, 46 * MB, 24 * MB));
    }

    @Test
    void theStartIsReturnedAtTheFirstQuietCheckWhateverItsGrowth() {
        assertFalse(HeapReturn.due(0, QUIET_FOR, 55 * MB, -1, 24 * MB)); // still starting, or under load at once
        assertTrue(HeapReturn.due(10 * S, QUIET_FOR, 55 * MB, -1, 24 * MB));
    }

    @Test
    void aReturnCollectsAtItsFreeRatioAndPutsBackTheJvmsAfter() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
        List<String> during = new ArrayList<>();
        long committed = new HeapReturn().collect(10, () -> {
            during.add(vm.getVMOption("MinHeapFreeRatio").getValue());
            during.add(vm.getVMOption("MaxHeapFreeRatio").getValue());
            System.gc();
        });
        assertEquals(List.of(String.valueOf(Math.min(10, Integer.parseInt(min))), "10"), during);
        assertEquals(min, vm.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals(max, vm.getVMOption("MaxHeapFreeRatio").getValue());
        assertTrue(committed > 0);
    }

    @Test
    void quietIsCountedFromTheFirstCheckOfAQuietStretchAndEndsWithTheFirstBusyInterval() {
        long s = 1_000_000_000L;
        HeapReturn.Quiet q = new HeapReturn.Quiet();
        assertEquals(0, q.record(5 * s, 10 * s, 0.1)); // the first check: nothing to compare with
        assertEquals(10 * s, q.record(5 * s + s / 2, 20 * s, 0.1)); // 0.5 s of CPU in 10 s: quiet since 10 s
        assertEquals(20 * s, q.record(5 * s + s, 30 * s, 0.1));
        assertEquals(0, q.record(9 * s, 40 * s, 0.1)); // 3 s of CPU in 10 s: a burst
        assertEquals(0, q.record(9 * s + 2 * s, 50 * s, 0.1)); // 2 s in 10 s: still busy
        assertEquals(10 * s, q.record(9 * s + 2 * s, 60 * s, 0.1));
    }

    @Test
    void aHeapNoBiggerThanAfterTheLastReturnIsLeftAlone() {
        assertFalse(HeapReturn.due(30 * S, QUIET_FOR, 60 * MB, 46 * MB, 24 * MB));
        assertFalse(HeapReturn.due(30 * S, QUIET_FOR, 70 * MB, 46 * MB, 24 * MB));
    }
}
