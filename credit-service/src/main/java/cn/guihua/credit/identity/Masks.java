package cn.guihua.credit.identity;

/** How personal data appears in lists (docs/credit-service.md, "Personal data"). */
public final class Masks {

    private Masks() {
    }

    /** Keeps the first 4 and the last 4 characters: {@code 3703**********123X}. */
    public static String idNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** Keeps the family name (the first character): {@code 张*}, {@code 欧阳**} stays {@code 欧**}. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(1, rest));
    }
}
