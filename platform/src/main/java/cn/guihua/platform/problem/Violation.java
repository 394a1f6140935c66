package cn.guihua.platform.problem;

import cn.guihua.platform.i18n.Text;

/** An invalid field and why, not yet in a language. */
public record Violation(String field, Text message) {

    public static Violation of(String field, String key, Object... args) {
        return new Violation(field, Text.of(key, args));
    }

    /** The same violation under a prefix: {@code value} of row 7 becomes {@code rows[7].value}. */
    public Violation under(String prefix) {
        return new Violation(field == null || field.isEmpty() ? prefix : prefix + "." + field, message);
    }
}
