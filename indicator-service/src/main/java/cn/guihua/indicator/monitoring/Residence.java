package cn.guihua.indicator.monitoring;

/** Disaggregation by residence (城乡). */
public enum Residence {
    TOTAL, URBAN, RURAL;

    /** Reads the English code or 合计, 城镇/城市, 农村/乡村; null when neither. */
    static Residence parse(String s) {
        return switch (s == null ? "" : s.strip().toUpperCase()) {
            case "", "TOTAL", "合计", "总计", "全部" -> TOTAL;
            case "URBAN", "城镇", "城市" -> URBAN;
            case "RURAL", "农村", "乡村" -> RURAL;
            default -> null;
        };
    }
}
