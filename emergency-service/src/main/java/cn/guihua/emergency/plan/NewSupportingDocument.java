package cn.guihua.emergency.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A work manual or action plan supporting a plan")
public record NewSupportingDocument(
        @NotNull SupportingDocument.Kind kind,
        @NotBlank @Size(max = 200) @Schema(example = "槐荫区药品安全事件应急工作手册") String title,
        @Size(max = 200) @Schema(description = "本单位主要负责人 (000:1587)", example = "区市场监管局局长") String approvedBy,
        LocalDate approvedOn,
        @Size(max = 300) @Schema(description = "Where the document is kept") String reference) {
}
