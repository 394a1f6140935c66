package cn.guihua.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses (401) a token whose {@code jurisdiction} claim is not a valid GB/T 2260 code, and one without the claim
 * unless its roles are unscoped ({@link Roles#UNSCOPED}). A bad claim never makes a caller unscoped.
 */
@ApplicationScoped
public class JurisdictionClaim implements SecurityIdentityAugmentor {

    public static final String CLAIM = "jurisdiction";
    public static final String REFUSED = "jurisdiction claim: ";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String code = read(jwt);
        if (code == null ? Roles.UNSCOPED.stream().noneMatch(identity::hasRole) : !JurisdictionCodes.isValid(code)) {
            return Uni.createFrom().failure(new AuthenticationFailedException(REFUSED + (code == null ? "missing" : "invalid")));
        }
        return Uni.createFrom().item(identity);
    }

    /** The claim as a string; null when absent. An empty or non-string claim reads as itself and fails validation. */
    static String read(JsonWebToken jwt) {
        Object claim = jwt.getClaim(CLAIM);
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString s ? s.getString() : claim.toString();
    }
}
