package cn.guihua.subsidy.reserve;

/** 区级上市后备资源库 (000:2404), 重点推进 (3-5 of them, 000:2394), 市“荷尖”企业 (000:2410). */
public enum ReserveTier {
    RESERVE, KEY, HEJIAN
}
