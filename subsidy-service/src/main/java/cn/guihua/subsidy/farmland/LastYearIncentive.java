package cn.guihua.subsidy.farmland;

/** Which level rewarded the unit last year; item 六 depends on it (000:1803, 000:1809). */
public enum LastYearIncentive {
    NONE, DISTRICT, CITY_OR_PROVINCE
}
