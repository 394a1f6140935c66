package cn.guihua.credit.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalculationStatus", description = "CALCULATED; NOT_CONFIGURED (a parameter that decides the result is "
        + "unset: see missingParameters, no score is given); NOT_IN_FORCE (no rules in force on that day); NOT_IN_SCOPE "
        + "(the person is not covered, 002:2434)")
public enum Status { CALCULATED, NOT_CONFIGURED, NOT_IN_FORCE, NOT_IN_SCOPE }
