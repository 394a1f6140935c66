package cn.guihua.subsidy.disability;

/** The two subsidies; each name is its policy code. */
public enum DisabilitySubsidy {
    DISABILITY_LIVING, DISABILITY_NURSING
}
