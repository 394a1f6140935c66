package cn.guihua.plan;

/**
 * Filters are named after the field they filter (docs/api-guide.md); the short names of earlier releases stay as
 * deprecated aliases for one release. When a caller sends both, the field-named one wins.
 */
public final class Filters {

    public static final String ALIAS_OF = "Deprecated alias of ";

    private Filters() {
    }

    /** The value of the field-named parameter, or of its alias when the field-named one is absent or blank. */
    public static String prefer(String fieldNamed, String alias) {
        return fieldNamed != null && !fieldNamed.isBlank() ? fieldNamed : alias;
    }
}
