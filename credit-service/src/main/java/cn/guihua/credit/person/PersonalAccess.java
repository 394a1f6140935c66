package cn.guihua.credit.person;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import cn.guihua.credit.access.ReadLog;
import cn.guihua.credit.config.CreditConfig;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.Roles;

/**
 * Who may read a person's record (002:2487): the person (the token's {@code sub} is the ID number, after 实名认证);
 * anyone else needs a reading role (credit-officer of 张店区, auditor, admin), an authorisation (授权（委托）证明) and the
 * agreed purpose (约定的查询用途). Every read of someone else's record, allowed or refused, is logged (002:2490).
 */
@RequestScoped
public class PersonalAccess {

    @Inject
    Caller caller;

    @Inject
    CreditConfig config;

    @Inject
    ReadLog log;

    /** How the read was allowed. */
    public enum Basis { SELF, AUTHORISED }

    public Basis requireRead(String idNumber, String operation, String purpose, String authorisation) {
        if (idNumber.equals(caller.subject())) {
            return Basis.SELF;
        }
        boolean role = caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AUDITOR)
                || caller.hasRole(Roles.CREDIT_OFFICER) && caller.mayAccess(config.jurisdiction());
        if (!role) {
            log.read("Person", idNumber, operation, "NONE", purpose, authorisation, false, "ROLE");
            throw ProblemException.forbidden("credit.person.read-role");
        }
        List<Violation> missing = new ArrayList<>();
        if (authorisation == null || authorisation.isBlank()) {
            missing.add(Violation.of("authorisation", "credit.person.authorisation-required"));
        }
        if (purpose == null || purpose.isBlank()) {
            missing.add(Violation.of("purpose", "credit.person.purpose-required"));
        }
        if (!missing.isEmpty()) {
            log.read("Person", idNumber, operation, "ROLE", purpose, authorisation, false, "MISSING_" + String.join("_AND_",
                    missing.stream().map(v -> v.field().toUpperCase()).toList()));
            throw ProblemException.invalid(missing);
        }
        log.read("Person", idNumber, operation, "ROLE", purpose.strip(), authorisation.strip(), true, null);
        return Basis.AUTHORISED;
    }
}
