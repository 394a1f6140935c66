package cn.guihua.subsidy.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a rule comes from: the seed document line and the words it applies. */
@Schema(description = "Source clause: seed file and line, and the quoted phrase")
public record Clause(
        @Schema(example = "000:1747") String ref,
        @Schema(example = "对区级耕地保护激励街道奖励30万元，区级耕地保护激励村奖励10万元") String quote) {
}
