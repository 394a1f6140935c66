package cn.guihua.subsidy.directdelivery;

/** 申领成功率、规模兑付率、金额兑付率、异议处理率 (001:1904). */
public enum Metric {
    APPLICATION_SUCCESS_RATE, COUNT_PAYOUT_RATE, AMOUNT_PAYOUT_RATE, OBJECTION_HANDLING_RATE
}
