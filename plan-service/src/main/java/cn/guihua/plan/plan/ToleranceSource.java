package cn.guihua.plan.plan;

/**
 * Where a target's tolerance comes from: the default of its phrasing (docs/indicator-service.md, the phrasing table)
 * or a planner who set it (through {@code PUT /api/v1/targets/{id}/tolerance}, with history and audit, or in the
 * document he imported).
 */
public enum ToleranceSource {
    PHRASING_DEFAULT, PLANNER
}
