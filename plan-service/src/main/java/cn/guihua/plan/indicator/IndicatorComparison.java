package cn.guihua.plan.indicator;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.guihua.plan.targets.TargetView;

@Schema(description = "One indicator's targets across all jurisdictions, side by side")
public record IndicatorComparison(IndicatorView indicator, List<TargetView> targets) {
}
