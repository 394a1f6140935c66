package cn.guihua.indicator.quality;

/**
 * How a value is judged against its series' history: the z-score over the other values (mean and standard
 * deviation), the modified z-score (median and median absolute deviation, robust to the outliers themselves), or
 * min-max bounds that a planner set or that the history gives (Tukey's fences).
 */
public enum OutlierMethod {
    Z_SCORE, MODIFIED_Z_SCORE, MIN_MAX
}
