package cn.guihua.subsidy.headquarters;

/**
 * The sectors of 认定细则 (三) with revenue and tax thresholds (002:200-228); each is the suffix of its THRESHOLD_ rule.
 * FINANCE: financial headquarters (002:212-215), recognised by their {@link FinanceKind} on licences, branch levels and,
 * where given, a tax figure (THRESHOLD_FINANCE_* rules).
 */
public enum HqSector {
    MODERN_AGRICULTURE, ADVANCED_MANUFACTURING, PRODUCER_SERVICES, CONSUMER_SERVICES, HEALTH, LOGISTICS, CULTURE, REAL_ESTATE, OTHER,
    FINANCE
}
