package cn.guihua.indicator.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.catalogue.IndicatorDefinition;
import cn.guihua.indicator.security.JurisdictionCodes;

/**
 * The rules a monitoring value must pass, against one catalogue copy and one caller's jurisdiction. Pure
 * and in memory, so a bulk of 100 000 rows is checked without a database round trip per row.
 */
public final class SubmissionRules {

    static final Pattern AGE_GROUP = Pattern.compile("^(TOTAL|\\d{1,3}-\\d{1,3}|\\d{1,3}\\+)$");
    private static final Pattern JURISDICTION = Pattern.compile(JurisdictionCodes.PATTERN);

    private final Catalogue.Snapshot catalogue;
    private final Predicate<String> mayAccess;

    public SubmissionRules(Catalogue.Snapshot catalogue, Predicate<String> mayAccess) {
        this.catalogue = catalogue;
        this.mayAccess = mayAccess;
    }

    /** The accepted value, or null with the reasons added to {@code violations}. */
    public Accepted check(Candidate c, List<Violation> violations) {
        int before = violations.size();
        IndicatorDefinition indicator = null;
        String code = blankToNull(c.indicatorCode());
        if (code == null) {
            violations.add(required("indicatorCode"));
        } else {
            indicator = catalogue.indicator(code);
            if (indicator == null) {
                violations.add(new Violation("indicatorCode",
                        "指标 " + code + " 不在 plan-service 的指标目录中（目录副本取自 " + catalogue.fetchedAt() + "）",
                        "Indicator " + code + " is not in plan-service's indicator catalogue (copy of " + catalogue.fetchedAt() + ")"));
            }
        }
        String jurisdiction = blankToNull(c.jurisdiction());
        if (jurisdiction == null) {
            violations.add(required("jurisdiction"));
        } else if (!JURISDICTION.matcher(jurisdiction).matches()) {
            violations.add(new Violation("jurisdiction", "须为 6、9 或 12 位 GB/T 2260 行政区划代码",
                    "must be a GB/T 2260 division code of 6, 9 or 12 digits"));
        } else if (!mayAccess.test(jurisdiction)) {
            violations.add(new Violation("jurisdiction", "不在令牌的辖区之内，无权为 " + jurisdiction + " 报送",
                    jurisdiction + " is outside the jurisdiction of your token"));
        }
        Period period = null;
        if (blankToNull(c.period()) == null) {
            violations.add(required("period"));
        } else {
            period = Period.parse(c.period());
            if (period == null) {
                violations.add(new Violation("period", "须为年（2023）、季度（2023-Q1）或月份（2023-05）",
                        "must be a year (2023), a quarter (2023-Q1) or a month (2023-05)"));
            } else if (indicator != null && !indicator.tracks(period.year())) {
                violations.add(new Violation("period",
                        "指标 " + indicator.code() + " 的监测年份为 " + range(indicator) + "，不含 " + period.year(),
                        "Indicator " + indicator.code() + " is tracked in " + range(indicator) + ", not in " + period.year()));
            }
        }
        Sex sex = Sex.parse(c.sex());
        if (sex == null) {
            violations.add(new Violation("sex", "须为 TOTAL、FEMALE 或 MALE", "must be TOTAL, FEMALE or MALE"));
        }
        Residence residence = Residence.parse(c.residence());
        if (residence == null) {
            violations.add(new Violation("residence", "须为 TOTAL、URBAN 或 RURAL", "must be TOTAL, URBAN or RURAL"));
        }
        String ageGroup = blankToNull(c.ageGroup()) == null ? "TOTAL" : c.ageGroup().strip().toUpperCase();
        if (!AGE_GROUP.matcher(ageGroup).matches()) {
            violations.add(new Violation("ageGroup", "须为 TOTAL 或年龄段（如 0-5、60+）",
                    "must be TOTAL or an age band such as 0-5 or 60+"));
        }
        BigDecimal value = decimal(c.value(), "value", true, violations);
        BigDecimal numerator = decimal(c.numerator(), "numerator", false, violations);
        BigDecimal denominator = decimal(c.denominator(), "denominator", false, violations);
        if (value != null && indicator != null) {
            String[] problem = indicator.rangeProblem(value);
            if (problem != null) {
                violations.add(new Violation("value", problem[0] + "（" + indicator.name() + "，" + indicator.valueType() + "）",
                        problem[1] + " (" + indicator.code() + " is a " + indicator.valueType() + ")"));
            }
        }
        if (numerator != null && numerator.signum() < 0) {
            violations.add(new Violation("numerator", "不能为负数", "must not be negative"));
        }
        if (denominator != null && denominator.signum() <= 0) {
            violations.add(new Violation("denominator", "须大于 0", "must be greater than 0"));
        }
        if ((numerator == null) != (denominator == null)) {
            violations.add(new Violation(numerator == null ? "numerator" : "denominator", "分子和分母须同时给出",
                    "numerator and denominator go together"));
        } else if (numerator != null && denominator.signum() > 0 && numerator.signum() >= 0 && value != null
                && indicator != null && !consistent(value, numerator, denominator, indicator.scale())) {
            violations.add(new Violation("value", "与分子/分母不符（" + indicator.scale() + "）",
                    "does not match numerator/denominator (" + indicator.scale() + ")"));
        }
        String unit = blankToNull(c.unit());
        if (unit != null && indicator != null && !unit.strip().equals(indicator.unit()) && !unit.strip().equals(indicator.scale())) {
            violations.add(new Violation("unit", "单位 " + unit + " 与指标的单位 " + indicator.unit() + " 不符",
                    "unit " + unit + " does not match the indicator's unit " + indicator.unit()));
        }
        String department = blankToNull(c.department());
        if (department != null && department.length() > 200) {
            violations.add(new Violation("department", "最长 200 个字符", "is at most 200 characters"));
        }
        String comment = blankToNull(c.comment());
        if (comment != null && comment.length() > 2000) {
            violations.add(new Violation("comment", "最长 2000 个字符", "is at most 2000 characters"));
        }
        if (violations.size() > before) {
            return null;
        }
        return new Accepted(indicator, jurisdiction, period, sex, residence, ageGroup, value, numerator, denominator,
                indicator.unit(), department == null ? null : department.strip(), comment);
    }

