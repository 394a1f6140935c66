package cn.guihua.plan.indicator;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.plan.targets.TargetView;

@Schema(description = "One indicator's targets across all jurisdictions, side by side")
public record IndicatorComparison(@NotNull IndicatorView indicator, List<TargetView> targets) {
}
