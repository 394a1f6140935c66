package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Judges one value against the other values of its series (same indicator, jurisdiction, disaggregation and period
 * type): leaving the value out is what lets a single wild value show, since a value counted in its own mean can never
 * lie more than (n − 1)/√n standard deviations from it. Pure; the callers read the series.
 */
public final class OutlierDetector {

    /** Another value of the series: its period and number. */
    public record Point(String period, BigDecimal value) {
    }

    /** Bounds set by a planner; either end may be open. */
    public record Bounds(BigDecimal min, BigDecimal max) {
    }

    /** How to judge: the method, its threshold (z-scores), Tukey's factor (derived bounds) and the history needed. */
    public record Settings(OutlierMethod method, BigDecimal threshold, BigDecimal iqrFactor, int minHistory) {
    }

    /** The numbers a judgement rests on, whether or not the value is an outlier. */
    public record Judgement(boolean outlier, OutlierMethod method, BigDecimal score, BigDecimal threshold, BigDecimal mean,
            BigDecimal standardDeviation, BigDecimal median, BigDecimal mad, BigDecimal lower, BigDecimal upper,
            String boundSource, int historySize, String historyFrom, String historyTo) {
    }

    private static final double MAD_SCALE = 0.6745;
    private static final double MEAN_AD_SCALE = 1.253314;

    private OutlierDetector() {
    }

    /**
     * The judgement of {@code x} against {@code others} (the series without x), or against a planner's bounds for
     * MIN_MAX when given; null when the history is too short to judge by.
     */
    public static Judgement judge(BigDecimal x, List<Point> others, Settings s, Bounds planner) {
        double v = x.doubleValue();
        double[] h = others.stream().mapToDouble(p -> p.value().doubleValue()).toArray();
        String from = others.stream().map(Point::period).min(String::compareTo).orElse(null);
        String to = others.stream().map(Point::period).max(String::compareTo).orElse(null);
        if (s.method() == OutlierMethod.MIN_MAX && planner != null) {
            boolean out = planner.min() != null && x.compareTo(planner.min()) < 0
                    || planner.max() != null && x.compareTo(planner.max()) > 0;
            return new Judgement(out, OutlierMethod.MIN_MAX, null, null, null, null, null, null, planner.min(), planner.max(),
                    "PLANNER", h.length, from, to);
        }
        if (h.length < Math.max(2, s.minHistory())) {
            return null;
        }
        double[] sorted = h.clone();
        Arrays.sort(sorted);
        double median = quantile(sorted, 0.5);
        return switch (s.method()) {
            case Z_SCORE -> {
                double mean = Arrays.stream(h).average().orElse(0);
                double sd = Math.sqrt(Arrays.stream(h).map(d -> (d - mean) * (d - mean)).sum() / (h.length - 1));
                double t = s.threshold().doubleValue();
                Double score = sd > 0 ? Math.abs(v - mean) / sd : null;
                boolean out = score != null ? score > t : v != mean;
                yield new Judgement(out, OutlierMethod.Z_SCORE, round(score), s.threshold(), round(mean), round(sd), round(median),
                        null, round(mean - t * sd), round(mean + t * sd), null, h.length, from, to);
            }
            case MODIFIED_Z_SCORE -> {
                double[] deviations = Arrays.stream(h).map(d -> Math.abs(d - median)).sorted().toArray();
                double mad = quantile(deviations, 0.5);
                double meanAd = Arrays.stream(deviations).average().orElse(0);
                double t = s.threshold().doubleValue();
                Double score;
                double spread;
                if (mad > 0) {
                    spread = mad / MAD_SCALE;
                } else {
                    // more than half the history is one number: the mean absolute deviation instead (IBM's practice)
                    spread = meanAd * MEAN_AD_SCALE;
                }
                score = spread > 0 ? Math.abs(v - median) / spread : null;
                boolean out = score != null ? score > t : v != median;
                yield new Judgement(out, OutlierMethod.MODIFIED_Z_SCORE, round(score), s.threshold(), null, null, round(median),
                        round(mad), round(median - t * spread), round(median + t * spread), null, h.length, from, to);
            }
            case MIN_MAX -> {
                double q1 = quantile(sorted, 0.25);
                double q3 = quantile(sorted, 0.75);
                double k = s.iqrFactor().doubleValue();
                double lower = q1 - k * (q3 - q1);
                double upper = q3 + k * (q3 - q1);
                boolean out = v < lower || v > upper;
                yield new Judgement(out, OutlierMethod.MIN_MAX, null, null, null, null, round(median), null, round(lower),
                        round(upper), "HISTORY", h.length, from, to);
            }
        };
    }

    /** Without trailing zeros, and never in exponent notation (740, not 7.4E+2). */
    static BigDecimal plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The q-quantile of sorted numbers, interpolated linearly between the closest ranks. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    private static BigDecimal round(Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            return null;
        }
        BigDecimal b = BigDecimal.valueOf(d);
        // four significant decimals after the point, at least: 740.0006 → 740.0006, 0.158113 → 0.1581
        return plain(b.setScale(4, RoundingMode.HALF_UP));
    }
}
