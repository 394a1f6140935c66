package cn.guihua.emergency.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: the JSON path or parameter name, and what is wrong with it. */
@Schema(description = "An invalid field: its path in the request and the reason")
public record FieldError(
        @Schema(example = "name") String field,
        @Schema(example = "不能为空") String message) {
}
