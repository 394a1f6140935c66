package cn.guihua.subsidy.headquarters;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The facts 张店区 recognises a headquarters on; money in yuan, previous year")
public record RecognitionRequest(
        @NotNull @Schema(description = "工商注册日期", example = "2021-06-01") LocalDate registeredOn,
        @NotNull @Min(0) @Schema(description = "主要投资方区外分支机构或子（分）公司数", example = "5") Integer branches,
        @NotNull @Min(0) @Schema(description = "区外连锁店数", example = "0") Integer chainStores,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(description = "区外业务收入占比 %", example = "35") BigDecimal outsideRevenuePercent,
        @NotNull DirectRecognition direct,
        @NotNull HqSector sector,
        @NotNull @DecimalMin("0") @Schema(description = "上年度营业收入", example = "600000000") BigDecimal lastYearRevenue,
        @NotNull @DecimalMin("0") @Schema(description = "上年度企业税收贡献", example = "35000000") BigDecimal lastYearTax,
        @Schema(description = "Rules as of this date; today when absent", example = "2024-03-01") LocalDate asOf) {
}
