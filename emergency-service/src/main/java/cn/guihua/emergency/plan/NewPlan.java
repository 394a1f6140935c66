package cn.guihua.emergency.plan;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.catalogue.EventCategory;
import cn.guihua.platform.security.JurisdictionCodes;

@Schema(description = "A plan to register; it starts in DRAFTING")
public record NewPlan(
        @NotNull @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
        @Schema(example = "370104") String jurisdiction,
        @NotBlank @Size(max = 200) @Schema(example = "槐荫区防汛应急预案") String title,
        @NotNull PlanType planType,
        @Schema(description = "Required for special plans") EventCategory category,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> eventTypes,
        @Size(max = 20) @Schema(description = "牵头部门; at least one for special plans", example = "[\"区水务局\"]")
        List<@NotBlank @Size(max = 100) String> leadDepartments,
        @Size(max = 200) @Schema(example = "区水务局") String draftingUnit,
        @Size(max = 200) @Schema(example = "槐荫区人民政府") String approvingBody,
        @Size(max = 100) String documentNumber,
        @Size(max = 200) @Schema(example = "区水务局") String interpretingBody,
        @Schema(description = "The plan it derives from (上位预案)") UUID parentPlanId,
        @Schema(description = "The plan this one replaces") UUID supersedesPlanId,
        @Size(max = 50) @Schema(description = "Attachments by reference") List<@NotBlank @Size(max = 300) String> attachments,
        @Schema(description = "Enterprise plans only: the kind of enterprise, which decides the filing recipients (000:1585); "
                + "none is read as OTHER_OWNERSHIP") EnterpriseKind enterpriseKind) {
}
