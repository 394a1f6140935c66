package cn.guihua.indicator.monitoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: a year ({@code 2023}), a quarter ({@code 2023-Q1}) or a month ({@code 2023-05}). */
public record Period(String text, int year) {

    public static final String PATTERN = "^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$";
    /** The catalogue key of the reason a text is not a period. */
    public static final String SHAPE_KEY = "monitoring.period.shape";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    /** The period, or null when the text is none of the three shapes. */
    public static Period parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase();
        Matcher m = SHAPE.matcher(t);
        return m.matches() ? new Period(t, Integer.parseInt(t.substring(0, 4))) : null;
    }

    public boolean annual() {
        return text.length() == 4;
    }

    /** The period before this one, of the same length: 2022 before 2023, 2022-Q4 before 2023-Q1, 2023-04 before 2023-05. */
    public Period previous() {
        if (annual()) {
            return new Period(String.valueOf(year - 1), year - 1);
        }
        if (text.charAt(5) == 'Q') {
            int q = text.charAt(6) - '0';
            return q == 1 ? new Period((year - 1) + "-Q4", year - 1) : new Period(year + "-Q" + (q - 1), year);
        }
        int m = Integer.parseInt(text.substring(5));
        return m == 1 ? new Period((year - 1) + "-12", year - 1) : new Period(String.format("%d-%02d", year, m - 1), year);
    }
}
