package cn.guihua.benchmark;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles over measured samples. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> samples) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        double[] a = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    static double max(List<Double> samples) {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static double min(List<Double> samples) {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    /** The nearest-rank percentile {@code p} (0-100) of {@code sorted}, which must be sorted; NaN when empty. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    static long[] sorted(long[] values, int count) {
        long[] a = Arrays.copyOf(values, count);
        Arrays.sort(a);
        return a;
    }

    /** "1.23, 1.45, 1.31" for the repetitions of a figure. */
    static String list(List<Double> samples, String format) {
        StringBuilder b = new StringBuilder();
        for (double d : samples) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, format, d));
        }
        return b.toString();
    }
}
