package cn.guihua.subsidy.headquarters;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "产业配套奖励 (002:159) for one project a headquarters introduced")
public record IndustrySupportRequest(
        @Schema(description = "Rules as of this date; today when absent", example = "2024-07-01") LocalDate asOf,
        @NotNull @Valid HqInputs.SupportingProject project,
        @jakarta.validation.constraints.Size(max = 20) @Schema(description = "The same project rewarded under other policies (002:167); "
                + "added to the project's own") java.util.List<HqInputs.@NotNull @Valid OtherAward> sameMatterElsewhere) {
}
