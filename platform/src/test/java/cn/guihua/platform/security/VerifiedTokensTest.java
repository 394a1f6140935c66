package cn.guihua.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/** A token is verified once for its life, never past its expiry or the re-verification interval, never when it failed. */
class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger verifications = new AtomicInteger();
    private final JWTAuthContextInfo context = new JWTAuthContextInfo();

    /** Verifies "ok-<exp>" tokens (valid until exp), refuses any other. */
    private final JWTCallerPrincipalFactory verifier = new JWTCallerPrincipalFactory() {
        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
            verifications.incrementAndGet();
            if (!token.startsWith("ok-")) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject("someone");
            claims.setExpirationTime(NumericDate.fromSeconds(Long.parseLong(token.substring(3))));
            return new DefaultJWTCallerPrincipal(token, claims);
        }
    };

    private final VerifiedTokens tokens = new VerifiedTokens(verifier, now::get);

    @Test
    void theSameTokenIsVerifiedOnceUntilItExpires() throws Exception {
        String token = "ok-" + (now.get() + 120);
        JWTCallerPrincipal first = tokens.parse(token, context);
        assertSame(first, tokens.parse(token, context));
        now.addAndGet(119);
        assertSame(first, tokens.parse(token, context));
        assertEquals(1, verifications.get());
        now.addAndGet(1);
        tokens.parse(token, context); // at its expiry it goes to the verifier again, which decides (clock skew and all)
        assertEquals(2, verifications.get());
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheInterval() throws Exception {
        String token = "ok-" + (now.get() + 86_400);
        tokens.parse(token, context);
        now.addAndGet(VerifiedTokens.REVERIFY_AFTER_SECONDS - 1);
        tokens.parse(token, context);
        assertEquals(1, verifications.get());
        now.addAndGet(1);
        tokens.parse(token, context);
        assertEquals(2, verifications.get());
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        assertThrows(ParseException.class, () -> tokens.parse("forged", context));
        assertThrows(ParseException.class, () -> tokens.parse("forged", context));
        assertEquals(2, verifications.get());
        assertEquals(0, tokens.size());
    }

    @Test
    void otherSettingsVerifyAgain() throws Exception {
        String token = "ok-" + (now.get() + 120);
        tokens.parse(token, context);
        tokens.parse(token, new JWTAuthContextInfo());
        assertEquals(2, verifications.get());
    }

    @Test
    void atMostSoManyTokensAreKept() throws Exception {
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS + 10; i++) {
            tokens.parse("ok-" + (now.get() + 1000 + i), context);
        }
        assertEquals(VerifiedTokens.MAX_TOKENS, tokens.size());
    }
}
