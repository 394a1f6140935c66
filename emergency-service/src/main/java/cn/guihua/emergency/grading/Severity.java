package cn.guihua.emergency.grading;

/** The four severity levels in order, level 1 (Ⅰ) the highest (000:1155; 002:3378). */
public enum Severity {
    I("特别重大（Ⅰ级）"),
    II("重大（Ⅱ级）"),
    III("较大（Ⅲ级）"),
    IV("一般（Ⅳ级）");

    public final String nameZh;

    Severity(String nameZh) {
        this.nameZh = nameZh;
    }

    public static Severity of(int level) {
        return values()[level - 1];
    }
}
