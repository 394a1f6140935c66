package cn.guihua.subsidy.reserve;

/** "储备一批、辅导一批、申报一批、上市一批" (000:2394). */
public enum ReserveStage {
    RESERVE, TUTORING, FILING, LISTED
}
