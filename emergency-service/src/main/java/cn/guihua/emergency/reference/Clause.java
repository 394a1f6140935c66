package cn.guihua.emergency.reference;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Clause", description = "The source clause of a rule: its seed line and the words quoted from it")
public record Clause(
        @NotNull @Schema(description = "FILE:LINE of the seeds", example = "000:3027") String sourceRef,
        @Schema(description = "The words of the clause (parts of one range joined by ……)", example = "由市市场监管部门报市政府授权确定发布")
        String quote) {

    /** The clause, or null when no source is given. */
    public static Clause of(String source, List<String> quote) {
        return source == null ? null : new Clause(source, Common.joined(quote));
    }
}
