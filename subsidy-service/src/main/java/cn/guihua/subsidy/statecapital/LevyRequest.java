package cn.guihua.subsidy.statecapital;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One 槐荫区 state-owned entity's 国有资本收益 of a year (槐政办字〔2022〕6号): 10% of the after-tax profit of a "
        + "wholly owned entity, the state's dividends in full for holding and minority companies (000:2808). Money in yuan")
public record LevyRequest(
        @Schema(description = "Rules as of this date; today when absent", example = "2024-06-30") LocalDate asOf,
        @Min(1900) @Max(2199) @Schema(description = "The year whose profit is levied", example = "2023") Integer year,
        @Min(1900) @Max(2199) @Schema(description = "The budget year, when the profit year is to follow from it "
                + "(STATE_CAPITAL_PROFIT_YEAR_OFFSET)", example = "2024") Integer budgetYear,
        @NotNull Ownership ownership,
        @Schema(description = "What the entity is (000:2806)") Entity entity,
        @Schema(description = "税后利润; a loss is negative", example = "12345678.90") BigDecimal afterTaxProfit,
        @DecimalMin("0") @Schema(description = "Earlier years' losses not yet made up", example = "800000") BigDecimal unrecoveredEarlierLosses,
        @DecimalMin("0") @Schema(description = "Dividends the shareholders resolved to distribute", example = "8000000") BigDecimal declaredDividends,
        @DecimalMin("0") @DecimalMax("1") @Schema(description = "The state investor's share", example = "0.51") BigDecimal stateShare) {

    public enum Ownership {
        WHOLLY_OWNED, HOLDING, MINORITY
    }

    public enum Entity {
        DISTRICT_ENTERPRISE, ENTERPRISE_MANAGED_INSTITUTION, INSTITUTION_FUNDED_STATE_ENTERPRISE
    }
}
