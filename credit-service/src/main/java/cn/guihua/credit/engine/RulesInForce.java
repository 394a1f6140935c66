package cn.guihua.credit.engine;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.credit.rules.RuleFiles;

/** The document whose rules a calculation applied, and how they applied on the day. */
@Schema(description = "The document applied and its period")
public record RulesInForce(
        @NotNull @Schema(example = "张政字〔2021〕87号") String docNumber,
        @NotNull @Schema(example = "张店区市场主体公共信用评价管理办法（试行）") String title,
        @NotNull LocalDate effectiveFrom,
        @NotNull @Schema(description = "有效期至 (whether this day itself is in force is DOCUMENT_END_DATE_INCLUSIVE)") LocalDate effectiveTo,
        @NotNull Periods.Mode mode,
        @NotNull Clause clause) {

    public static RulesInForce of(RuleFiles.Document d, Periods.Mode mode) {
        return new RulesInForce(d.docNumber(), d.title(), d.effectiveFrom(), d.effectiveTo(), mode, Clause.of(d.effective()));
    }
}
