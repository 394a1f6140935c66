package cn.guihua.emergency.plan;

/** The kinds of emergency plan the documents define (000:1181-1211; 002:3389-3401). */
public enum PlanType {
    /** 总体应急预案 */
    OVERALL,
    /** 专项应急预案 */
    SPECIAL,
    /** 部门应急预案 */
    DEPARTMENTAL,
    /** 街道办事处（槐荫区）/ 镇办（张店区）应急预案 */
    STREET,
    /** 社区（村）应急预案 */
    COMMUNITY,
    /** 基层组织和单位应急预案 (机关、事业单位、社会组织、村（居）民委员会) */
    BASIC_UNIT,
    /** 企业应急预案 */
    ENTERPRISE,
    /** 重大活动保障应急预案 */
    MAJOR_EVENT,
    /** 重要（重大关键）基础设施保护应急预案 */
    CRITICAL_INFRASTRUCTURE,
    /** 跨区域应急预案 (张店区, 002:3391) */
    CROSS_REGION
}
