package cn.guihua.emergency.drill;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A drill to record")
public record NewDrill(
        @NotNull @Schema(example = "2023-06-15") LocalDate heldOn,
        @NotNull @Schema(description = "LIVE = 实战演练, TABLETOP = 桌面推演") Drill.Form form,
        @NotBlank @Size(max = 200) @Schema(example = "区市场监管局") String organiser,
        @Size(max = 100) @Schema(example = "[\"区卫生健康局\", \"区公安分局\"]") List<@NotBlank @Size(max = 200) String> participants,
        @Size(max = 5000) @Schema(example = "信息报告环节超时，联络员名单未更新") String findings,
        @Schema(description = "The findings demand a revision of the plan (000:1619); raises a revision trigger") boolean revisionNeeded) {
}
