package cn.guihua.subsidy.directdelivery;

/** Who issued an enterprise policy (001:1858): national and provincial ones are uploaded within 7 working days, city and county ones within 5. 兰山区's own are COUNTY. */
public enum PolicyLevel {
    NATIONAL, PROVINCIAL, CITY, COUNTY
}
