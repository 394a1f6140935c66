package cn.guihua.subsidy.disability;

import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Run a district's monthly disability subsidy batch")
public record BatchRequest(
        @NotNull @Pattern(regexp = "^\\d{6}$", message = "{subsidy.district.code}") @Schema(example = "370104") String district,
        @NotNull @Schema(example = "2024-05") YearMonth month) {
}
