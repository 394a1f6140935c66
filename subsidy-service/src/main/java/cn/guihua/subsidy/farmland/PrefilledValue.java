package cn.guihua.subsidy.farmland;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An input taken from an approved monitoring value of indicator-service")
public record PrefilledValue(
        @Schema(example = "FARMLAND_CULTIVATED_AREA") String indicatorCode,
        @Schema(example = "2023") String period,
        BigDecimal value,
        UUID valueId,
        int valueVersion) {
}
