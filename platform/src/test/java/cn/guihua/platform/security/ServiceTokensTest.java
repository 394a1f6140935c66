package cn.guihua.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A service obtains the token it presents to its neighbours from the identity provider, by the client-credentials
 * grant (TokenEndpoint stands for the provider), keeps it while it is valid, and the neighbour accepts it; without
 * a provider the static token is presented.
 */
@QuarkusTest
class ServiceTokensTest {

    @Inject
    ServiceTokens tokens;

    @Test
    void theTokenComesFromTheIdentityProviderOnceAndANeighbourAcceptsIt() {
        assertTrue(tokens.fromIdentityProvider());
        int before = TokenEndpoint.ISSUED.get();
        String first = tokens.token().orElseThrow();
        String second = tokens.token().orElseThrow();
        assertEquals(first, second, "kept while valid");
        assertTrue(TokenEndpoint.ISSUED.get() - before <= 1, "one token request at most");
        assertEquals("Bearer " + first, tokens.authorization().orElseThrow());

        // the neighbour (here the same application) verifies it like any bearer token: issuer, key, role
        given().header("Authorization", tokens.authorization().orElseThrow())
                .when().get("/api/v1/demo/caller")
                .then().statusCode(200)
                .body("subject", equalTo("platform-test"))
                .body("service", equalTo(true));
    }

    @Test
    void withoutAnIdentityProviderTheStaticTokenIsPresentedOrNone() {
        ServiceTokens fixed = new ServiceTokens(Optional.empty(), Optional.of("static-token"), Duration.ofSeconds(1), null);
        assertEquals(Optional.of("Bearer static-token"), fixed.authorization());
        ServiceTokens none = new ServiceTokens(Optional.of(" "), Optional.of(""), Duration.ofSeconds(1), null);
        assertEquals(Optional.empty(), none.authorization());
    }
}
