package cn.guihua.plan.plan;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The default tolerance of each phrasing that has one (docs/indicator-service.md, the phrasing table; the reasons in
 * the research notes of issue 12). A target imported with a {@code phrasing} and no {@code tolerance} gets this
 * default, recorded as {@link ToleranceSource#PHRASING_DEFAULT}; a planner may set another. Phrasings not listed
 * here are exact (以上, 不低于, 控制在…以下, …): no tolerance, i.e. 0.
 */
public final class Phrasings {

    private static final Map<String, BigDecimal> DEFAULT_TOLERANCE = Map.ofEntries(
            // 左右 = about: ±1 percentage point (the levels of these plans sit 5 points apart)
            Map.entry("保持在X%左右", BigDecimal.ONE),
            Map.entry("达到X%左右", BigDecimal.ONE),
            // 较X年下降Y%左右: 1 point of the decrease
            Map.entry("较X年下降Y%左右", BigDecimal.ONE),
            // 与…相适应 (commensurate): as 左右
            Map.entry("与…相适应（相对目标）", BigDecimal.ONE),
            // 保持在X%: the precision the level is printed in (a whole percent)
            Map.entry("保持在X%", new BigDecimal("0.5")),
            // 基本: the great majority, 95 % done / 5 % left
            Map.entry("基本完成", BigDecimal.valueOf(5)),
            Map.entry("基本消除", BigDecimal.valueOf(5)),
            Map.entry("基本实现…全覆盖", BigDecimal.valueOf(5)));

    private Phrasings() {
    }

    /** The default tolerance of the phrasing; null when it has none (an exact phrasing, or none given). */
    public static BigDecimal defaultTolerance(String phrasing) {
        return phrasing == null ? null : DEFAULT_TOLERANCE.get(phrasing.strip());
    }
}
