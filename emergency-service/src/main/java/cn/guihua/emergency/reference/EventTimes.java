package cn.guihua.emergency.reference;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times in event data as the answers write them: ISO-8601 with seconds, in China Standard Time. */
public final class EventTimes {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private EventTimes() {
    }

    public static String iso(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
