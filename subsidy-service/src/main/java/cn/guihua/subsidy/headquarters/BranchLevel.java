package cn.guihua.subsidy.headquarters;

/** The level of a financial branch (分行、分公司); 002:214-215 require 市级以上（含市级）. */
public enum BranchLevel {
    NATIONAL, PROVINCIAL, CITY, COUNTY;

    public boolean cityOrAbove() {
        return this != COUNTY;
    }
}
