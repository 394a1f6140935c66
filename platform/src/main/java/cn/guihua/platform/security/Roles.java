package cn.guihua.platform.security;

import java.util.Set;

/** The roles of the {@code groups} claim (docs/api-guide.md, "Authentication and tokens"). */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String PLANNER = "planner";
    public static final String REPORTER = "reporter";
    public static final String REVIEWER = "reviewer";
    public static final String EMERGENCY_MANAGER = "emergency-manager";
    public static final String SUBSIDY_OFFICER = "subsidy-officer";
    public static final String CREDIT_OFFICER = "credit-officer";
    public static final String AUDITOR = "auditor";
    public static final String SERVICE = "service";

    /** The roles that are not bound to a jurisdiction: they act and read everywhere. */
    public static final Set<String> UNSCOPED = Set.of(ADMIN, AUDITOR, SERVICE);

    private Roles() {
    }
}
