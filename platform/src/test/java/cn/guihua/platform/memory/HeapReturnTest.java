package cn.guihua.platform.memory;

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
    void aHeapNoBiggerThanAfterTheLastReturnIsLeftAlone() {
        assertFalse(HeapReturn.due(true, 60 * MB, 46 * MB, 24 * MB));
        assertFalse(HeapReturn.due(true, 70 * MB, 46 * MB, 24 * MB));
    }
}
