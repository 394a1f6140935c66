package cn.guihua.emergency.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.emergency.catalogue.EventCategory;

@Schema(name = "EmergencyPlan", description = "An emergency plan (应急预案) in the registry")
public record PlanView(
        @NotNull UUID id,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "槐荫区药品安全事件应急预案") String title,
        @NotNull PlanType planType,
        EventCategory category,
        @Schema(example = "[\"药品安全事件\"]") List<String> eventTypes,
        @Schema(example = "[\"区市场监管局\"]") List<String> leadDepartments,
        String draftingUnit,
        @Schema(example = "槐荫区人民政府办公室（已经区政府同意）") String approvingBody,
        @Schema(example = "槐政办字〔2022〕7号") String documentNumber,
        @Schema(example = "2022-11-25") LocalDate issueDate,
        @Schema(example = "区市场监管局") String interpretingBody,
        UUID parentPlanId,
        UUID supersedesPlanId,
        List<String> attachments,
        @Schema(description = "Enterprise plans: the kind of enterprise (000:1585)") EnterpriseKind enterpriseKind,
        @NotNull PlanStatus status,
        @Schema(description = "Set while a revision is under way") RevisionKind revisionKind,
        @Schema(description = "Issue date of the last edition from a major revision") LocalDate majorRevisionIssuedOn,
        @Schema(description = "Where the registry data comes from", example = "000:2826-2834") String sourceRef,
        @Schema(description = "The day the plan stopped applying (superseded or repealed); null while it applies") LocalDate endedOn,
        @Schema(description = "Statuses the plan may move to next") Set<PlanStatus> allowedTransitions,
        @NotNull OffsetDateTime updatedAt,
        @Schema(description = "Send back with a change (optimistic concurrency)", example = "0") long version) {

    public static PlanView of(EmergencyPlan p) {
        return new PlanView(p.id, p.jurisdiction, p.title, p.planType, p.category, p.eventTypes, p.leadDepartments,
                p.draftingUnit, p.approvingBody, p.documentNumber, p.issueDate, p.interpretingBody, p.parentPlanId,
                p.supersedesPlanId, p.attachments, p.enterpriseKind, p.status, p.revisionKind, p.majorRevisionIssuedOn, p.sourceRef, p.endedOn,
                Lifecycle.next(p), p.updatedAt, p.version);
    }
}
