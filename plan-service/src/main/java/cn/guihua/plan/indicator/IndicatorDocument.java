package cn.guihua.plan.indicator;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One entry of {@code reference/indicators.json}. */
public record IndicatorDocument(
        @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]*$") String code,
        @NotBlank String name,
        @NotBlank String unit,
        @NotNull ValueType valueType,
        @NotNull BetterDirection betterDirection,
        @NotBlank String scale,
        Integer trackedFrom,
        Integer trackedTo,
        String definition,
        List<String> aliases) {
}
