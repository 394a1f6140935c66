package cn.guihua.platform.problem;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @NotNull @Schema(example = "https://guihua.dev/problems/validation") URI type,
        @NotNull @Schema(example = "请求参数无效") String title,
        @Schema(example = "400") int status,
        @Schema(example = "请求中有 1 个字段无效") String detail,
        @Schema(example = "/api/v1/jurisdictions") String instance,
        @Schema(description = "For validation problems: each invalid field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
