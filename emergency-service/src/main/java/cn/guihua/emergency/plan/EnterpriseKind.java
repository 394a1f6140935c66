package cn.guihua.emergency.plan;

/** What kind of enterprise an enterprise plan belongs to; its filing recipients depend on it (000:1585). */
public enum EnterpriseKind {
    /** 中央驻区企业三级公司（单位） */
    CENTRAL_SOE_TIER3,
    /** 省属企业二级公司（单位） */
    PROVINCIAL_SOE_TIER2,
    /** 其他所有制企业 */
    OTHER_OWNERSHIP
}
