package cn.guihua.emergency.plan;

import static cn.guihua.emergency.plan.PlanStatus.APPROVAL;
import static cn.guihua.emergency.plan.PlanStatus.CONSULTATION;
import static cn.guihua.emergency.plan.PlanStatus.DRAFTING;
import static cn.guihua.emergency.plan.PlanStatus.IN_FORCE;
import static cn.guihua.emergency.plan.PlanStatus.PUBLISHED;
import static cn.guihua.emergency.plan.PlanStatus.REPEALED;
import static cn.guihua.emergency.plan.PlanStatus.REVIEW;
import static cn.guihua.emergency.plan.PlanStatus.SUPERSEDED;
import static cn.guihua.emergency.plan.PlanStatus.UNDER_EVALUATION;
import static cn.guihua.emergency.plan.PlanStatus.UNDER_REVISION;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guihua.emergency.problem.ProblemException;

/**
 * The plan lifecycle as a state machine: 起草 → 征求意见 → 审核 → 审批 → 印发 → (备案) 生效 → 评估 → 修订 → 被替代/废止.
 * A major revision goes back through consultation, review and approval; a minor one may be re-issued
 * directly (000:1623; 002:3644).
 */
public final class Lifecycle {

    private static final Map<PlanStatus, Set<PlanStatus>> MOVES = Map.of(
            DRAFTING, EnumSet.of(CONSULTATION),
            CONSULTATION, EnumSet.of(REVIEW, APPROVAL, DRAFTING),
            REVIEW, EnumSet.of(APPROVAL, DRAFTING),
            APPROVAL, EnumSet.of(PUBLISHED, DRAFTING),
            PUBLISHED, EnumSet.of(IN_FORCE, UNDER_EVALUATION, UNDER_REVISION, SUPERSEDED, REPEALED),
            IN_FORCE, EnumSet.of(UNDER_EVALUATION, UNDER_REVISION, SUPERSEDED, REPEALED),
            UNDER_EVALUATION, EnumSet.of(IN_FORCE, UNDER_REVISION, REPEALED),
            UNDER_REVISION, EnumSet.of(CONSULTATION, PUBLISHED, REPEALED),
            SUPERSEDED, EnumSet.noneOf(PlanStatus.class),
            REPEALED, EnumSet.noneOf(PlanStatus.class));

    private Lifecycle() {
    }

    public static Set<PlanStatus> next(EmergencyPlan plan) {
        Set<PlanStatus> moves = EnumSet.noneOf(PlanStatus.class);
        moves.addAll(MOVES.get(plan.status));
        if (plan.status == CONSULTATION && plan.planType == PlanType.SPECIAL) {
            moves.remove(APPROVAL);
        }
        if (plan.status == UNDER_REVISION && plan.revisionKind == RevisionKind.MAJOR) {
            moves.remove(PUBLISHED);
        }
        return moves;
    }

    /** Refuses an illegal move with a problem that names the allowed ones and, where a rule forbids it, the rule. */
    public static void check(EmergencyPlan plan, PlanStatus to, boolean filingsOutstanding) {
        Set<PlanStatus> allowed = next(plan);
        if (!allowed.contains(to)) {
            String list = allowed.isEmpty() ? "—" : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            String whyZh = "";
            String whyEn = "";
            if (plan.status == CONSULTATION && to == APPROVAL && plan.planType == PlanType.SPECIAL) {
                whyZh = "专项应急预案须经应急管理部门审核（000:1575；002:3630）。";
                whyEn = " Special plans must be reviewed by the emergency management department (000:1575; 002:3630).";
            } else if (plan.status == UNDER_REVISION && to == PUBLISHED) {
                whyZh = "重大修订须重新履行审批程序（000:1623）。";
                whyEn = " A major revision repeats the approval procedure (000:1623).";
            }
            throw ProblemException.conflict(
                    whyZh + "不能从 " + plan.status + " 转为 " + to + "；允许的下一状态：" + list,
                    "A plan cannot move from " + plan.status + " to " + to + "." + whyEn + " Allowed next: " + list);
        }
        if (to == IN_FORCE && filingsOutstanding) {
            throw ProblemException.conflict("尚有备案未完成，预案不能转为 IN_FORCE",
                    "Filings are outstanding; the plan cannot move to IN_FORCE");
        }
    }
}
