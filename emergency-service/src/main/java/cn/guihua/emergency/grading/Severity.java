package cn.guihua.emergency.grading;

/** The four severity levels, 1 the highest (000:1155; 002:3378). */
public enum Severity {
    I(1, "特别重大（Ⅰ级）"),
    II(2, "重大（Ⅱ级）"),
    III(3, "较大（Ⅲ级）"),
    IV(4, "一般（Ⅳ级）");

    public final int level;
    public final String nameZh;

    Severity(int level, String nameZh) {
        this.level = level;
        this.nameZh = nameZh;
    }

    public static Severity of(int level) {
        return values()[level - 1];
    }
}
