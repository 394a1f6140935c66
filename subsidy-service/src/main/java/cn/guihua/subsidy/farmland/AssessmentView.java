package cn.guihua.subsidy.farmland;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A farmland incentive assessment with its current score")
public record AssessmentView(
        UUID id,
        @Schema(example = "2024") int year,
        @Schema(example = "370104") String district,
        @Schema(example = "370104001") String jurisdiction,
        @Schema(example = "吴家堡街道") String name,
        UnitType unitType,
        @Schema(example = "370104001") String street,
        FarmlandInputs inputs,
        @Schema(description = "Inputs taken from monitoring values, by input name") Map<String, PrefilledValue> prefilled,
        ScoreSummary score,
        int version) {
}
