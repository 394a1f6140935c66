package cn.guihua.subsidy.reserve;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reserve-pool enterprise; records only, 槐荫区's plan sets no amounts")
public record ReserveView(
        @NotNull UUID id,
        @NotNull @Schema(example = "91370104MA3C4D5E6X") String creditCode,
        @NotNull @Schema(example = "济南某某智能装备股份有限公司") String name,
        @NotNull @Schema(example = "370104") String jurisdiction,
        @NotNull ReserveTier tier,
        @NotNull ReserveStage stage,
        @Schema(example = "某副区长") String leader,
        Integer leaderYear,
        LocalDate leaderSince,
        LocalDate lastVisitOn,
        @Schema(description = "A visit is due every half year (000:2545)") LocalDate nextVisitDue,
        int version) {
}
