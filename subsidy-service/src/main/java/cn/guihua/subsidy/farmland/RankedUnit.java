package cn.guihua.subsidy.farmland;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.platform.json.Money;

@Schema(description = "One candidate in a ranking")
public record RankedUnit(
        @NotNull @Schema(example = "370104001") String jurisdiction,
        @NotNull String name,
        @NotNull UnitType unitType,
        @NotNull String street,
        int total,
        boolean excluded,
        List<String> disqualifications,
        boolean selected,
        @Money @Schema(description = "Reward in yuan when selected", example = "300000.00") BigDecimal reward,
        @Schema(description = "The award application opened for a selected unit") UUID applicationId,
        @Schema(description = "Why a qualifying unit was not selected", example = "本街道已有 2 个村入选") String note,
        @Schema(description = "Accepted as a demonstration unit by the end of August of the year: preferred for candidacy (000:1749)")
        boolean demonstrationPreferred) {
}
