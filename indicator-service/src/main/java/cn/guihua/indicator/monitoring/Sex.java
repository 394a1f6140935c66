package cn.guihua.indicator.monitoring;

/** Disaggregation by sex (分性别统计). */
public enum Sex {
    TOTAL, FEMALE, MALE;

    /** Reads the English code or the words the offices' spreadsheets use (合计, 女, 男); null when neither. */
    static Sex parse(String s) {
        return switch (s == null ? "" : s.strip().toUpperCase()) {
            case "", "TOTAL", "合计", "总计", "全部" -> TOTAL;
            case "FEMALE", "F", "女", "女性" -> FEMALE;
            case "MALE", "M", "男", "男性" -> MALE;
            default -> null;
        };
    }
}
