package cn.guihua.platform.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * The bearer token a service presents when it calls a neighbour. With an identity provider configured
 * ({@code quarkus.oidc-client.auth-server-url}, {@code QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL}), it is an access token
 * the service obtains for itself with the client-credentials grant (client id: the application name; secret:
 * {@code QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET}), kept until shortly before it expires
 * ({@code quarkus.oidc-client.refresh-token-time-skew}) and then obtained anew. Without one, it is the static
 * token {@code guihua.service-token} ({@code GUIHUA_SERVICE_TOKEN}), or none.
 * <p>
 * Blocking: call it from a worker thread (a blocking endpoint, a scheduled job), never from the event loop. When the
 * identity provider does not answer, {@link #authorization()} throws, as the neighbour's own unavailability would.
 */
@ApplicationScoped
public class ServiceTokens {

    private final Optional<String> identityProvider;
    private final Optional<String> staticToken;
    private final Duration timeout;
    private final Instance<OidcClient> client;
    private Tokens tokens;

    @Inject
    public ServiceTokens(@ConfigProperty(name = "quarkus.oidc-client.auth-server-url") Optional<String> identityProvider,
            @ConfigProperty(name = "guihua.service-token") Optional<String> staticToken,
            @ConfigProperty(name = "guihua.service-token.timeout", defaultValue = "10s") Duration timeout,
            Instance<OidcClient> client) {
        this.identityProvider = identityProvider.filter(s -> !s.isBlank());
        this.staticToken = staticToken.filter(s -> !s.isBlank());
        this.timeout = timeout;
        this.client = client;
    }

    /** Whether the tokens come from the identity provider (client credentials) rather than from configuration. */
    public boolean fromIdentityProvider() {
        return identityProvider.isPresent();
    }

    /** {@code Bearer <token>} for the {@code Authorization} header, or empty when the service has no token. */
    public Optional<String> authorization() {
        return token().map(t -> "Bearer " + t);
    }

    /** The token itself, or empty when the service has none. */
    public Optional<String> token() {
        if (identityProvider.isEmpty()) {
            return staticToken;
        }
        return Optional.of(current().getAccessToken());
    }

    private synchronized Tokens current() {
        Tokens t = tokens;
        if (t == null || t.isAccessTokenExpired() || t.isAccessTokenWithinRefreshInterval()) {
            OidcClient c = client.get();
            boolean refresh = t != null && t.getRefreshToken() != null && !t.isRefreshTokenExpired();
            t = (refresh ? c.refreshTokens(t.getRefreshToken()) : c.getTokens()).await().atMost(timeout);
            tokens = t;
        }
        return t;
    }
}
