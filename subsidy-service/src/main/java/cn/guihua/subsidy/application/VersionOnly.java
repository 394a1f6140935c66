package cn.guihua.subsidy.application;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The version you read")
public record VersionOnly(@NotNull @Schema(example = "0") Integer version) {
}
