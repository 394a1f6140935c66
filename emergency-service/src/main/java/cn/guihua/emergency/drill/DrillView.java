package cn.guihua.emergency.drill;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Drill", description = "A recorded drill")
public record DrillView(@NotNull UUID id, @NotNull UUID planId, @NotNull LocalDate heldOn, @NotNull Drill.Form form,
        @NotNull String organiser, List<String> participants, String findings, boolean revisionNeeded,
        @Schema(description = "The revision trigger the findings raised") UUID revisionTriggerId, @NotNull String recordedBy) {

    static DrillView of(Drill d, UUID triggerId) {
        return new DrillView(d.id, d.planId, d.heldOn, d.form, d.organiser, d.participants, d.findings, d.revisionNeeded,
                triggerId, d.recordedBy);
    }
}
