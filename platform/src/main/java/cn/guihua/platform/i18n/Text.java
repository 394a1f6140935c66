package cn.guihua.platform.i18n;

import java.util.Arrays;

/**
 * A user-facing text not yet in a language: a key of the message catalogue and its arguments. It is resolved when
 * the answer is written, in the caller's language. An argument that is itself a {@code Text} is resolved too.
 */
public record Text(String key, Object[] args) {

    public static Text of(String key, Object... args) {
        return new Text(key, args == null ? new Object[0] : args.clone());
    }

    public String in(Language language) {
        return Messages.get(language, this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && t.key.equals(key) && Arrays.equals(t.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
