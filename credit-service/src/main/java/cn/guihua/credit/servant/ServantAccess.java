package cn.guihua.credit.servant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import cn.guihua.credit.access.ReadLog;
import cn.guihua.credit.config.CreditConfig;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.platform.security.Roles;

/**
 * The readers 88号 gives the file to (public-servant.json readers): the 区社会信用中心 (credit-officer of 张店区), the
 * servant's own unit (a caller whose dept claim is the unit, 002:1492), auditors and admins, and the servant (sub is
 * the ID number). Anyone else is refused (严格保护公职人员的隐私和信息安全, 002:1475). Every read is logged.
 */
@RequestScoped
public class ServantAccess {

    @Inject
    Caller caller;

    @Inject
    CreditConfig config;

    @Inject
    ReadLog log;

    public String requireRead(PublicServant s, String operation, String purpose) {
        String basis;
        if (s.idNumber.equals(caller.subject())) {
            basis = "SELF";
        } else if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AUDITOR)) {
            basis = caller.hasRole(Roles.ADMIN) ? "ADMIN" : "AUDITOR";
        } else if (caller.hasRole(Roles.CREDIT_OFFICER) && caller.mayAccess(s.jurisdiction)) {
            basis = "CREDIT_CENTRE";
        } else if (s.unit.equals(caller.department()) && caller.mayAccess(s.jurisdiction)) {
            basis = "EMPLOYER";
        } else {
            log.read("PublicServant", s.idNumber, operation, "NONE", purpose, null, false, "NOT_A_READER");
            throw ProblemException.forbidden("credit.servant.read-refused");
        }
        if (!"SELF".equals(basis)) {
            log.read("PublicServant", s.idNumber, operation, basis, purpose, null, true, null);
        }
        return basis;
    }
}
