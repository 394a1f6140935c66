package cn.guihua.subsidy.rules;

import java.util.List;

/**
 * The values the documents leave to the administration: an authorised officer sets them per jurisdiction and date
 * (OpenFisca's parameters). Each names the policy it serves, the clause that leaves it open, its kind and, for a
 * choice or a list of codes, the values it may take. What each settles is in the message catalogue
 * ({@code parameter.settles.<NAME>}). Eligibility the documents do not give at all ({@link #basisRequired}) is
 * configuration with its own legal basis: a value is refused without one, and the explanation quotes it.
 */
public enum ParameterName {
    // -- disability subsidies (槐荫区): amounts, the extension, and the eligibility the plans do not define
    /** 困难残疾人生活补贴 monthly amount in yuan; the plan names the subsidy, not its standard (000:1931). */
    DISABILITY_LIVING_MONTHLY("DISABILITY_LIVING", Kind.AMOUNT, "000:1931"),
    /** 重度残疾人护理补贴 monthly amount in yuan (000:1931). */
    DISABILITY_NURSING_MONTHLY("DISABILITY_NURSING", Kind.AMOUNT, "000:1931"),
    /** 槐荫区's switch: nursing subsidy for grade 3-4 intellectual and mental disability (000:1931 积极探索). */
    NURSING_EXTENDED_TO_GRADE_3_4("DISABILITY_NURSING", Kind.SWITCH, "000:1931"),
    /** Whether the living subsidy requires 低保: no seed line says so (000:1941 is about 低保 itself); configured. */
    DISABILITY_LIVING_REQUIRES_LOW_INCOME("DISABILITY_LIVING", Kind.SWITCH, "000:1931", true),
    /** The disability grades the nursing subsidy covers: no seed line names them (000:1904 is a coverage target). */
    DISABILITY_NURSING_GRADES("DISABILITY_NURSING", Kind.LIST, "000:1931", true, "1", "2", "3", "4"),
    /** Whether a 免申即享-style run over certificate holders is done here: 001:1892 is about enterprise policies. */
    DISABILITY_PROACTIVE_RUNS("DISABILITY_LIVING", Kind.SWITCH, "000:1931", true),

    // -- 张店区 headquarters (张政发〔2021〕18号)
    HQ_RANKING_LISTS_SAME_YEAR("ZHANGDIAN_HQ", Kind.CHOICE, "002:156", "EACH", "HIGHEST"),
    HQ_RANKING_ENTITY("ZHANGDIAN_HQ", Kind.CHOICE, "002:156", "ENTERPRISE", "MAIN_INVESTOR"),
    HQ_REVENUE_MILESTONES_SAME_YEAR("ZHANGDIAN_HQ", Kind.CHOICE, "002:156", "EACH", "HIGHEST"),
    HQ_OFFICE_PURCHASE_INSTALMENT_SHARES("ZHANGDIAN_HQ", Kind.SHARES, "002:157"),
    HQ_PAYMENTS_AFTER_EXPIRY("ZHANGDIAN_HQ", Kind.CHOICE, "002:168", "CONTINUE", "STOP"),
    HQ_GOV_PREMISES_RENT_YEARS("ZHANGDIAN_HQ", Kind.COUNT, "002:157"),
    HQ_RENT_BASE("ZHANGDIAN_HQ", Kind.CHOICE, "002:157", "ANNUAL_RENT", "CONTRACT_TOTAL"),
    HQ_TALENT_PERIOD_START("ZHANGDIAN_HQ", Kind.CHOICE, "002:158", "RECOGNITION", "EXECUTIVE_RECOGNITION"),
    HQ_TAX_STANDARD_WITHOUT_THRESHOLD("ZHANGDIAN_HQ", Kind.AMOUNT, "002:165"),
    HQ_ELDERLY_CARE_TAX_MEASURE("ZHANGDIAN_HQ", Kind.CHOICE, "002:161", "CONTRIBUTION", "TOTAL_TAX"),
    HQ_HOME_ADVANCE_CONDITIONS("ZHANGDIAN_HQ", Kind.TEXT, "002:161"),
    HQ_EXECUTIVE_CAP_PERIOD("ZHANGDIAN_HQ", Kind.CHOICE, "002:164", "YEAR", "POLICY_TERM"),
    HQ_ANNUAL_CAP_EXEMPT_RULES("ZHANGDIAN_HQ", Kind.LIST, "002:164", "CAPITAL_INJECTION", "OPERATING_CONTRIBUTION",
            "GROWTH_REVENUE", "GROWTH_RANKING", "OFFICE_PURCHASE_INSTALMENTS", "OFFICE_RENT", "OFFICE_RENT_GOVERNMENT_PREMISES",
            "INDUSTRY_SUPPORT"),
    HQ_ANNUAL_CAP_CARRY_FORWARD("ZHANGDIAN_HQ", Kind.CHOICE, "002:164", "NONE", "CARRY"),
    HQ_NO_DOUBLE_TOP_UP("ZHANGDIAN_HQ", Kind.CHOICE, "002:167", "TOP_UP", "NONE"),
    HQ_STREET_FORWARD_DUE("ZHANGDIAN_HQ", Kind.MONTH_DAY, "002:234"),
    HQ_RECOGNITION_DECISION_DUE("ZHANGDIAN_HQ", Kind.MONTH_DAY, "002:234"),
    HQ_STOP_PART_YEAR("ZHANGDIAN_HQ", Kind.CHOICE, "002:251", "PRO_RATA_DAYS", "YEAR_LOST", "YEAR_KEPT"),
    HQ_CAPITAL_REDUCTION_RECALCULATION("ZHANGDIAN_HQ", Kind.CHOICE, "002:251", "REMAINING_SHARES_OF_NEW", "NEW_LESS_PAID"),
    /** Shared by the HQ notice (002:246) and the farmland notice (000:1745); set per jurisdiction. */
    PUBLIC_NOTICE_FIRST_DAY_COUNTED("ZHANGDIAN_HQ", Kind.SWITCH, "002:246"),

