package cn.guihua.subsidy.rules;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "Sets a parameter for a jurisdiction from a date on")
public record NewParameterValue(
        @NotNull ParameterName name,
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "2024-01-01") LocalDate validFrom,
        @NotBlank @Size(max = 500) @Schema(description = "By the parameter's kind (GET /api/v1/policies/{code} lists each with its "
                + "kind and choices): AMOUNT yuan with at most 2 decimals; SWITCH true or false; CHOICE one of its choices; COUNT a "
                + "whole number of days or years; RATIO a decimal; MONTH_DAY MM-DD; TEXT the officer's words; SHARES decimals "
                + "separated by commas adding up to 1; LIST choices separated by commas", example = "100") String value,
        @Size(max = 500) @Schema(example = "区民政局 2024 年标准") String note,
        @Size(max = 500) @Schema(description = "The legal basis of the value (a decision, a higher-level document). Required for "
                + "the eligibility parameters the documents do not define (DISABILITY_LIVING_REQUIRES_LOW_INCOME, "
                + "DISABILITY_NURSING_GRADES, DISABILITY_PROACTIVE_RUNS); the explanation quotes it",
                example = "国发〔2015〕52号 国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见") String legalBasis) {

    public NewParameterValue(ParameterName name, String jurisdiction, LocalDate validFrom, String value, String note) {
        this(name, jurisdiction, validFrom, value, note, null);
    }
}
