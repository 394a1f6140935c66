package cn.guihua.subsidy.disability;

import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "免申即享: find certificate holders who qualify but have not applied, and optionally open applications for them")
public record ProactiveRequest(
        @NotNull DisabilitySubsidy subsidy,
        @NotNull @Pattern(regexp = "^\\d{6}$", message = "{subsidy.district.code}") @Schema(example = "370104") String district,
        @NotNull @Schema(example = "2024-05") YearMonth month,
        @Schema(description = "Open a submitted application for each", defaultValue = "false") Boolean openApplications) {
}
