package cn.guihua.emergency.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportingDocument")
public record SupportingDocumentView(UUID id, UUID planId, SupportingDocument.Kind kind, String title, String approvedBy,
        LocalDate approvedOn, String reference) {

    static SupportingDocumentView of(SupportingDocument d) {
        return new SupportingDocumentView(d.id, d.planId, d.kind, d.title, d.approvedBy, d.approvedOn, d.reference);
    }
}
