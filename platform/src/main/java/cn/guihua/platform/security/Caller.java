package cn.guihua.platform.security;

import java.util.function.Predicate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.guihua.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: subject, roles, department and the jurisdiction the token grants ({@link JurisdictionClaim}). */
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

    /** The {@code dept} claim: the caller's department; null when absent. */
    public String department() {
        Object dept = identity.isAnonymous() ? null : jwt.getClaim("dept");
        return dept instanceof jakarta.json.JsonString s ? s.getString() : dept == null ? null : dept.toString();
    }

    /** The division code of the {@code jurisdiction} claim; null for anonymous callers and unscoped ones without it. */
    public String jurisdiction() {
        if (identity.isAnonymous()) {
            return null;
        }
        // the verified token itself rather than the request-scoped proxy, so that its claim is read once (JurisdictionClaim)
        return JurisdictionClaim.read(identity.getPrincipal() instanceof JsonWebToken token ? token : jwt);
    }

    /** Admins, auditors and services act in every jurisdiction. */
    public boolean unscoped() {
        return Roles.UNSCOPED.stream().anyMatch(identity::hasRole);
    }

    /** Unscoped callers may access every jurisdiction; everyone else their own and the ones below it. */
    public boolean mayAccess(String jurisdictionCode) {
        return unscoped() || JurisdictionCodes.within(jurisdictionCode, jurisdiction());
    }

    /** {@link #mayAccess} with the token read once, for checking many rows. */
    public Predicate<String> accessCheck() {
        boolean all = unscoped();
        String own = jurisdiction();
        return code -> all || JurisdictionCodes.within(code, own);
    }

    /** Refuses with 403 unless the caller may act in {@code jurisdictionCode}. */
    public void requireJurisdiction(String jurisdictionCode) {
        if (!mayAccess(jurisdictionCode)) {
            throw ProblemException.forbidden("problem.detail.outside-jurisdiction", jurisdiction(), jurisdictionCode);
        }
    }

    /**
     * The jurisdiction a list is limited to: the one asked for (403 when the caller may not see it), else the caller's
     * own; null (no limit) for unscoped callers who asked for none.
     */
    public String scope(String asked) {
        if (asked != null) {
            requireJurisdiction(asked);
            return asked;
        }
        return unscoped() ? null : jurisdiction();
    }
}
