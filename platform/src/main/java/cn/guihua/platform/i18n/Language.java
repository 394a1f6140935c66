package cn.guihua.platform.i18n;

import java.util.Locale;

/** The two languages the API answers in: Chinese by default, English when the caller prefers it. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    public final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * The language an {@code Accept-Language} header prefers (RFC 9110 12.5.4): the supported range with the highest
     * weight, Chinese on a tie, missing or malformed header. A malformed weight ({@code en;q=abc}) ignores that range
     * instead of failing the request.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        double zh = -1;
        double en = -1;
        for (String part : header.split(",", 32)) {
            String[] pieces = part.split(";", -1);
            String range = pieces[0].strip().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=") || p.startsWith("Q=")) {
                    q = weight(p.substring(2));
                }
            }
            if (q <= 0) {
                continue;
            }
            if (range.equals("zh") || range.startsWith("zh-")) {
                zh = Math.max(zh, q);
            } else if (range.equals("en") || range.startsWith("en-")) {
                en = Math.max(en, q);
            }
        }
        return en > zh ? EN : ZH;
    }

    private static double weight(String text) {
        try {
            double q = Double.parseDouble(text.strip());
            return q >= 0 && q <= 1 ? q : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
