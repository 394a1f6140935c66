package cn.guihua.credit.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parameter a calculation read: the value that decided, or that it was unset and did not matter, or missing. */
@Schema(description = "A parameter the calculation read: DECIDED (its value decided), NOT_DECISIVE (unset, and every "
        + "option gives the same result), MISSING (unset and it matters: the result is NOT_CONFIGURED)")
public record ParameterUse(
        @NotNull @Schema(example = "POINTS_ROUNDING") String name,
        @NotNull Decisions.Use use,
        @Schema(description = "The value in force (JSON)", example = "FLOOR") Object value,
        @Schema(example = "2022-01-01") LocalDate effectiveFrom,
        @Schema(description = "The legal basis the officer stated") String legalBasis,
        String setBy,
        OffsetDateTime setAt,
        @Schema(description = "What the calculation needed it for") String neededFor) {

    public static ParameterUse of(Decisions.Entry e) {
        var v = e.value();
        return new ParameterUse(e.name(), e.use(), v == null ? null : v.value(), v == null ? null : v.effectiveFrom(),
                v == null ? null : v.legalBasis(), v == null ? null : v.setBy(), v == null ? null : v.setAt(), e.neededFor());
    }
}
