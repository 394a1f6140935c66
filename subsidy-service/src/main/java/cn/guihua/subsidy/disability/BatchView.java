package cn.guihua.subsidy.disability;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.json.Money;

@Schema(description = "A month's batch: eligible and paid per subsidy, amounts in yuan, coverage in % (paid over eligible)")
public record BatchView(
        @NotNull UUID id,
        @NotNull @Schema(example = "370104") String district,
        @NotNull @Schema(example = "2024-05") String month,
        int livingEligible,
        int livingPaid,
        @NotNull @Money @Schema(description = "Yuan", example = "12000.00") BigDecimal livingAmount,
        @Schema(example = "100.00") BigDecimal livingCoverage,
        int nursingEligible,
        int nursingPaid,
        @NotNull @Money @Schema(description = "Yuan", example = "8000.00") BigDecimal nursingAmount,
        @Schema(example = "95.00") BigDecimal nursingCoverage,
        @NotNull String madeBy,
        @NotNull OffsetDateTime madeAt) {

    static BatchView of(DisabilityBatch b) {
        return new BatchView(b.id, b.district, b.month, b.livingEligible, b.livingPaid, b.livingAmount, b.livingCoverage,
                b.nursingEligible, b.nursingPaid, b.nursingAmount, b.nursingCoverage, b.madeBy, b.madeAt);
    }
}
