package cn.guihua.emergency.catalogue;

/** The four categories of 突发事件 (000:1143-1151; 002:3372-3376). */
public enum EventCategory {
    /** 自然灾害 */
    NATURAL,
    /** 事故灾难 */
    ACCIDENT,
    /** 公共卫生事件 */
    HEALTH,
    /** 社会安全事件 */
    SOCIAL
}
