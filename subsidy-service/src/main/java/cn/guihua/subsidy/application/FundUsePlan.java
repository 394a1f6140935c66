package cn.guihua.subsidy.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The date the street or village adopted its fund-use plan (000:1775)")
public record FundUsePlan(@NotNull @Schema(example = "2024-07-20") LocalDate adoptedOn) {
}
