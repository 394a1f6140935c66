package cn.guihua.emergency.catalogue;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportMeasure", description = "An emergency support measure with its lead and supporting units")
public record SupportMeasureView(
        @NotNull @Schema(example = "370303") String jurisdiction,
        @Schema(example = "1") int seq,
        @NotNull @Schema(example = "交通运输保障") String name,
        List<String> leadDepartments,
        List<String> supportingUnits,
        @NotNull @Schema(example = "002:3920-3923") String sourceRef) {

    static SupportMeasureView of(SupportMeasure m) {
        return new SupportMeasureView(m.jurisdiction, m.seq, m.name, m.leadDepartments, m.supportingUnits, m.sourceRef);
    }
}
