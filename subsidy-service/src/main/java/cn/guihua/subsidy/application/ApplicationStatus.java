package cn.guihua.subsidy.application;

public enum ApplicationStatus {
    SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, PAID
}
