package cn.guihua.emergency.catalogue;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CatalogueEntry", description = "A special plan or event type of a jurisdiction's catalogue with its lead departments")
public record CatalogueEntryView(
        @NotNull @Schema(example = "370303") String jurisdiction,
        @NotNull CatalogueEntry.Kind kind,
        @NotNull EventCategory category,
        @Schema(description = "Number within the category in the source table", example = "2") int seq,
        @NotNull @Schema(example = "危险化学品事故") String name,
        @Schema(description = "主要牵头部门; empty when the source cell is blank") List<String> leadDepartments,
        @Schema(description = "False when the source leaves the lead department blank") boolean leadDepartmentsKnown,
        @NotNull @Schema(example = "002:3711-3712") String sourceRef) {

    static CatalogueEntryView of(CatalogueEntry e) {
        return new CatalogueEntryView(e.jurisdiction, e.kind, e.category, e.seq, e.name, e.leadDepartments,
                !e.leadDepartments.isEmpty(), e.sourceRef);
    }
}
