package cn.guihua.subsidy.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A parameter value in force from validFrom")
public record ParameterView(
        @NotNull Long id,
        @NotNull ParameterName name,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull @Schema(example = "2024-01-01") LocalDate validFrom,
        @NotNull @Schema(description = "Yuan with 2 decimals for amounts (as text: \"100.00\"), true/false for switches, the "
                + "choice, the count, or the parts separated by commas", example = "100.00") String value,
        @NotNull ParameterName.Kind kind,
        @Schema(example = "区民政局 2024 年标准") String note,
        @Schema(description = "The legal basis the officer gave", example = "区政府常务会议纪要〔2024〕3号") String legalBasis,
        @Schema(description = "The clause that leaves the point open", example = "000:1931") String sourceRef,
        @NotNull String setBy,
        @NotNull OffsetDateTime setAt) {

    static ParameterView of(ParameterValue p) {
        return new ParameterView(p.id, p.name, p.jurisdiction, p.validFrom, p.value, p.name.kind, p.note, p.legalBasis, p.name.sourceRef,
                p.setBy, p.setAt);
    }
}
