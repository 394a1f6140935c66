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

@Schema(description = "What an event does to a recognised headquarters (监督管理, 002:250-253): fraud, a capital reduction, a "
        + "rename or restructuring, the annual review. Each part is worked out when its facts are given")
public record ClawbackRequest(
        @Schema(description = "Rules as of this date; the event's own date when absent", example = "2025-07-01") LocalDate asOf,
        @Min(2022) @Max(2100) @Schema(description = "The year whose rewards are asked about", example = "2025") Integer year,
        @Min(2022) @Max(2100) @Schema(example = "2023") Integer recognitionYear,
        @DecimalMin("0") @Schema(description = "地方财政主体贡献 of `year`", example = "10000000") BigDecimal localContribution,
        @Schema(description = "The day 弄虚作假 was established", example = "2024-05-10") LocalDate fraudEstablishedOn,
        @Schema(description = "The day of the capital reduction", example = "2024-08-15") LocalDate reducedOn,
        @Schema(description = "After the reduction the enterprise still meets the conditions") Boolean stillEligible,
        @DecimalMin("0") BigDecimal paidInCapitalBefore,
        @DecimalMin("0") BigDecimal paidInCapitalAfter,
        @Size(max = 3) @Schema(description = "Capital-injection instalments already paid, in order") List<@NotNull @DecimalMin("0") BigDecimal> capitalInstalmentsPaid,
        @Schema(description = "The day the rename or restructuring formalities were completed", example = "2024-09-27") LocalDate formalitiesCompletedOn,
        @Min(2022) @Max(2100) @Schema(description = "The annual review's year", example = "2025") Integer reviewYear,
        @Schema(description = "The annual review passed") Boolean reviewPassed,
        @Size(max = 20) List<@NotNull @Valid Penalty> penalties) {

    public enum PenaltyKind {
        TAX, OTHER_MAJOR, MINOR
    }

    @Schema(name = "HqPenalty", description = "A penalty the enterprise received")
    public record Penalty(@NotNull @Min(1900) @Max(2199) Integer year, @NotNull PenaltyKind kind,
            @Schema(description = "Administrative (true) or criminal (false)") Boolean administrative) {
    }
}
