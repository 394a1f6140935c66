package cn.guihua.platform.security;

import java.util.Set;

/**
 * GB/T 2260 division codes (6 digits: province 370000, city 370100, district 370104) and their extensions for
 * streets (9 digits, 370104001) and villages or communities (12 digits). A code lies within another when it starts
 * with the other's significant prefix.
 */
public final class JurisdictionCodes {

    public static final String PATTERN = "^(\\d{6}|\\d{9}|\\d{12})$";

    /** The province-level prefixes GB/T 2260 assigns (11 北京 ... 65 新疆, 71 台湾, 81 香港, 82 澳门). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    private JurisdictionCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && code.matches(PATTERN) && PROVINCES.contains(code.substring(0, 2));
    }

    /** The significant prefix: 370000 gives 37, 370100 gives 3701, 370104 and longer codes stay whole. */
    public static String prefix(String code) {
        if (code.length() == 6) {
            if (code.endsWith("0000")) {
                return code.substring(0, 2);
            }
            if (code.endsWith("00")) {
                return code.substring(0, 4);
            }
        }
        return code;
    }

    /** True when {@code inner} is {@code outer} itself or lies below it. */
    public static boolean within(String inner, String outer) {
        if (inner == null || outer == null) {
            return false;
        }
        return inner.startsWith(prefix(outer));
    }
}
