package cn.guihua.plan.jurisdiction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "A street (街道, 9 digits) or village/community (社区/村, 12 digits) below an existing jurisdiction")
public record NewJurisdiction(
        @NotBlank @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
        @Schema(example = "370104001") String code,
        @NotBlank @Size(max = 100) @Schema(example = "振兴街街道") String name,
        @NotBlank @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
        @Schema(example = "370104") String parentCode) {
}
