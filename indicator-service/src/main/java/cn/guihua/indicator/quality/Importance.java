package cn.guihua.indicator.quality;

/** What a violated rule does to a submission: ERROR refuses the value (or the row), WARNING stores it flagged. */
public enum Importance {
    ERROR, WARNING
}
