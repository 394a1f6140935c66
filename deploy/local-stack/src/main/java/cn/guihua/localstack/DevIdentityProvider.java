package cn.guihua.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.guihua.testsupport.DevTokens;

/**
 * The local stack's identity provider, as far as the services need one: the token endpoint of the
 * client-credentials grant ({@code POST <url>/token}, client authenticated by HTTP Basic, Quarkus'
 * client_secret_basic). A service (client id: its module name, secret {@link #secret}) gets a development token
 * with the role {@code service} and jurisdiction 370000, signed with the development key the services verify,
 * valid {@link #LIFETIME}; wrong credentials get 401. The platform's ServiceTokens uses it through
 * {@code quarkus-oidc-client}, as it would Keycloak or the government's identity provider.
 */
final class DevIdentityProvider implements AutoCloseable {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String REALM = "/realms/guihua";

    private final HttpServer server;

    private DevIdentityProvider(HttpServer server) {
        this.server = server;
    }

    static DevIdentityProvider start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        DevIdentityProvider idp = new DevIdentityProvider(server);
        server.createContext(REALM + "/token", idp::token);
        server.start();
        return idp;
    }

    /** The provider's URL, {@code quarkus.oidc-client.auth-server-url}. */
    String url() {
        return "http://localhost:" + server.getAddress().getPort() + REALM;
    }

    /** The client secret of a service: fixed, development only. */
    static String secret(Service s) {
        return s.module + "-local-secret";
    }

    /** The variables that make a service take its tokens from here. */
    Map<String, String> environment(Service s) {
        return Map.of("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", url(),
                "QUARKUS_OIDC_CLIENT_DISCOVERY_ENABLED", "false",
                "QUARKUS_OIDC_CLIENT_TOKEN_PATH", "token",
                "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", secret(s));
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        String[] client;
        try {
            client = basic == null || !basic.startsWith("Basic ") ? new String[0]
                    : new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8).split(":", 2);
        } catch (IllegalArgumentException e) {
            client = new String[0];
        }
        int status;
        String body;
        if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(fields.get("grant_type"))) {
            status = 400;
            body = "{\"error\":\"unsupported_grant_type\"}";
        } else if (client.length != 2 || !known(client[0], client[1])) {
            status = 401;
            body = "{\"error\":\"invalid_client\"}";
        } else {
            status = 200;
            body = "{\"access_token\":\"" + DevTokens.token(client[0], Set.of("service"), "370000", LIFETIME)
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":" + LIFETIME.toSeconds() + "}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static boolean known(String clientId, String secret) {
        for (Service s : Service.values()) {
            if (s.module.equals(clientId) && secret(s).equals(secret)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
