package cn.guihua.subsidy.application;

/** Who a benefit goes to; PERSON and HOUSEHOLD carry personal data. */
public enum BeneficiaryType {
    PERSON, HOUSEHOLD, ENTERPRISE, STREET, VILLAGE;

    public boolean personal() {
        return this == PERSON || this == HOUSEHOLD;
    }
}
