package cn.guihua.plan.jurisdiction;

/** 省, 市, 区县, 街道/乡镇, 社区/村. */
public enum JurisdictionLevel {
    PROVINCE, CITY, DISTRICT, STREET, VILLAGE;

    /** The level a well-formed code implies. */
    public static JurisdictionLevel of(String code) {
        return switch (code.length()) {
            case 12 -> VILLAGE;
            case 9 -> STREET;
            default -> code.endsWith("0000") ? PROVINCE : code.endsWith("00") ? CITY : DISTRICT;
        };
    }
}
