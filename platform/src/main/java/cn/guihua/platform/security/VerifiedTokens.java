package cn.guihua.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * smallrye-jwt's verification of bearer tokens, remembered for the token's life: a client sends the same token with
 * every request until it expires, and checking its RS256 signature again each time was most of the CPU of an
 * authenticated read (42 % of indicator-service's samples under the evaluation load, issue 17).
 * <p>
 * A token is taken from here only if it is the same string, was verified with the same settings, and has not
 * expired; and for {@link #REVERIFY_AFTER_SECONDS} at most, after which it is verified again, so every time-based rule
 * of the verification still applies within minutes. A token that fails verification is never remembered. At most
 * {@link #MAX_TOKENS} tokens are kept (the least recently used goes first): a few MB.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    static final int MAX_TOKENS = 1000;
    static final long REVERIFY_AFTER_SECONDS = 300;

    private record Verified(JWTCallerPrincipal principal, JWTAuthContextInfo context, long until) {
    }

    private final JWTCallerPrincipalFactory verifier;
    private final LongSupplier clock;
    private final Map<String, Verified> tokens = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > MAX_TOKENS;
        }
    };

    public VerifiedTokens() {
        this(new DefaultJWTCallerPrincipalFactory(), () -> System.currentTimeMillis() / 1000);
    }

    VerifiedTokens(JWTCallerPrincipalFactory verifier, LongSupplier epochSeconds) {
        this.verifier = verifier;
        this.clock = epochSeconds;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        long now = clock.getAsLong();
        Verified v;
        synchronized (tokens) {
            v = tokens.get(token);
        }
        if (v != null && v.context() == context && now < v.until()) {
            return v.principal();
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        long exp = principal.getExpirationTime();
        if (exp > now) {
            synchronized (tokens) {
                tokens.put(token, new Verified(principal, context, Math.min(exp, now + REVERIFY_AFTER_SECONDS)));
            }
        }
        return principal;
    }

    int size() {
        synchronized (tokens) {
            return tokens.size();
        }
    }
}
