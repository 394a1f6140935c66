package cn.guihua.indicator.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutlierDetectorTest {

    private static final OutlierDetector.Settings Z = new OutlierDetector.Settings(OutlierMethod.Z_SCORE, new BigDecimal("3.0"),
            new BigDecimal("1.5"), 3);
    private static final OutlierDetector.Settings MAD = new OutlierDetector.Settings(OutlierMethod.MODIFIED_Z_SCORE,
            new BigDecimal("3.5"), new BigDecimal("1.5"), 3);
    private static final OutlierDetector.Settings MIN_MAX = new OutlierDetector.Settings(OutlierMethod.MIN_MAX, null,
            new BigDecimal("1.5"), 3);

    /** 新生儿死亡率 of a district around 3‰ (000:663 caps it at 3‰) in 2020-2024. */
    private static List<OutlierDetector.Point> history(String... values) {
        List<OutlierDetector.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new OutlierDetector.Point(String.valueOf(2020 + i), new BigDecimal(values[i])));
        }
        return points;
    }

    @Test
    void aHundredAndTwentyPerMilleAgainstAHistoryAroundThreeIsAnOutlierByEveryMethod() {
        List<OutlierDetector.Point> h = history("3.1", "2.9", "3.0", "3.2", "2.8");
        OutlierDetector.Judgement z = OutlierDetector.judge(new BigDecimal("120"), h, Z, null);
        assertTrue(z.outlier());
        assertEquals(0, new BigDecimal("3").compareTo(z.mean()));
        assertEquals(new BigDecimal("0.1581"), z.standardDeviation());
        assertEquals(new BigDecimal("739.973"), z.score());
        assertEquals(new BigDecimal("3.0"), z.threshold());
        assertEquals("2020", z.historyFrom());
        assertEquals("2024", z.historyTo());
        assertEquals(5, z.historySize());
        OutlierDetector.Judgement m = OutlierDetector.judge(new BigDecimal("120"), h, MAD, null);
        assertTrue(m.outlier());
        assertEquals(new BigDecimal("0.1"), m.mad());
        assertTrue(m.score().compareTo(new BigDecimal("700")) > 0);
        OutlierDetector.Judgement tukey = OutlierDetector.judge(new BigDecimal("120"), h, MIN_MAX, null);
        assertTrue(tukey.outlier());
        assertEquals("HISTORY", tukey.boundSource());
        assertEquals(new BigDecimal("3.4"), tukey.upper());
    }

    @Test
    void anOrdinaryValueIsNone() {
        List<OutlierDetector.Point> h = history("3.1", "2.9", "3.0", "3.2", "2.8");
        assertFalse(OutlierDetector.judge(new BigDecimal("3.05"), h, Z, null).outlier());
        assertFalse(OutlierDetector.judge(new BigDecimal("3.05"), h, MAD, null).outlier());
        // the history of one wild value: the value itself is left out of its own mean
        List<OutlierDetector.Point> wild = history("2.9", "3.0", "3.2", "2.8", "120");
        assertFalse(OutlierDetector.judge(new BigDecimal("3.1"), wild, Z, null).outlier());
    }

    @Test
    void tooShortAHistoryIsNoJudgement() {
        assertNull(OutlierDetector.judge(new BigDecimal("120"), history("3.1", "2.9"), Z, null));
    }

    @Test
    void aPlannersBoundsNeedNoHistory() {
        OutlierDetector.Judgement j = OutlierDetector.judge(new BigDecimal("12"), List.of(), MIN_MAX,
                new OutlierDetector.Bounds(new BigDecimal("0.5"), new BigDecimal("10")));
        assertTrue(j.outlier());
        assertEquals("PLANNER", j.boundSource());
        assertFalse(OutlierDetector.judge(new BigDecimal("9"), List.of(), MIN_MAX,
                new OutlierDetector.Bounds(null, new BigDecimal("10"))).outlier());
    }

    @Test
    void aFlatHistoryMakesAnyOtherNumberAnOutlier() {
        List<OutlierDetector.Point> flat = history("5", "5", "5", "5");
        OutlierDetector.Judgement j = OutlierDetector.judge(new BigDecimal("6"), flat, Z, null);
        assertTrue(j.outlier());
        assertNull(j.score(), "no spread, no score");
        assertFalse(OutlierDetector.judge(new BigDecimal("5"), flat, MAD, null).outlier());
    }
}
