package cn.guihua.plan.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A plan revision without its content")
public record PlanSummary(
        @NotNull @Schema(example = "370104-children-2021") String code,
        @Schema(description = "1 for the first revision, +1 per revision", example = "1") int revision,
        @Schema(description = "Whether this is the revision public reads return") boolean current,
        @NotNull @Schema(example = "济南市槐荫区“十四五”儿童发展规划") String title,
        @NotNull PlanKind kind,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @Schema(example = "济槐政发〔2022〕4号") String documentNumber,
        @Schema(example = "济南市槐荫区人民政府") String issuer,
        LocalDate issueDate,
        @Schema(example = "2021") int periodStart,
        @Schema(example = "2025") int periodEnd,
        @NotNull PlanStatus status,
        @NotNull OffsetDateTime updatedAt,
        @Schema(description = "Send back with a change (optimistic concurrency)", example = "0") long version) {

    public static PlanSummary of(Plan p) {
        return new PlanSummary(p.code, p.revision, p.current, p.title, p.kind, p.jurisdiction, p.documentNumber,
                p.issuer, p.issueDate, p.periodStart, p.periodEnd, p.status, p.updatedAt, p.version);
    }
}
