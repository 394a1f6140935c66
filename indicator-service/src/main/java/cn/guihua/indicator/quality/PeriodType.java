package cn.guihua.indicator.quality;

import java.time.LocalDate;

/** The three kinds of reporting period: a year (2023), a quarter (2023-Q1), a month (2023-05). */
public enum PeriodType {
    YEAR, QUARTER, MONTH;

    /** The type of a period written as submissions write it; null when it is none. */
    public static PeriodType of(String period) {
        if (period == null) {
            return null;
        }
        if (period.length() == 4) {
            return YEAR;
        }
        if (period.length() == 7) {
            return period.charAt(5) == 'Q' ? QUARTER : MONTH;
        }
        return null;
    }

    /** The first day of a period of this type. */
    public static LocalDate start(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        return switch (of(period)) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (period.charAt(6) - '1') * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, Integer.parseInt(period.substring(5)), 1);
        };
    }

    /** The last day of a period. */
    public static LocalDate end(String period) {
        LocalDate start = start(period);
        return switch (of(period)) {
            case YEAR -> start.plusYears(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case MONTH -> start.plusMonths(1).minusDays(1);
        };
    }

    /** The period of this type that starts on {@code day} (the first of a year, quarter or month). */
    public String period(LocalDate day) {
        return switch (this) {
            case YEAR -> String.valueOf(day.getYear());
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
        };
    }

    /** The first day of the period of this type that holds {@code day}. */
    public LocalDate align(LocalDate day) {
        return switch (this) {
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case MONTH -> LocalDate.of(day.getYear(), day.getMonthValue(), 1);
        };
    }

    /** The length of one period of this type, in months. */
    public int months() {
        return switch (this) {
            case YEAR -> 12;
            case QUARTER -> 3;
            case MONTH -> 1;
        };
    }
}
