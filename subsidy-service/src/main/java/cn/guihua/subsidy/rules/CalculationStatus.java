package cn.guihua.subsidy.rules;

/** CALCULATED: an amount; NOT_ELIGIBLE: a rule excludes it; NOT_CONFIGURED: the standard it needs has not been set. */
public enum CalculationStatus {
    CALCULATED, NOT_ELIGIBLE, NOT_CONFIGURED
}
