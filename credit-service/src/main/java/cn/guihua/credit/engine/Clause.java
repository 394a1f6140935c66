package cn.guihua.credit.engine;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.credit.rules.RuleFiles;

/** Where a rule comes from: the line of seed 002 and the words it applies. */
@Schema(name = "CreditClause", description = "Source clause: seed 002 line (or range) and the quoted words")
public record Clause(
        @NotNull @Schema(example = "002:808") String ref,
        @NotNull @Schema(example = "限制其申请财政性资金项目、评优评先项目") String quote) {

    public static Clause of(RuleFiles.Quote q) {
        return q == null ? null : new Clause(q.source(), q.quote());
    }

    public static Clause of(String ref, String quote) {
        return new Clause(ref, quote);
    }
}
