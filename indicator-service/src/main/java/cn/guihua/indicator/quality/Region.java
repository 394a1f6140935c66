package cn.guihua.indicator.quality;

import cn.guihua.platform.security.JurisdictionCodes;

/** Where an analysis looks: a jurisdiction, and with {@code descendants} every division below it (a district's streets). */
public record Region(String jurisdiction, boolean descendants) {

    String prefix() {
        return JurisdictionCodes.prefix(jurisdiction);
    }
}
