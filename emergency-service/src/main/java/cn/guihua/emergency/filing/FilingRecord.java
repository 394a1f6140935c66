package cn.guihua.emergency.filing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Records that a filing was made")
public record FilingRecord(
        @NotNull @Schema(example = "2022-12-20") LocalDate filedOn,
        @Size(max = 200) @Schema(description = "Receipt or registration number", example = "济应急备〔2022〕12号") String reference,
        @NotNull @Schema(description = "The filing's version you read", example = "0") Long version) {
}
