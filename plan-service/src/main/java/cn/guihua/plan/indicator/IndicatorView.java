package cn.guihua.plan.indicator;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalogue contract read by indicator-service: code, name, unit, valueType, betterDirection, scale, trackedFrom, trackedTo. */
@Schema(name = "Indicator", description = "A shared indicator definition (指标)")
public record IndicatorView(
        @NotNull @Schema(example = "NEONATAL_MORTALITY") String code,
        @NotNull @Schema(example = "新生儿死亡率") String name,
        @NotNull @Schema(example = "‰") String unit,
        @NotNull ValueType valueType,
        @NotNull BetterDirection betterDirection,
        @NotNull @Schema(description = "‰, %, 1/10万, 人/千人, 亩, ...", example = "‰") String scale,
        @Schema(example = "2020") Integer trackedFrom,
        @Schema(example = "2025") Integer trackedTo,
        @Schema(description = "What is counted, where the documents say") String definition,
        @Schema(description = "Wordings of this indicator in the documents", example = "[\"新生儿死亡率\"]") List<String> aliases) {

    public static IndicatorView of(Indicator i) {
        return new IndicatorView(i.code, i.name, i.unit, i.valueType, i.betterDirection, i.scale, i.trackedFrom,
                i.trackedTo, i.definition, i.aliases);
    }
}
