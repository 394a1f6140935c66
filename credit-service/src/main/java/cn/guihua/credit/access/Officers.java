package cn.guihua.credit.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import cn.guihua.credit.config.CreditConfig;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;

/** The caller as a department of 张店区's credit system: its dept claim and its jurisdiction. */
@RequestScoped
public class Officers {

    @Inject
    Caller caller;

    @Inject
    CreditConfig config;

    /** The recording department: the dept claim, required of anyone who records (谁录入谁负责, 002:785). */
    public String department() {
        String dept = caller.department();
        if (dept == null || dept.isBlank()) {
            throw ProblemException.forbidden("credit.access.no-department");
        }
        return dept.strip();
    }

    /** 403 unless the caller may act in 张店区 (the documents' jurisdiction). */
    public void requireJurisdiction() {
        caller.requireJurisdiction(config.jurisdiction());
    }

    /** Only the department that recorded a record may change it (谁录入谁负责, 002:785). */
    public void requireRecorder(String recordedBy) {
        String dept = department();
        if (!dept.equals(recordedBy)) {
            throw ProblemException.forbidden("credit.access.not-recorder", dept, recordedBy);
        }
    }

    public String jurisdiction() {
        return config.jurisdiction();
    }

    public Caller caller() {
        return caller;
    }
}
