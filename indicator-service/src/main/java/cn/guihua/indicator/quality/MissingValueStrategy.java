package cn.guihua.indicator.quality;

/**
 * What a rule does when an operand has no value (as DHIS2 has it): skip the check when any is missing (the default),
 * only when all are missing (the missing ones count as 0), or never (missing counts as 0).
 */
public enum MissingValueStrategy {
    SKIP_IF_ANY_VALUE_MISSING, SKIP_IF_ALL_VALUES_MISSING, NEVER_SKIP
}
