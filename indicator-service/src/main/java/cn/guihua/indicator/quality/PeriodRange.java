package cn.guihua.indicator.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;

/**
 * The periods an analysis or report covers: every year, quarter and month that lies within {@code from}'s first day
 * and {@code to}'s last ({@code 2023}..{@code 2024} holds 2023, 2023-Q1, 2024-12, ...).
 */
public record PeriodRange(String from, String to, LocalDate first, LocalDate last) {

    /** As submissions write periods (monitoring.Period): 2023, 2023-Q1, 2023-05. */
    private static final Pattern PERIOD = Pattern.compile("^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$");
    /** At most this many years in one range. */
    static final int MAX_YEARS = 50;

    /** The range of the parameters {@code periodFrom} and {@code periodTo} (default {@code periodFrom}); 400 naming them. */
    public static PeriodRange of(String from, String to) {
        List<Violation> wrong = new ArrayList<>();
        String f = normal(from);
        String t = to == null || to.isBlank() ? f : normal(to);
        if (from == null || from.isBlank()) {
            wrong.add(Violation.of("periodFrom", "quality.period.required"));
        } else if (f == null) {
            wrong.add(Violation.of("periodFrom", "monitoring.period.shape"));
        }
        if (to != null && !to.isBlank() && t == null) {
            wrong.add(Violation.of("periodTo", "monitoring.period.shape"));
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.invalid(wrong);
        }
        LocalDate first = PeriodType.start(f);
        LocalDate last = PeriodType.end(t);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("periodTo", "quality.period.range");
        }
        if (last.getYear() - first.getYear() >= MAX_YEARS) {
            throw ProblemException.invalid("periodTo", "quality.period.too-long", MAX_YEARS);
        }
        return new PeriodRange(f, t, first, last);
    }

    private static String normal(String p) {
        if (p == null) {
            return null;
        }
        String s = p.strip().toUpperCase(java.util.Locale.ROOT);
        return PERIOD.matcher(s).matches() ? s : null;
    }

    public int fromYear() {
        return first.getYear();
    }

    public int toYear() {
        return last.getYear();
    }

    /** Whether the period (as stored) lies wholly within the range. */
    public boolean contains(String period) {
        PeriodType type = PeriodType.of(period);
        return type != null && !PeriodType.start(period).isBefore(first) && !PeriodType.end(period).isAfter(last);
    }
}
