package cn.guihua.emergency.grading;

import cn.guihua.platform.i18n.RequestLanguage;
import cn.guihua.platform.i18n.Text;

/** The four severity levels in order, level 1 (Ⅰ) the highest (000:1155; 002:3378). */
public enum Severity {
    I, II, III, IV;

    public static Severity of(int level) {
        return values()[level - 1];
    }

    /** The level's name ({@code grading.level.<n>}: 重大（Ⅱ级）), not yet in a language. */
    public static Text name(int level) {
        return Text.of("grading.level." + (of(level).ordinal() + 1));
    }

    /** The level's name in the language of the request being answered. */
    public static String nameInRequestLanguage(int level) {
        return name(level).in(RequestLanguage.current());
    }
}
