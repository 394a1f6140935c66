package cn.guihua.subsidy.farmland;

/** 街道 (9-digit code) or 村 (12-digit code): the only units the farmland incentives reward (000:1727, 000:1777). */
public enum UnitType {
    STREET, VILLAGE;

    public static UnitType of(String code) {
        return code != null && code.length() == 12 ? VILLAGE : STREET;
    }
}
