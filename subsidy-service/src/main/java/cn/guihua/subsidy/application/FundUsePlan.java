package cn.guihua.subsidy.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.subsidy.farmland.FundUseCheck;

@Schema(description = "The date the street or village adopted its fund-use plan (000:1775), and the plan's lines to check against "
        + "the permitted uses (000:1761-1777)")
public record FundUsePlan(
        @NotNull @Schema(example = "2024-07-20") LocalDate adoptedOn,
        @Schema(description = "Listed as a 重大公开事项 (000:1775)") Boolean published,
        @Size(max = 100) List<FundUseCheck.@NotNull @Valid Line> lines) {

    public FundUsePlan(LocalDate adoptedOn) {
        this(adoptedOn, null, null);
    }
}