    // -- 兰山区 expropriation (临兰政发〔2022〕1号)
    EXPROPRIATION_RESETTLEMENT_UNIT("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:244", "UNIT", "HOUSEHOLD"),
    EXPROPRIATION_DECORATION_IN_VALUE("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:282", "ADD", "INCLUDED"),
    EXPROPRIATION_BUSINESS_LOSS_FALLBACK_PERIOD("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:258", "PER_MONTH", "TOTAL"),
    EXPROPRIATION_BUSINESS_LOSS_FALLBACK_AREA("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:258", "LAWFUL_BUILDING_AREA", "BUSINESS_AREA"),
    EXPROPRIATION_BUSINESS_LOSS_SHORT_HISTORY("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:258", "FALLBACK", "AVERAGE_AVAILABLE"),
    EXPROPRIATION_BUSINESS_LOSS_NEGATIVE("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:258", "ZERO", "FALLBACK"),
    EXPROPRIATION_ZHUGAIFEI_BUSINESS_LOSS("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:264", "PAY", "NONE"),
    EXPROPRIATION_ZHUGAIFEI_BASE("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:280", "WHOLE_HOUSE", "BUSINESS_PART"),
    EXPROPRIATION_ZHUGAIFEI_PRICE("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:280", "ASSESSED", "AFTER_FLOOR"),
    EXPROPRIATION_COURTYARD_FAR_AREA("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:238", "COMPENSABLE", "ALL_BUILT"),
    EXPROPRIATION_COURTYARD_REBUILD_AREA("LANSHAN_EXPROPRIATION", Kind.RATIO, "001:238"),
    EXPROPRIATION_SWAP_SHORTFALL_BASIS("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:226", "COMPONENT", "TOTAL"),
    EXPROPRIATION_MINIMUM_AREA_EXCESS("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:228", "FREE", "SETTLED"),
    EXPROPRIATION_REMAINDER_CASH_PRICE("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:173", "CASH_COMPENSATION", "NEW_HOUSING_MARKET"),
    EXPROPRIATION_MIDDLE_FLOOR("LANSHAN_EXPROPRIATION", Kind.CHOICE, "001:177", "LOW", "HIGH"),
    EXPROPRIATION_NOTICE_DAYS("LANSHAN_EXPROPRIATION", Kind.COUNT, "001:228"),
    EXPROPRIATION_DAYS_EXTEND_PAST_HOLIDAY("LANSHAN_EXPROPRIATION", Kind.SWITCH, "001:163"),

    // -- 兰山区 政企直通车 (临兰政办字〔2022〕20号)
    DIRECT_DELIVERY_DECOMPOSITION_FROM("LANSHAN_DIRECT_DELIVERY", Kind.CHOICE, "001:1862", "PUBLICATION", "UPLOAD"),
    DIRECT_DELIVERY_SUCCESS_RATE_BASE("LANSHAN_DIRECT_DELIVERY", Kind.CHOICE, "001:1904", "DECIDED", "SUBMITTED"),

    // -- 槐荫区 state capital (槐政办字〔2022〕6号)
    STATE_CAPITAL_LOSS_OFFSET("HUAIYIN_STATE_CAPITAL", Kind.SWITCH, "000:2808"),
    STATE_CAPITAL_PROFIT_YEAR_OFFSET("HUAIYIN_STATE_CAPITAL", Kind.COUNT, "000:2808"),

    // -- 槐荫区 farmland (济槐政字〔2022〕13号)
    FARMLAND_NOTICE_DAYS("HUAIYIN_FARMLAND", Kind.COUNT, "000:1745"),
    FARMLAND_NOTICE_DAY_KIND("HUAIYIN_FARMLAND", Kind.CHOICE, "000:1745", "CALENDAR", "WORKING"),
    FARMLAND_OBJECTION_SCOPE("HUAIYIN_FARMLAND", Kind.CHOICE, "000:1745", "UNIT", "WHOLE_LIST"),
    FARMLAND_DEMONSTRATION_PREFERENCE("HUAIYIN_FARMLAND", Kind.CHOICE, "000:1749", "TIE_BREAK", "AHEAD_OF_SCORE");

    /**
     * AMOUNT: yuan, at most 2 decimals; SWITCH: true/false; CHOICE: one of {@link #choices}; COUNT: a whole number of
     * days or years (0 to 36500); RATIO: a non-negative decimal (m² per m²); MONTH_DAY: {@code MM-DD}; TEXT: the
     * officer's words; SHARES: decimals separated by commas, each above 0, adding up to exactly 1; LIST: values of
     * {@link #choices} separated by commas.
     */
    public enum Kind {
        AMOUNT, SWITCH, CHOICE, COUNT, RATIO, MONTH_DAY, TEXT, SHARES, LIST
    }

    public final String policy;
    public final Kind kind;
    public final String sourceRef;
    public final boolean basisRequired;
    public final List<String> choices;

    ParameterName(String policy, Kind kind, String sourceRef, String... choices) {
        this(policy, kind, sourceRef, false, choices);
    }

    ParameterName(String policy, Kind kind, String sourceRef, boolean basisRequired, String... choices) {
        this.policy = policy;
        this.kind = kind;
        this.sourceRef = sourceRef;
        this.basisRequired = basisRequired;
        this.choices = List.of(choices);
    }

    /** The catalogue key of what the parameter settles. */
    public String settlesKey() {
        return "parameter.settles." + name();
    }
}
