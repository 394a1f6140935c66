package cn.guihua.credit.parameter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.credit.engine.Clause;

public final class ParameterViews {

    private ParameterViews() {
    }

    @Schema(description = "A value of a parameter from a day on, with its legal basis")
    public record NewParameterValue(
            @NotNull @Schema(description = "The first day it applies", example = "2022-02-01") LocalDate effectiveFrom,
            @Schema(implementation = Object.class, description = "The value (JSON: a name from the options, true/false, a number of "
                    + "months, an object or a list as the parameter's type says); null withdraws the parameter from that day",
                    example = "FLOOR") JsonNode value,
            @NotBlank @Size(max = 2000) @Schema(description = "The legal basis the officer relies on", example = "张店区发展和改革局 2022年第3号会议纪要")
            String legalBasis,
            @Size(max = 2000) String note) {
    }

    @Schema(description = "One setting of a parameter")
    public record ValueView(
            @NotNull Long id,
            @NotNull String name,
            @NotNull LocalDate effectiveFrom,
            @Schema(implementation = Object.class, description = "The value (JSON); null: withdrawn") Object value,
            @NotNull String legalBasis,
            String note,
            @NotNull String setBy,
            String setDepartment,
            @NotNull OffsetDateTime setAt) {
    }

    @Schema(description = "A parameter the documents leave open: what it decides, its options, who sets it, and its value")
    public record ParameterView(
            @NotNull @Schema(example = "POINTS_ROUNDING") String name,
            @NotNull String type,
            String unit,
            @NotNull String decides,
            @Schema(implementation = Object.class, description = "The closed list of values, when there is one") List<Object> options,
            @Schema(implementation = Object.class, description = "Only where the seed itself implies a value; never applied unless set")
            Object suggestedDefault,
            String suggestedDefaultBasis,
            @NotNull @Schema(description = "The body the document gives the matter to") String setterBody,
            @NotNull Clause setterBasis,
            List<String> usedBy,
            List<String> ambiguities,
            String note,
            @Schema(description = "The value in force on the day asked; null when unset") ValueView current,
            @Schema(description = "Every setting, oldest first (read by name only)") List<ValueView> values) {
    }
}
