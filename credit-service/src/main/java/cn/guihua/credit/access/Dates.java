package cn.guihua.credit.access;

import java.time.LocalDate;
import java.time.ZoneId;

/** Days are China Standard Time days: the documents' dates and the officers' are. */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate orToday(LocalDate d) {
        return d == null ? today() : d;
    }
}
