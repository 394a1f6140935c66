package cn.guihua.subsidy.listing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A listing event of a 兰山区 enterprise to price")
public record ListingCalculationRequest(
        @NotNull ListingStage stage,
        @DecimalMin("0") @Schema(description = "Overseas listings: proceeds repatriated, in yuan", example = "500000000") BigDecimal repatriatedProceeds,
        @Schema(description = "Rules as of this date when no eventOn is given; today when neither is", example = "2024-06-30") LocalDate asOf,
        @Schema(description = "The day the stage was reached (股改登记, 上市, 挂牌 …): the rules in force on it decide", example = "2024-05-20")
        LocalDate eventOn) {

    public ListingCalculationRequest(ListingStage stage, BigDecimal repatriatedProceeds, LocalDate asOf) {
        this(stage, repatriatedProceeds, asOf, null);
    }
}
