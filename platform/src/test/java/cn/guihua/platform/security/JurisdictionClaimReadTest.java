package cn.guihua.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/** The claim read once per verified token is that token's own, every time it is asked for. */
class JurisdictionClaimReadTest {

    private static DefaultJWTCallerPrincipal token(String jurisdiction) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("someone");
        if (jurisdiction != null) {
            claims.setClaim(JurisdictionClaim.CLAIM, jurisdiction);
        }
        return new DefaultJWTCallerPrincipal("raw", claims);
    }

    @Test
    void eachTokenItsOwnClaim() {
        DefaultJWTCallerPrincipal a = token("370104");
        DefaultJWTCallerPrincipal b = token("371302");
        DefaultJWTCallerPrincipal none = token(null);
        for (int i = 0; i < 2; i++) {
            assertEquals("370104", JurisdictionClaim.read(a));
            assertEquals("371302", JurisdictionClaim.read(b));
            assertNull(JurisdictionClaim.read(none));
        }
    }
}
