package cn.guihua.platform.security;

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
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.guihua.testsupport.DevTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An identity provider's token endpoint for the tests: the client-credentials grant with the client authenticated
 * by HTTP Basic (Quarkus' default, client_secret_basic) gives a development token with the role {@code service},
 * for the client id as subject, valid {@link #LIFETIME}. Wrong credentials get 401, as from a real provider.
 */
public class TokenEndpoint implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET = "platform-test-secret";
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Tokens issued so far. */
    public static final AtomicInteger ISSUED = new AtomicInteger();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/realms/guihua/token", this::token);
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc-client.auth-server-url", "http://localhost:" + server.getAddress().getPort() + "/realms/guihua");
        config.put("quarkus.oidc-client.discovery-enabled", "false");
        config.put("quarkus.oidc-client.token-path", "token");
        config.put("quarkus.oidc-client.credentials.secret", SECRET);
        return config;
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
        String[] client = basic == null || !basic.startsWith("Basic ") ? new String[0]
                : new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
        int status;
        String body;
        if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(fields.get("grant_type"))) {
            status = 400;
            body = "{\"error\":\"unsupported_grant_type\"}";
        } else if (client.length != 2 || !SECRET.equals(client[1])) {
            status = 401;
            body = "{\"error\":\"invalid_client\"}";
        } else {
            ISSUED.incrementAndGet();
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

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