    /**
     * A ratio given with its parts must agree with them to the precision it was given in: 3 children of
     * 1 250 newborns is 2.4 ‰, so 2.4 agrees and 2.5 does not. Scales without a known factor are not checked.
     */
    static boolean consistent(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String scale) {
        BigDecimal factor = switch (scale == null ? "" : scale.strip()) {
            case "%" -> BigDecimal.valueOf(100);
            case "‰", "人/千人" -> BigDecimal.valueOf(1000);
            case "1/10万" -> BigDecimal.valueOf(100_000);
            default -> null;
        };
        if (factor == null) {
            return true;
        }
        BigDecimal computed = numerator.multiply(factor).divide(denominator, MathContext.DECIMAL64);
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).divide(BigDecimal.valueOf(2));
        return computed.subtract(value).abs().compareTo(halfUnit) <= 0;
    }

    private static BigDecimal decimal(String text, String field, boolean required, List<Violation> violations) {
        String t = blankToNull(text);
        if (t == null) {
            if (required) {
                violations.add(required(field));
            }
            return null;
        }
        try {
            return new BigDecimal(t.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "须为数字", "must be a number"));
            return null;
        }
    }

    private static String range(IndicatorDefinition i) {
        return (i.trackedFrom() == null ? "…" : i.trackedFrom()) + "-" + (i.trackedTo() == null ? "…" : i.trackedTo());
    }

    private static Violation required(String field) {
        return new Violation(field, "不能为空", "must not be blank");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
