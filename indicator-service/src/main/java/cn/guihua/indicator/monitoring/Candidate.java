package cn.guihua.indicator.monitoring;

/**
 * A value as received, every field as text, before validation: single submissions, JSON arrays and CSV
 * rows all become one of these, so that every path applies the same rules and names the same fields.
 */
public record Candidate(String indicatorCode, String jurisdiction, String period, String sex, String residence,
        String ageGroup, String value, String numerator, String denominator, String unit, String department,
        String comment) {

    /** The JSON field names, which are also the English CSV headers, in column order. */
    public static final String[] FIELDS = { "indicatorCode", "jurisdiction", "period", "sex", "residence", "ageGroup",
            "value", "numerator", "denominator", "unit", "department", "comment" };

    static Candidate of(String[] f) {
        return new Candidate(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11]);
    }
}
