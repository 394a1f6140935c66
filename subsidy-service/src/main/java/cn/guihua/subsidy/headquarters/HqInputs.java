package cn.guihua.subsidy.headquarters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small records the headquarters requests share. */
public final class HqInputs {

    private HqInputs() {
    }

    /** The five lists of 002:156. */
    public enum RankingList {
        SHANDONG_100, KEY_SOFTWARE_ENTERPRISE, CHINA_SOFTWARE_100, CHINA_500, WORLD_500
    }

    /** Whose list entry it is: the headquarters itself, or its 主要投资方 (002:196). */
    public enum RankingEntity {
        ENTERPRISE, MAIN_INVESTOR
    }

    @Schema(name = "HqRankingEntry", description = "An entry into one of the lists of 002:156 in a year")
    public record RankingEntry(@NotNull RankingList list, @NotNull @Min(1900) @Max(2199) @Schema(example = "2024") Integer year,
            @NotNull RankingEntity entity) {
    }

    /** Who pays the other policy: only 张店区's own budget is concerned by 就高不重复 (002:167). */
    public enum Funding {
        DISTRICT, CITY, PROVINCE, STATE
    }

    /** The matters of this policy another policy may reward too. */
    public enum Matter {
        CAPITAL_INJECTION, OPERATING_CONTRIBUTION, GROWTH_REVENUE, GROWTH_RANKING, OFFICE_PURCHASE, RENT, INDUSTRY_SUPPORT
    }

    @Schema(name = "HqOtherPolicyAward", description = "The same project or matter rewarded under another policy (002:167)")
    public record OtherAward(
            @Schema(description = "The matter of this policy it concerns (rewards: required)") Matter matter,
            @NotNull @Size(max = 100) @Schema(example = "张店区楼宇经济扶持政策") String policy,
            @NotNull Funding funding,
            @NotNull @DecimalMin("0") @Schema(example = "400000") BigDecimal amount,
            @Schema(description = "Already paid under that policy") boolean paid) {
    }

    /** The benefits 002:165 allows once in five years. */
    public enum PurchaseRule {
        OFFICE_PURCHASE, PERK_FIRST_HOME, PERK_HOME_ADVANCE
    }

    @Schema(name = "HqPurchaseBenefit", description = "A building or purchase benefit received earlier (002:165)")
    public record PurchaseBenefit(@NotNull PurchaseRule rule, @NotNull @Schema(example = "2023-05-01") LocalDate on) {
    }

    @Schema(name = "HqSupportingProject", description = "A 产业链上下游关键配套项目 the headquarters introduced (002:159)")
    public record SupportingProject(
            @NotNull @DecimalMin("0") @Schema(description = "总投资, yuan", example = "600000000") BigDecimal totalInvestment,
            @NotNull @Schema(description = "The officer's finding that it is a key supporting project") Boolean keySupportingProject,
            @Size(max = 20) List<@NotNull @Valid OtherAward> sameMatterElsewhere) {
    }
}
