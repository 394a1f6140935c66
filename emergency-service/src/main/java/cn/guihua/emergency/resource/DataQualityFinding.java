package cn.guihua.emergency.resource;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DataQualityFinding", description = "A value of a source annex that validation refuses to take as good")
public record DataQualityFinding(
        @NotNull @Schema(example = "ZD-SHELTER-003") String code,
        @NotNull ResourceType type,
        @NotNull @Schema(example = "世纪花园应急避难场所") String name,
        @NotNull @Schema(description = "INVALID_DMS: minutes or seconds of 60 or more; OUT_OF_BOUNDS: outside the district's "
                + "bounding box (117.90-118.20°E, 36.65-36.95°N, our approximation)", example = "INVALID_DMS") String problem,
        @NotNull @Schema(example = "latitude") String field,
        @NotNull @Schema(description = "The value as printed", example = "36°49′60″") String value,
        @Schema(description = "The value converted literally", example = "36.833333") double literalDecimal,
        @Schema(description = "What is wrong, as the reference data explains it") String explanation,
        @NotNull @Schema(description = "What the service does with the row", example = "EXCLUDED_FROM_DISTANCE_SEARCH") String handling,
        @NotNull @Schema(example = "002:4128") String sourceRef) {
}
