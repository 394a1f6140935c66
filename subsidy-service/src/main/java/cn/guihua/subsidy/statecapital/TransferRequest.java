package cn.guihua.subsidy.statecapital;

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

@Schema(description = "The district's state-capital income of a year, 30% of which goes into the general public budget (000:2810)")
public record TransferRequest(
        @Schema(description = "Rules as of this date; today when absent", example = "2024-06-30") LocalDate asOf,
        @NotNull @Min(1900) @Max(2199) @Schema(example = "2023") Integer year,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Income> districtStateCapitalIncome) {

    @Schema(name = "StateCapitalIncome", description = "One entity's 国有资本收益 of the year")
    public record Income(@NotNull @Size(min = 1, max = 100) @Schema(example = "区城投") String enterprise,
            @NotNull @DecimalMin("0") @Schema(example = "1234567.89") BigDecimal amount) {
    }
}
