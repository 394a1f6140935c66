package cn.guihua.emergency.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Moves a plan to the next status of its lifecycle")
public record TransitionRequest(
        @NotNull @Schema(example = "PUBLISHED") PlanStatus to,
        @NotBlank @Size(max = 2000) @Schema(description = "Why (recorded with who and when)", example = "区政府常务会议审议通过") String reason,
        @Schema(description = "Required when moving to UNDER_REVISION") RevisionKind revisionKind,
        @Schema(description = "Required when moving to PUBLISHED: the issue date (印发日期) of this edition", example = "2022-11-24")
        LocalDate issueDate,
        @Size(max = 100) @Schema(description = "Document number of this edition", example = "济槐政办字〔2022〕9号") String documentNumber,
        @NotNull @Schema(description = "The version you read", example = "3") Long version) {
}
