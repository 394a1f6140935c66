package cn.guihua.plan.plan;

/** 草稿, 已发布, 已废止. */
public enum PlanStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
