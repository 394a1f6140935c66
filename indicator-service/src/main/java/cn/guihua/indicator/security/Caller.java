package cn.guihua.indicator.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.guihua.indicator.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: subject, roles and the jurisdiction the token grants. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The division code of the {@code jurisdiction} claim; null for anonymous callers. */
    public String jurisdiction() {
        Object claim = jwt.getClaim("jurisdiction");
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    /** Admins, auditors and services are not bound to a jurisdiction. */
    public boolean unscoped() {
        return hasRole(Roles.ADMIN) || hasRole(Roles.AUDITOR) || hasRole(Roles.SERVICE);
    }

    /** Admins and auditors see every jurisdiction; everyone else their own and the ones below it. */
    public boolean mayAccess(String jurisdictionCode) {
        return unscoped() || JurisdictionCodes.within(jurisdictionCode, jurisdiction());
    }

    /** {@link #mayAccess} with the token read once, for checking many rows. */
    public java.util.function.Predicate<String> accessCheck() {
        boolean all = unscoped();
        String own = jurisdiction();
        return code -> all || JurisdictionCodes.within(code, own);
    }

    /** Refuses with 403 unless the caller may act in {@code jurisdictionCode}. */
    public void requireJurisdiction(String jurisdictionCode) {
        if (!mayAccess(jurisdictionCode)) {
            throw ProblemException.forbidden(
                    "令牌的辖区 " + jurisdiction() + " 不包含 " + jurisdictionCode,
                    "Your jurisdiction " + jurisdiction() + " does not include " + jurisdictionCode);
        }
    }
}
