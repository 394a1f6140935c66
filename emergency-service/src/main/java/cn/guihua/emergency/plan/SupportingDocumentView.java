package cn.guihua.emergency.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportingDocument")
public record SupportingDocumentView(@NotNull UUID id, @NotNull UUID planId, @NotNull SupportingDocument.Kind kind,
        @NotNull String title, String approvedBy,
        LocalDate approvedOn, String reference) {

    static SupportingDocumentView of(SupportingDocument d) {
        return new SupportingDocumentView(d.id, d.planId, d.kind, d.title, d.approvedBy, d.approvedOn, d.reference);
    }
}
