package cn.guihua.indicator.document;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import cn.guihua.indicator.evaluation.Report;
import cn.guihua.indicator.evaluation.TargetEvaluation;
import cn.guihua.indicator.evaluation.TargetStatus;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Messages;

/** The words the workbooks and documents print for statuses, report kinds and targets, from the message catalogue. */
public final class Labels {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Labels() {
    }

    /** The catalogue text of {@code key}, or {@code fallback} when the catalogue has none (a status added later). */
    public static String or(Language lang, String key, String fallback, Object... args) {
        return Messages.has(key) ? Messages.get(lang, key, args) : fallback;
    }

    public static String status(Language lang, TargetStatus s) {
        return or(lang, "label.status." + s.name(), s.name());
    }

    public static String kind(Language lang, Report.Kind k) {
        return or(lang, "label.kind." + k.name(), k.name());
    }

    /** The target in words: ≤ 3‰ (2025). */
    public static String target(Language lang, TargetEvaluation t) {
        String c = t.comparator() == null ? "" : t.comparator().name();
        String v = withUnit(t.targetValue(), t.unit());
        String level = switch (c) {
            case "" -> "";
            case "DIRECTION" -> or(lang, "label.target.DIRECTION." + (t.direction() == null ? "" : t.direction().name()), c);
            case "DECREASE_PERCENT" -> t.requiredLevel() == null
                    ? or(lang, "label.target.DECREASE_PERCENT.no-level", c, plain(t.targetValue()))
                    : or(lang, "label.target.DECREASE_PERCENT", c, plain(t.targetValue()), withUnit(t.requiredLevel(), t.unit()));
            case "CHANGE_PP_PER_YEAR" -> or(lang, "label.target." + c, c, plain(t.targetValue()));
            default -> or(lang, "label.target." + c, c + " " + v, v, withUnit(t.targetValueHigh(), t.unit()));
        };
        return t.targetYear() == null ? level : Messages.get(lang, "label.target.by-year", level, String.valueOf(t.targetYear()));
    }

    /** A number with its unit: 2.4‰, 51.9%, but 2.3 1/10万 and 12 个, so that a unit never reads as digits of the number. */
    public static String withUnit(BigDecimal d, String unit) {
        if (d == null) {
            return "";
        }
        if (unit == null || unit.isBlank()) {
            return plain(d);
        }
        return plain(d) + (unit.equals("%") || unit.equals("‰") || unit.equals("‱") ? "" : " ") + unit;
    }

    public static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString() : d.stripTrailingZeros().toPlainString();
    }

    /** A time as people in China read it: 2023-06-01 08:00. */
    public static String time(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(ZoneOffset.ofHours(8)).format(MINUTES);
    }
}
