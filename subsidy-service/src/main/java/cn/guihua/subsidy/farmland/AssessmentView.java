package cn.guihua.subsidy.farmland;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A farmland incentive assessment with its current score")
public record AssessmentView(
        @NotNull UUID id,
        @Schema(example = "2024") int year,
        @NotNull @Schema(example = "370104") String district,
        @NotNull @Schema(example = "370104001") String jurisdiction,
        @NotNull @Schema(example = "吴家堡街道") String name,
        @NotNull UnitType unitType,
        @NotNull @Schema(example = "370104001") String street,
        @NotNull FarmlandInputs inputs,
        @Schema(description = "Inputs taken from monitoring values, by input name") Map<String, PrefilledValue> prefilled,
        @NotNull ScoreSummary score,
        int version) {
}
