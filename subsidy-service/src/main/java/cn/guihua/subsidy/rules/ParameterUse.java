package cn.guihua.subsidy.rules;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A parameter a step read: the value in force for the jurisdiction on the date judged, who set it from when and on
 * what legal basis, or {@code set: false} when no officer has set it (the step is then NOT_CONFIGURED). Its basis is
 * never a clause of the documents: it is configuration, and the explanation says so.
 */
@Schema(description = "A parameter an officer sets (not a clause of the document): the value in force on the date judged, "
        + "or set=false when none is set")
public record ParameterUse(
        @NotNull ParameterName name,
        @NotNull ParameterName.Kind kind,
        @NotNull @Schema(example = "370303") String jurisdiction,
        @NotNull @Schema(description = "The date the value was taken as of", example = "2024-07-01") LocalDate asOf,
        @Schema(description = "False when no officer has set it for this jurisdiction and date") boolean set,
        @Schema(example = "EACH") String value,
        @Schema(example = "2024-01-01") LocalDate validFrom,
        @Schema(example = "subsidy-officer@370303") String setBy,
        @Schema(description = "The legal basis the officer gave for the value", example = "区政府常务会议纪要〔2024〕3号") String legalBasis,
        @Schema(description = "The clause that leaves the point open", example = "002:156") String sourceRef,
        @NotNull @Schema(description = "Always CONFIGURED: the value comes from an officer, not from the document's words",
                example = "CONFIGURED") String basis) {

    public static ParameterUse of(ParameterName name, String jurisdiction, LocalDate asOf, ParameterValue v) {
        return v == null
                ? new ParameterUse(name, name.kind, jurisdiction, asOf, false, null, null, null, null, name.sourceRef, "CONFIGURED")
                : new ParameterUse(name, name.kind, jurisdiction, asOf, true, v.value, v.validFrom, v.setBy, v.legalBasis, name.sourceRef,
                        "CONFIGURED");
    }

    public boolean is(String choice) {
        return set && choice.equals(value);
    }

    public boolean isTrue() {
        return set && "true".equals(value);
    }
}
