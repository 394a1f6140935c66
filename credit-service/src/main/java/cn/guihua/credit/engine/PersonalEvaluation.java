package cn.guihua.credit.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import cn.guihua.platform.i18n.Text;

/**
 * A person's 爱张店·诚信分 (89号) on one day. It must not restrict basic public services and is no ground for joint
 * punishment (002:2439): {@code notice} says so in every answer.
 */
@Schema(description = "A person's 爱张店·诚信分 (89号) as of a day, every item explained. It may not be used to restrict "
        + "basic public services or for joint punishment (002:2439): no refusal reason may be derived from it.")
public record PersonalEvaluation(
        @NotNull @Schema(example = "37030319880808555X") String idNumber,
        @Schema(example = "孙某") String name,
        @NotNull LocalDate asOf,
        OffsetDateTime knownAt,
        @NotNull Status status,
        @NotNull RulesInForce rules,
        @Schema(description = "Why the person is not covered (NOT_IN_SCOPE)") ScopeRefusal notInScope,
        int base,
        @Schema(description = "诚信积分=1000+加分分值-减分分值 (002:2443); null unless CALCULATED", example = "980") Integer score,
        @Schema(example = "A-") String level,
        @Schema(description = "The level's name (002:2443-2449)", example = "诚信") String levelName,
        Clause levelClause,
        boolean downgraded,
        Downgrade downgradeReason,
        String levelByScoreBeforeDowngrade,
        List<TraceItem> itemsApplied,
        List<TraceItem> itemsNotApplied,
        @Schema(description = "个人每年度无失信扣分行为的奖励3分，最多累计增加15分 (002:2453)") List<Reward> annualRewards,
        List<RewardRefused> annualRewardsRefused,
        @NotNull Incentives incentives,
        List<ParameterUse> parameters,
        @NotNull Notice notice,
        @JsonSerialize(using = Localized.class) @Schema(implementation = String.class) Text summary) {

    public record ScopeRefusal(
            @NotNull @Schema(description = "UNDER_18 or NOT_RESIDENT") String code,
            Integer ageOnAsOf,
            @NotNull Clause clause) {
    }

    @Schema(name = "PersonalDowngrade", description = "Why the person is D whatever the score (002:2452)")
    public record Downgrade(@NotNull Long record, @Schema(description = "Which of the four severe-list categories") String category,
            String parameter, @NotNull Clause clause) {
    }

    public record Reward(int year, int points, @NotNull LocalDate grantedOn, @NotNull String source, List<String> parameters) {
    }

    public record RewardRefused(int year, @NotNull @Schema(description = "DEDUCTION_IN_YEAR, PARTIAL_YEAR, EXPIRED, CAP_REACHED") String reason,
            Long record) {
    }

    @Schema(description = "Whether the person's 信用状况良好 for the 信用惠民 incentives (002:2472-2483); the threshold is "
            + "PERSONAL_INCENTIVE_THRESHOLD")
    public record Incentives(@NotNull @Schema(description = "ELIGIBLE, NOT_ELIGIBLE or NOT_CONFIGURED") String status,
            @Schema(description = "The threshold in force (JSON)") Object threshold, @NotNull Clause clause, List<Clause> measures) {
    }

    @Schema(description = "002:2439: the score may not be used for joint punishment or to restrict basic public services")
    public record Notice(@NotNull Clause clause,
            @NotNull @JsonSerialize(using = Localized.class) @Schema(implementation = String.class) Text text) {
    }
}
