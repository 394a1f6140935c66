package cn.guihua.platform.json;

import java.math.BigDecimal;

/**
 * The ranges every input is held to, in JSON bodies and in parameters alike: years from 1900 (no record this
 * system keeps is older; PostgreSQL would store year 0 or 999999999 differently or not at all) to 2199, and decimal
 * numbers of at most 15 digits before and 20 after the point (money up to a trillion yuan, rates as precise as a spreadsheet gives them).
 */
public final class Limits {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_SCALE = 20;

    private Limits() {
    }

    public static boolean yearFits(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public static boolean fits(BigDecimal v) {
        return v.precision() - v.scale() <= MAX_INTEGER_DIGITS && v.scale() <= MAX_SCALE;
    }
}
