package cn.guihua.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Mints bearer tokens signed with the development key pair ({@code guihua-dev-keys/}).
 * For tests and the local stack only: the key pair is public.
 */
public final class DevTokens {

    public static final String ISSUER = "https://guihua.dev/local";
    public static final String PUBLIC_KEY_RESOURCE = "guihua-dev-keys/publicKey.pem";
    private static final String PRIVATE_KEY_RESOURCE = "guihua-dev-keys/privateKey.pem";

    private static PrivateKey privateKey;

    private DevTokens() {
    }

    /** A token for {@code subject} with the given role, acting in {@code jurisdiction} (a GB/T 2260 code). */
    public static String token(String subject, String role, String jurisdiction) {
        return token(subject, Set.of(role), jurisdiction, Duration.ofHours(12));
    }

    public static String token(String subject, Set<String> roles, String jurisdiction, Duration lifetime) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .claim("jurisdiction", jurisdiction)
                .claim("dept", "dev")
                .expiresIn(lifetime)
                .jws()
                .sign(privateKey());
    }

    /** A token with exactly these claims besides issuer, subject and groups: for tokens a test wants malformed. */
    public static String tokenWithClaims(String subject, Set<String> roles, java.util.Map<String, Object> claims) {
        io.smallrye.jwt.build.JwtClaimsBuilder b = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(roles)
                .expiresIn(Duration.ofHours(1));
        claims.forEach(b::claim);
        return b.jws().sign(privateKey());
    }

    public static String bearer(String role, String jurisdiction) {
        return "Bearer " + token(role + "@" + jurisdiction, role, jurisdiction);
    }

    public static String publicKeyPem() {
        return read(PUBLIC_KEY_RESOURCE);
    }

    private static synchronized PrivateKey privateKey() {
        if (privateKey == null) {
            try {
                privateKey = KeyUtils.decodePrivateKey(read(PRIVATE_KEY_RESOURCE));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the development private key", e);
            }
        }
        return privateKey;
    }

    private static String read(String resource) {
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
