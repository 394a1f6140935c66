package cn.guihua.subsidy.farmland;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An input taken from an approved monitoring value of indicator-service")
public record PrefilledValue(
        @NotNull @Schema(example = "FARMLAND_CULTIVATED_AREA") String indicatorCode,
        @NotNull @Schema(example = "2023") String period,
        @NotNull BigDecimal value,
        UUID valueId,
        int valueVersion) {
}
