package cn.guihua.platform.problem;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: the JSON path, query parameter or header, and what is wrong with it. */
@Schema(description = "An invalid field: its path in the request and the reason, in the caller's language")
public record FieldError(
        @NotNull @Schema(example = "name") String field,
        @NotNull @Schema(example = "不能为空") String message) {
}
