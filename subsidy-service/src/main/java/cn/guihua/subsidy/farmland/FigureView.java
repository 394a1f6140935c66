package cn.guihua.subsidy.farmland;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A farmland figure taken from an approved monitoring value")
public record FigureView(
        @NotNull @Schema(example = "370104001") String jurisdiction,
        @NotNull @Schema(example = "FARMLAND_CULTIVATED_AREA") String indicatorCode,
        @Schema(example = "2023") int year,
        @NotNull @Schema(example = "1300") BigDecimal value,
        @Schema(example = "亩") String unit,
        UUID valueId,
        int valueVersion) {

    static FigureView of(FarmlandFigure f) {
        return new FigureView(f.jurisdiction, f.indicatorCode, f.year, f.value, f.unit, f.valueId, f.valueVersion);
    }
}
