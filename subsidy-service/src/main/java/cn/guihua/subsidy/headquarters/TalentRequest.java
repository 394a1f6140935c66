package cn.guihua.subsidy.headquarters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "人才贡献奖励 (002:158) of a year for the headquarters' executives")
public record TalentRequest(
        @NotNull @Min(2022) @Max(2100) @Schema(example = "2023") Integer recognitionYear,
        @NotNull @Min(2022) @Max(2100) @Schema(example = "2024") Integer year,
        @Schema(description = "Rules as of this date; the last day of `year` in force when absent", example = "2024-07-01") LocalDate asOf,
        @NotNull @Min(3) @Max(5) @Schema(description = "How many executives are recognised (EXECUTIVE_COUNT, 002:165)", example = "3")
        Integer executivesRecognised,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Executive> executives) {

    @Schema(name = "HqExecutive", description = "One executive, in the order of recognition")
    public record Executive(
            @NotNull @Size(min = 1, max = 40) @Schema(example = "E1") String id,
            @DecimalMin("0") @Schema(description = "个人地方财政贡献 of the year", example = "350000") BigDecimal personalLocalContribution,
            @DecimalMin("0") @Schema(description = "高管减持股份形成的个人地方财政贡献", example = "0") BigDecimal shareReductionContribution,
            @Min(2022) @Max(2100) @Schema(description = "The year the executive was recognised, where later than the enterprise")
            Integer recognisedYear) {
    }
}
