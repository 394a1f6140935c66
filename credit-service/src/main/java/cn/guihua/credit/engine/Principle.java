package cn.guihua.credit.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an item was combined with the others (the clause is in docs/credit-service.md, "Rules"). */
@Schema(description = "How the item was combined: SEPARATE_RECORDS_ADDED_UP (each record counts), SAME_ACT_HIGHEST_ONLY "
        + "(002:800, one act of one organ: the largest deduction), SAME_VIOLATION_ADDED_UP (002:800), HIGHEST_ONLY "
        + "(002:2456, 002:1509), SANCTIONS_ADDED_UP (002:2457, 002:1510), REPEAT_WITHIN_VALIDITY_DOUBLED (002:1511), "
        + "DONATION_TIERS / DONATION_MARGINAL (the slice of a donation in one tier), TIER_HIGHEST_REACHED / TIER_SUM "
        + "(volunteer hours), PER_UNIT, AMOUNT_TIER, ANNUAL_CAP (the item reduced so that the year's group cap holds), "
        + "REPAIRED (002:2488), COLLECTIVE_HONOUR_ONE_LEVEL_LOWER (002:2458), DISTRICT_HONOUR_LEAD_UNIT (002:2459), "
        + "TOWN_OR_COMMUNITY_HONOUR (002:2460), GROUP_HONOUR_HONOUREE_ONLY (002:2461), PER_YEAR (（每年）rows), "
        + "TAX_REFUSAL_SIX_MONTH_PERIOD (002:2463)")
public enum Principle {
    SEPARATE_RECORDS_ADDED_UP,
    SAME_ACT_HIGHEST_ONLY,
    SAME_VIOLATION_ADDED_UP,
    HIGHEST_ONLY,
    SANCTIONS_ADDED_UP,
    REPEAT_WITHIN_VALIDITY_DOUBLED,
    DONATION_TIERS,
    DONATION_MARGINAL,
    TIER_HIGHEST_REACHED,
    TIER_SUM,
    PER_UNIT,
    AMOUNT_TIER,
    ANNUAL_CAP,
    REPAIRED,
    COLLECTIVE_HONOUR_ONE_LEVEL_LOWER,
    DISTRICT_HONOUR_LEAD_UNIT,
    TOWN_OR_COMMUNITY_HONOUR,
    GROUP_HONOUR_HONOUREE_ONLY,
    PER_YEAR,
    TAX_REFUSAL_SIX_MONTH_PERIOD
}
