package cn.guihua.subsidy.headquarters;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "招商引荐奖励 (002:160): the one-off reward for an introduction and the continuing 1% of a year")
public record IntroducerRequest(
        @Schema(description = "Rules as of this date; today when absent (the last day of `year` in force for a year)", example = "2024-07-01") LocalDate asOf,
        @Min(2022) @Max(2100) @Schema(description = "Continuing reward: the year", example = "2024") Integer year,
        @Valid @Schema(description = "One-off: what was introduced") Introduced introduced,
        @Schema(description = "Continuing: the introduced enterprise still exists (存续)") Boolean introducedExists,
        @Schema(description = "Continuing: the day it was deregistered") LocalDate introducedDeregisteredOn,
        @DecimalMin("0") @Schema(description = "Continuing: its local fiscal contribution of the year", example = "12000000") BigDecimal introducedLocalContribution,
        @DecimalMin("0") @Schema(description = "Continuing: every district reward and subsidy it received for the year (扣除奖补)",
                example = "9600000") BigDecimal introducedRewards) {

    public enum Kind {
        HEADQUARTERS, PROVINCIAL_OR_ABOVE_REGIONAL, FUNCTIONAL, CITY_REGIONAL, OTHER
    }

    public enum Group {
        WORLD_500, CHINA_500, PRIVATE_500, SH_SZ_MAIN_BOARD, HK_LISTED, OTHER_LISTED, NONE
    }

    @Schema(name = "HqIntroduced", description = "The introduced headquarters: its kind and its group")
    public record Introduced(@NotNull Kind kind, @Schema(description = "None: not of a listed group") Group group) {
    }
}
