package cn.guihua.subsidy.reserve;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "An enterprise entering the reserve pool")
public record NewReserveEnterprise(
        @NotNull @Size(min = 18, max = 18) @Schema(example = "91370104MA3C4D5E6X") String creditCode,
        @NotBlank @Size(max = 100) String name,
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}") @Schema(example = "370104") String jurisdiction,
        @NotNull ReserveTier tier,
        @NotNull ReserveStage stage) {
}
