package cn.guihua.emergency.reference;

/** The ungraded notices for 其他突发事件 (社会安全事件): 通报提醒信息 and 安全警示 (000:1309; 002:3443). */
public enum NoticeKind {
    /** 通报提醒信息, to 有关方面 */
    NOTICE,
    /** 安全警示, to the public */
    SAFETY_ALERT
}
