package cn.guihua.platform.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapReturnTest {

    private static final long MB = 1 << 20;

    @Test
    void aQuietServiceWhoseHeapGrewIsCollected() {
        assertTrue(HeapReturn.due(true, 150 * MB, 46 * MB, 24 * MB));
    }

    @Test
    void underLoadNothingIsCollectedHoweverBigTheHeap() {
        assertFalse(HeapReturn.due(false, 350 * MB, 46 * MB, 24 * MB));
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
        assertFalse(HeapReturn.due(true, 60 * MB, 46 * MB, 24 * MB));
        assertFalse(HeapReturn.due(true, 70 * MB, 46 * MB, 24 * MB));
    }
}
