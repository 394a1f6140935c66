package cn.guihua.emergency.plan;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.catalogue.EventCategory;

@Schema(description = "Replaces a plan's metadata; status and issue date change through transitions only")
public record PlanUpdate(
        @NotBlank @Size(max = 200) @Schema(example = "槐荫区防汛应急预案") String title,
        EventCategory category,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> eventTypes,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> leadDepartments,
        @Size(max = 200) String draftingUnit,
        @Size(max = 200) String approvingBody,
        @Size(max = 100) String documentNumber,
        @Size(max = 200) String interpretingBody,
        UUID parentPlanId,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> attachments,
        @Schema(description = "Enterprise plans only (000:1585)") EnterpriseKind enterpriseKind,
        @NotNull @Schema(description = "The version you read", example = "0") Long version) {
}
