package cn.guihua.subsidy.disability;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who qualifies without having applied; the applications opened for them, if asked; under the configured "
        + "policy DISABILITY_PROACTIVE_RUNS")
public record ProactiveResult(
        @NotNull DisabilitySubsidy subsidy,
        @NotNull @Schema(example = "370104") String district,
        @NotNull @Schema(example = "2024-05") String month,
        @Schema(description = "Who qualifies; ID numbers and names masked") List<PersonView> qualifying,
        List<UUID> openedApplications,
        @Schema(description = "The configured policy the run is made under (DISABILITY_PROACTIVE_RUNS, with the officer's legal basis): "
                + "no seed clause provides for it") cn.guihua.subsidy.rules.ParameterUse basis) {
}
