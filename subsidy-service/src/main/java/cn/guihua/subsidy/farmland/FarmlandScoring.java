package cn.guihua.subsidy.farmland;

import static cn.guihua.subsidy.farmland.FarmlandInputs.yes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleSet;
import cn.guihua.subsidy.rules.Step;

/**
 * The 100-point table of 附件1 (000:1794-1809) and the disqualifications of 第八条 (000:1751-1759), with the numbers
 * read from the rules in force. {@link #score} is the arithmetic the ranking runs; {@link #explain} runs the same
 * item methods and records each as a step with its clause.
 */
public final class FarmlandScoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Rule f1a, f1b, f1c, f2, f3a, f3b, f4, f4village, f5, f6, f6direct, noTask, dqTask, dqIllegal, dqAccount, dqNonFarming;
    private final int p1a, p1bStep, p1bPer, p1bMax, p2, p3a, p3aPer, p3b, p3bPer, p4Per, p4Max, p4City, p4District, p4Weight,
            p5Accepted, p5Reverified, p6Passed, p6Used, p6Direct;
    private final BigDecimal[] tierAbove;
    private final int[] tierPoints;
    private final BigDecimal maxIllegal;

    public FarmlandScoring(RuleSet rules) {
        f1a = rules.get("F1A_CULTIVATED_TARGET");
        f1b = rules.get("F1B_ABOVE_QUOTA");
        f1c = rules.get("F1C_ABOVE_AVERAGE");
        f2 = rules.get("F2_PERMANENT_BASIC");
        f3a = rules.get("F3A_ILLEGAL_OCCUPATION");
        f3b = rules.get("F3B_NEW_PATCHES");
        f4 = rules.get("F4_MEASURES");
        f4village = rules.get("F4_VILLAGE_BONUS");
        f5 = rules.get("F5_DEMONSTRATION");
        f6 = rules.get("F6_FUNDS");
        f6direct = rules.get("F6_NOT_INCENTIVISED");
        noTask = rules.get("NO_TASK_EXCLUDED");
        dqTask = rules.get("DQ_TASK_NOT_COMPLETED");
        dqIllegal = rules.get("DQ_ILLEGAL_OCCUPATION");
        dqAccount = rules.get("DQ_ACCOUNTABILITY");
        dqNonFarming = rules.get("DQ_NON_FARMING");
        p1a = f1a.number("points").intValue();
        p1bStep = f1b.number("stepPercent").intValue();
        p1bPer = f1b.number("pointsPerStep").intValue();
        p1bMax = f1b.number("maxPoints").intValue();
        JsonNode tiers = f1c.params().get("tiers");
        tierAbove = new BigDecimal[tiers.size()];
        tierPoints = new int[tiers.size()];
        for (int i = 0; i < tiers.size(); i++) {
            tierAbove[i] = tiers.get(i).get("abovePercent").decimalValue();
            tierPoints[i] = tiers.get(i).get("points").intValue();
        }
        p2 = f2.number("points").intValue();
        p3a = f3a.number("points").intValue();
        p3aPer = f3a.number("deductPerPercent").intValue();
        p3b = f3b.number("points").intValue();
        p3bPer = f3b.number("deductPerPercent").intValue();
        p4Per = f4.number("pointsPerMeasure").intValue();
        p4Max = f4.number("maxPoints").intValue();
        p4City = f4.number("cityOrAbovePoints").intValue();
        p4District = f4.number("districtPoints").intValue();
        p4Weight = f4.number("weight").intValue();
        p5Accepted = f5.number("acceptedPoints").intValue();
        p5Reverified = f5.number("reverifiedPoints").intValue();
        p6Passed = f6.number("passedToVillagesPoints").intValue();
        p6Used = f6.number("usedInScopePoints").intValue();
        p6Direct = f6direct.number("points").intValue();
        maxIllegal = dqIllegal.number("maxRatioPercent");
    }

    /** A unit's score: points per item (一 to 六), total, and why it is out of the running, if it is. */
    public record Score(int[] items, int total, boolean excluded, List<String> disqualifications) {
        public boolean qualifies() {
            return !excluded && disqualifications.isEmpty();
        }
    }

    public Score score(UnitType type, FarmlandInputs in, BigDecimal average) {
        int[] items = { item1a(in) + item1b(in) + item1c(in, average), item2(in), item3a(in) + item3b(in), item4(in),
                item5(in), item6(type, in) };
        int total = 0;
        for (int p : items) {
            total += p;
        }
        return new Score(items, total, excluded(in), disqualifications(in));
    }

    boolean excluded(FarmlandInputs in) {
        return isZero(in.cultivatedTarget()) && isZero(in.permanentBasicTarget());
    }

    List<String> disqualifications(FarmlandInputs in) {
        List<String> reasons = null;
        if (!atLeast(in.cultivatedArea(), in.cultivatedTarget()) || !atLeast(in.permanentBasicArea(), in.permanentBasicTarget())) {
            reasons = add(reasons, dqTask.code());
        }
        if (in.illegalOccupationRatio() != null && in.illegalOccupationRatio().compareTo(maxIllegal) > 0) {
            reasons = add(reasons, dqIllegal.code());
        }
        if (yes(in.accountability())) {
            reasons = add(reasons, dqAccount.code());
        }
        if (yes(in.severeNonFarming())) {
            reasons = add(reasons, dqNonFarming.code());
        }
        return reasons == null ? List.of() : reasons;
    }

    int item1a(FarmlandInputs in) {
        return atLeast(in.cultivatedArea(), in.cultivatedTarget()) ? p1a : 0;
    }

    int item1b(FarmlandInputs in) {
        BigDecimal pct = percentAbove(in.cultivatedArea(), in.cultivatedTarget());
        if (pct == null || pct.signum() <= 0) {
            return 0;
        }
        return Math.min(pct.divide(BigDecimal.valueOf(p1bStep), 0, RoundingMode.FLOOR).intValue() * p1bPer, p1bMax);
    }

    int item1c(FarmlandInputs in, BigDecimal average) {
        BigDecimal pct = percentAbove(in.cultivatedArea(), average);
        if (pct != null) {
            for (int i = 0; i < tierAbove.length; i++) {
                if (pct.compareTo(tierAbove[i]) > 0) {
                    return tierPoints[i];
                }
            }
        }
        return 0;
    }

    int item2(FarmlandInputs in) {
        return atLeast(in.permanentBasicArea(), in.permanentBasicTarget()) ? p2 : 0;
    }

    int item3a(FarmlandInputs in) {
        return in.illegalOccupationRatio() == null ? 0 : deduct(p3a, p3aPer, in.illegalOccupationRatio());
    }

    int item3b(FarmlandInputs in) {
        if (in.newPatchRatio() == null || in.districtPatchRatio() == null) {
            return 0;
        }
        return deduct(p3b, p3bPer, in.newPatchRatio().subtract(in.districtPatchRatio()));
    }

    int item4(FarmlandInputs in) {
        int measures = in.measures() == null ? 0 : Math.min(in.measures() * p4Per, p4Max);
        return Math.min(measures + (yes(in.promotedCityOrAbove()) ? p4City : 0) + (yes(in.promotedDistrict()) ? p4District : 0), p4Weight);
    }

    int item5(FarmlandInputs in) {
        return (yes(in.demonstrationAccepted()) ? p5Accepted : 0) + (yes(in.demonstrationReverified()) ? p5Reverified : 0);
    }

    int item6(UnitType type, FarmlandInputs in) {
        if (type == UnitType.STREET && in.lastYearIncentive() != LastYearIncentive.CITY_OR_PROVINCE) {
            return p6Direct;
        }
        boolean incentivised = in.lastYearIncentive() != null && in.lastYearIncentive() != LastYearIncentive.NONE;
        return (incentivised && type == UnitType.STREET && yes(in.fundsPassedToVillages()) ? p6Passed : 0)
                + (incentivised && yes(in.fundsUsedInScope()) ? p6Used : 0);
    }

    /** Full points, less {@code per} for each started percentage point above zero, never below zero. */
    private static int deduct(int full, int per, BigDecimal excessPercent) {
        if (excessPercent.signum() <= 0) {
            return full;
        }
        return Math.max(0, full - excessPercent.setScale(0, RoundingMode.CEILING).intValue() * per);
    }

    private static BigDecimal percentAbove(BigDecimal value, BigDecimal base) {
        if (value == null || base == null || base.signum() == 0) {
            return null;
        }
        return value.subtract(base).multiply(HUNDRED).divide(base, 4, RoundingMode.HALF_UP);
    }

    private static boolean atLeast(BigDecimal value, BigDecimal target) {
        return value != null && target != null && value.compareTo(target) >= 0;
    }

    private static boolean isZero(BigDecimal v) {
        return v == null || v.signum() == 0;
    }

    private static List<String> add(List<String> list, String code) {
        List<String> l = list == null ? new ArrayList<>(2) : list;
        l.add(code);
        return l;
    }

    /** The same score, step by step: each item and each disqualification with its inputs and clause. */
    public List<Step> explain(UnitType type, FarmlandInputs in, BigDecimal average) {
        List<Step> steps = new ArrayList<>();
        steps.add(noTask.step(map("cultivatedTarget", in.cultivatedTarget(), "permanentBasicTarget", in.permanentBasicTarget()),
                Map.of(), excluded(in), excluded(in) ? "无耕地保护任务，不列入考核评价" : null));
        steps.add(f1a.step(map("cultivatedArea", in.cultivatedArea(), "cultivatedTarget", in.cultivatedTarget()), Map.of(),
                item1a(in), null));
        steps.add(f1b.step(map("cultivatedArea", in.cultivatedArea(), "cultivatedTarget", in.cultivatedTarget()),
                map("percentAboveTarget", percentAbove(in.cultivatedArea(), in.cultivatedTarget())), item1b(in), null));
        steps.add(f1c.step(map("cultivatedArea", in.cultivatedArea(), "average", average),
                map("percentAboveAverage", percentAbove(in.cultivatedArea(), average)), item1c(in, average),
                type == UnitType.STREET ? "基数为全区街道实有耕地面积平均值" : "基数为本街道各村实有耕地面积平均值"));
        steps.add(f2.step(map("permanentBasicArea", in.permanentBasicArea(), "permanentBasicTarget", in.permanentBasicTarget()),
                Map.of(), item2(in), null));
        steps.add(f3a.step(map("illegalOccupationRatio", in.illegalOccupationRatio()), Map.of(), item3a(in),
                in.illegalOccupationRatio() == null ? "未提供违法占用比例，不得分" : "每增加 1%（不足 1% 按 1% 计）扣 1 分"));
        steps.add(f3b.step(map("newPatchRatio", in.newPatchRatio(), "districtPatchRatio", in.districtPatchRatio()), Map.of(),
                item3b(in), null));
        steps.add((type == UnitType.VILLAGE ? f4village : f4).step(map("measures", in.measures(), "promotedCityOrAbove",
                in.promotedCityOrAbove(), "promotedDistrict", in.promotedDistrict()), map("weight", p4Weight), item4(in),
                type == UnitType.VILLAGE ? f4.clause().quote() : "市级与区级推广可同时得分，合计不超过权重 20 分"));
        steps.add(f5.step(map("demonstrationAccepted", in.demonstrationAccepted(), "demonstrationReverified",
                in.demonstrationReverified()), Map.of(), item5(in), null));
        boolean direct = type == UnitType.STREET && in.lastYearIncentive() != LastYearIncentive.CITY_OR_PROVINCE;
        steps.add((direct ? f6direct : f6).step(map("lastYearIncentive", in.lastYearIncentive(), "fundsPassedToVillages",
                in.fundsPassedToVillages(), "fundsUsedInScope", in.fundsUsedInScope()), Map.of(), item6(type, in), null));
        List<String> dq = disqualifications(in);
        steps.add(dqTask.step(map("cultivatedArea", in.cultivatedArea(), "cultivatedTarget", in.cultivatedTarget(),
                "permanentBasicArea", in.permanentBasicArea(), "permanentBasicTarget", in.permanentBasicTarget()), Map.of(),
                dq.contains(dqTask.code()), null));
        steps.add(dqIllegal.step(map("illegalOccupationRatio", in.illegalOccupationRatio()), map("maxRatioPercent", maxIllegal),
                dq.contains(dqIllegal.code()), dq.contains(dqIllegal.code()) ? "取消评选资格，不论得分" : null));
        steps.add(dqAccount.step(map("accountability", in.accountability()), Map.of(), dq.contains(dqAccount.code()), null));
        steps.add(dqNonFarming.step(map("severeNonFarming", in.severeNonFarming()), Map.of(), dq.contains(dqNonFarming.code()), null));
        return steps;
    }

    /** A map that keeps its order and allows absent (null) inputs. */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
