package cn.guihua.subsidy.rules;

/**
 * The values the documents leave to the administration: an authorised officer sets them per jurisdiction and date.
 * Each names the clause that calls for it.
 */
public enum ParameterName {
    /** 困难残疾人生活补贴 monthly amount in yuan; the plan names the subsidy, not its standard (000:1931). */
    DISABILITY_LIVING_MONTHLY(Kind.AMOUNT, "000:1931"),
    /** 重度残疾人护理补贴 monthly amount in yuan (000:1931). */
    DISABILITY_NURSING_MONTHLY(Kind.AMOUNT, "000:1931"),
    /** 槐荫区's switch: nursing subsidy for grade 3-4 intellectual and mental disability (000:1931 积极探索). */
    NURSING_EXTENDED_TO_GRADE_3_4(Kind.SWITCH, "000:1931");

    public enum Kind {
        AMOUNT, SWITCH
    }

    public final Kind kind;
    public final String sourceRef;

    ParameterName(Kind kind, String sourceRef) {
        this.kind = kind;
        this.sourceRef = sourceRef;
    }
}
