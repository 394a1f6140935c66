package cn.guihua.plan.plan;

/** 规划种类; the lower-case name with '-' for '_' is the middle part of a plan code. */
public enum PlanKind {
    WOMEN, CHILDREN, DISABILITY, WORK_SAFETY, POLLUTION_CONTROL, INTELLECTUAL_PROPERTY, CHILDCARE, GOVERNMENT_SERVICES, OTHER;

    public String codePart() {
        return name().toLowerCase().replace('_', '-');
    }
}
