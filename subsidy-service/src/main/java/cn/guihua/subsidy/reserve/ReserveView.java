package cn.guihua.subsidy.reserve;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reserve-pool enterprise; records only, 槐荫区's plan sets no amounts")
public record ReserveView(
        UUID id,
        @Schema(example = "91370104MA3C4D5E6X") String creditCode,
        @Schema(example = "济南某某智能装备股份有限公司") String name,
        @Schema(example = "370104") String jurisdiction,
        ReserveTier tier,
        ReserveStage stage,
        @Schema(example = "某副区长") String leader,
        Integer leaderYear,
        LocalDate leaderSince,
        LocalDate lastVisitOn,
        @Schema(description = "A visit is due every half year (000:2545)") LocalDate nextVisitDue,
        int version) {
}
