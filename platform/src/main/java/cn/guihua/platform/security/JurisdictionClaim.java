package cn.guihua.platform.security;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
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

    /**
     * What {@link #read} found in each verified token. smallrye-jwt looks a claim's name up among the standard claims
     * first ({@code Claims.valueOf}), so reading a custom one such as this throws and catches an
     * IllegalArgumentException, with the stack trace of the whole reactive chain: twice a request, a fifth of
     * indicator-service's allocation and much of its young-generation churn under the evaluation load (issue 17). A
     * token's principal stays the same object while {@link VerifiedTokens} keeps it, and its claims never change, so
     * the claim is read once per principal. Held weakly, by identity (JWTCallerPrincipal keeps Object's equals); never
     * for anything else, such as the request-scoped JsonWebToken proxy, which stands for a different token each request.
     */
    private static final Map<JWTCallerPrincipal, Optional<String>> READ = Collections.synchronizedMap(new WeakHashMap<>());

    /** The claim as a string; null when absent. An empty or non-string claim reads as itself and fails validation. */
    static String read(JsonWebToken jwt) {
        if (jwt instanceof JWTCallerPrincipal principal) {
            Optional<String> known = READ.get(principal);
            if (known == null) {
                known = Optional.ofNullable(readNow(principal));
                READ.put(principal, known);
            }
            return known.orElse(null);
        }
        return readNow(jwt);
    }

    private static String readNow(JsonWebToken jwt) {
        Object claim = jwt.getClaim(CLAIM);
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString s ? s.getString() : claim.toString();
    }
}
