package cn.guihua.subsidy.disability;

/** What eligibility reads from a certificate holder; a flat value so the monthly batch runs without entities. */
public record Facts(String residence, DisabilityCategory category, int grade, boolean lowIncome) {

    public static Facts of(DisabledPerson p) {
        return new Facts(p.residence, p.category, p.grade, p.lowIncome);
    }
}
