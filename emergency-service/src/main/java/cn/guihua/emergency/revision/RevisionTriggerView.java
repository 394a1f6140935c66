package cn.guihua.emergency.revision;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevisionTrigger")
public record RevisionTriggerView(
        @NotNull UUID id,
        @NotNull UUID planId,
        @Schema(example = "3") Integer circumstance,
        @Schema(description = "The circumstance as the source words it", example = "面临的风险发生重大变化的") String circumstanceText,
        @Schema(example = "000:1613") String sourceRef,
        @NotNull String description,
        @NotNull LocalDate raisedOn,
        @NotNull String raisedBy,
        @Schema(description = "The drill whose findings raised it") UUID drillId,
        @Schema(description = "Null while open") LocalDate resolvedOn) {
}
