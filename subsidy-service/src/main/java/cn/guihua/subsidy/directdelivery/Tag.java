package cn.guihua.subsidy.directdelivery;

/**
 * The dimensions of an enterprise's portrait (001:1872: 规模、经营范围、所属行业、企业营收、纳税额度、资质资格、所获荣誉) and
 * where it is registered (JURISDICTION, the 享受主体 condition of district policies).
 */
public enum Tag {
    JURISDICTION, SCALE, BUSINESS_SCOPE, INDUSTRY, REVENUE, TAX_PAID, QUALIFICATIONS, HONOURS
}
