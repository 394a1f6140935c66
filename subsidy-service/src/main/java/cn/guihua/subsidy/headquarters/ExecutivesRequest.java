package cn.guihua.subsidy.headquarters;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a headquarters' 认定标准 is (the recognition threshold it met) and its tax; for the executive "
        + "count (002:165) and the perks counted above the standard (002:161)")
public record ExecutivesRequest(
        @Schema(description = "Rules as of this date; today when absent", example = "2024-07-01") LocalDate asOf,
        @NotNull HqSector sector,
        @Schema(description = "How it was recognised directly (002:195); NONE when on the thresholds") DirectRecognition direct,
        @Schema(description = "FINANCE: its kind") FinanceKind financeKind,
        @Schema(description = "FINANCE branches: the branch's level") BranchLevel level,
        @Schema(description = "Recognised by 一事一议 (002:232): no threshold") Boolean specialCase,
        @NotNull @DecimalMin("0") @Schema(description = "上年度企业税收贡献", example = "45000000") BigDecimal lastYearTax) {
}
