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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guihua.emergency.rules.ReviewRule;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.problem.ProblemException;

/**
 * The plan lifecycle as a state machine: 起草 → 征求意见 → 审核 → 审批 → 印发 → (备案) 生效 → 评估 → 修订 → 被替代/废止.
 * A major revision goes back through consultation, review and approval; a minor one may be re-issued
 * directly (000:1623; 002:3644). Review (审核) may be skipped unless a {@link ReviewRule} of the plan's jurisdiction names
 * the plan: 槐荫区 its 灾害事故 special plans (000:1575), 张店区 all its special plans (002:3630).
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

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Lifecycle() {
    }

    /** The moves allowed today. */
    public static Set<PlanStatus> next(EmergencyPlan plan) {
        Set<PlanStatus> moves = EnumSet.noneOf(PlanStatus.class);
        moves.addAll(MOVES.get(plan.status));
        if (plan.status == CONSULTATION && review(plan).isPresent()) {
            moves.remove(APPROVAL);
        }
        if (plan.status == UNDER_REVISION && plan.revisionKind == RevisionKind.MAJOR) {
            moves.remove(PUBLISHED);
        }
        return moves;
    }

    /** The 审核 rule in force on the day of the move (today) for the plan, if its jurisdiction's documents require one. */
    private static Optional<ReviewRule> review(EmergencyPlan plan) {
        return ReviewRule.requiredFor(plan, LocalDate.now(ZONE));
    }

    /** Refuses an illegal move with a problem that names the allowed ones and, where a rule forbids it, the rule. */
    public static void check(EmergencyPlan plan, PlanStatus to, boolean filingsOutstanding) {
        Set<PlanStatus> allowed = next(plan);
        if (!allowed.contains(to)) {
            String list = allowed.isEmpty() ? "—" : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            Text rule = null;
            Optional<ReviewRule> review = plan.status == CONSULTATION && to == APPROVAL ? review(plan) : Optional.empty();
            if (review.isPresent()) {
                rule = Text.of("plan.rule.review", review.get().plansNamed, review.get().reviewer, review.get().sourceRef,
                        review.get().quote);
            } else if (plan.status == UNDER_REVISION && to == PUBLISHED) {
                rule = Text.of("plan.rule.major-revision");
            }
            throw rule == null ? ProblemException.conflict("plan.illegal-transition", plan.status, to, list)
                    : ProblemException.conflict("plan.illegal-transition-rule", plan.status, to, list, rule);
        }
        if (to == IN_FORCE && filingsOutstanding) {
            throw ProblemException.conflict("plan.filings-outstanding");
        }
    }
}
