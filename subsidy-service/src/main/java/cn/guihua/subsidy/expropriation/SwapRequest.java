package cn.guihua.subsidy.expropriation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A swap's settlement of area differences (001:226) and the house selection for the remainder (001:173). "
        + "Areas in m² of building area, prices in yuan per m²")
public record SwapRequest(
        @Schema(description = "Rules as of this date; today when absent", example = "2024-06-01") LocalDate asOf,
        @Valid @Schema(description = "Settlement: the expropriated house's parts") Parts expropriated,
        @Valid @Schema(description = "Settlement: the placement house's parts") Parts placement,
        @Schema(description = "Settlement: the placement is the 45/47 m² guarantee of 001:228") Boolean minimumAreaPlacement,
        @DecimalMin("0") @Schema(description = "货币补偿价格 of the expropriated house", example = "7000") BigDecimal cashCompensationPrice,
        @DecimalMin("0") @Schema(description = "市场价格 of the placement housing", example = "8000") BigDecimal marketPrice,
        @DecimalMin("0") @Schema(description = "不含地价的建设成本价", example = "2500") BigDecimal constructionCostWithoutLand,
        @DecimalMin("0") @Schema(description = "Selection: the area left after placement", example = "30") BigDecimal remainingArea,
        @DecimalMin("0") @Schema(description = "Selection: the expropriated building area", example = "210") BigDecimal expropriatedArea,
        @DecimalMin("0") @Schema(description = "Selection: the area placed", example = "180") BigDecimal placedArea,
        @DecimalMin("0") @Schema(description = "Selection: the area's smallest new unit", example = "60") BigDecimal smallestUnitArea,
        @Min(0) @Max(100000) @Schema(description = "Selection: smallest units still to be chosen", example = "4") Integer smallestUnitsLeft,
        @DecimalMin("0") @Schema(description = "Selection: 新建普通商品住房市场价", example = "8000") BigDecimal newHousingMarketPrice,
        @Schema(description = "Selection at or above half a smallest unit: what the owner takes") Takes takes) {

    public enum Takes {
        CASH, ONE_MORE_SMALLEST_UNIT
    }

    @Schema(name = "ExpropriationAreaParts", description = "套内 and 公摊 areas")
    public record Parts(@NotNull @DecimalMin("0") @Schema(example = "85") BigDecimal innerArea,
            @NotNull @DecimalMin("0") @Schema(example = "15") BigDecimal sharedArea) {
    }
}
