package cn.guihua.subsidy.security;

/** The roles of the {@code groups} claim (ARCHITECTURE.md section 5). */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String PLANNER = "planner";
    public static final String REPORTER = "reporter";
    public static final String REVIEWER = "reviewer";
    public static final String EMERGENCY_MANAGER = "emergency-manager";
    public static final String SUBSIDY_OFFICER = "subsidy-officer";
    public static final String AUDITOR = "auditor";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
