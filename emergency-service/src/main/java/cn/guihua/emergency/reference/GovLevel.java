package cn.guihua.emergency.reference;

/**
 * A level of government as the source documents name it. {@code HIGHER} is used where a document says only 上级
 * (槐荫区 较大以上, 000:1165). The order is from the top down.
 */
public enum GovLevel {
    STATE, PROVINCE, CITY, DISTRICT, SUBDISTRICT, HIGHER;

    /** True when this level lies above {@code other} (HIGHER lies above DISTRICT and SUBDISTRICT). */
    public boolean above(GovLevel other) {
        if (this == HIGHER) {
            return other == DISTRICT || other == SUBDISTRICT;
        }
        if (other == HIGHER) {
            return false;
        }
        return ordinal() < other.ordinal();
    }

    /** The level of a body acting for a jurisdiction: a district (6 digits) or a street/town and below (9, 12 digits). */
    public static GovLevel of(String jurisdiction) {
        if (jurisdiction.length() > 6) {
            return SUBDISTRICT;
        }
        if (jurisdiction.endsWith("0000")) {
            return PROVINCE;
        }
        return jurisdiction.endsWith("00") ? CITY : DISTRICT;
    }
}
