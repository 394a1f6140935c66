package cn.guihua.subsidy.headquarters;

/**
 * The level of the headquarters set up in 张店区 (basic condition 2, 002:194): 总部, 省级以上区域总部, 全国职能总部; a
 * financial headquarters may be 市级以上 (CITY).
 */
public enum HqLevel {
    HEADQUARTERS, PROVINCIAL_OR_ABOVE_REGIONAL, NATIONAL_FUNCTIONAL, CITY, BELOW_CITY
}
