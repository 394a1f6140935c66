package cn.guihua.subsidy.application;

/** APPLIED by the beneficiary, opened PROACTIVE by a 免申即享 run, or created by a farmland RANKING. */
public enum Origin {
    APPLIED, PROACTIVE, RANKING
}
