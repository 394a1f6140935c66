package cn.guihua.emergency.grading;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(description = "The facts of an event, by the table's metric names")
public record FactsRequest(
        @NotNull @Schema(type = SchemaType.OBJECT, description = "Metric name to a number or true/false", example = "{\"similarAdverseEventCases\": 35}") JsonNode facts) {
}
