package cn.guihua.emergency.grading;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "A grading standard for another event type")
public record NewGradingTable(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,49}$", message = "{guihua.grading.code}") @Schema(example = "HY_FOOD_SAFETY") String code,
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(example = "370104") String jurisdiction,
        @NotBlank @Size(max = 200) @Schema(example = "食品安全事故分级标准") String name,
        @NotBlank @Size(max = 100) @Schema(example = "食品安全事故") String eventType,
        UUID planId,
        @NotEmpty @Size(max = 50) List<GradingTableView.@NotNull @Valid Metric> metrics,
        @NotEmpty @Size(max = 100) List<GradingTableView.@NotNull @Valid Criterion> criteria,
        @NotBlank @Size(max = 100) @Schema(description = "Where the standard is written") String sourceRef,
        @NotNull @Schema(description = "First day the standard applies", example = "2022-11-25") LocalDate effectiveFrom,
        @Schema(description = "Last day it applies; null while in force") LocalDate effectiveTo) {
}
