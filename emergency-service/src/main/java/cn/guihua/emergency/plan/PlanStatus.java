package cn.guihua.emergency.plan;

import java.util.EnumSet;
import java.util.Set;

/** Where a plan stands in its lifecycle; see {@link Lifecycle} for the allowed moves. */
public enum PlanStatus {
    /** 起草 */
    DRAFTING,
    /** 征求意见 (000:1571) */
    CONSULTATION,
    /** 审核 by the 应急管理部门 (000:1575) */
    REVIEW,
    /** 审批 */
    APPROVAL,
    /** 印发/公布: in force from issue (000:1653), filings (备案) outstanding */
    PUBLISHED,
    /** 生效 with every filing done */
    IN_FORCE,
    /** 评估 (000:1605) */
    UNDER_EVALUATION,
    /** 修订, major or minor (000:1623) */
    UNDER_REVISION,
    /** 被替代 */
    SUPERSEDED,
    /** 废止 */
    REPEALED;

    /** Statuses whose metadata the public may read: the plan has been issued. */
    public static final Set<PlanStatus> ISSUED = EnumSet.of(PUBLISHED, IN_FORCE, UNDER_EVALUATION, UNDER_REVISION, SUPERSEDED, REPEALED);

    /** Statuses in which the plan applies, so drills and filings are owed. */
    public static final Set<PlanStatus> EFFECTIVE = EnumSet.of(PUBLISHED, IN_FORCE, UNDER_EVALUATION, UNDER_REVISION);
}
