package cn.guihua.indicator.monitoring;

/** Review state of one version of a value: submitted, then approved or rejected; replaced by a correction. */
public enum ValueStatus {
    PENDING, APPROVED, REJECTED, SUPERSEDED
}
