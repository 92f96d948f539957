package org.hotline.platform.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/** Access tokens from the real Keycloak (realm hotline, demo users, password "demo"). */
public final class Tokens {
    public static final String KEYCLOAK = System.getProperty("keycloak.url", "http://127.0.0.1:8180");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A bearer token of the demo user {@code username} (operator1, sup.east, sup.west, dispatcher1, auditor1...). */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, user -> given().baseUri(KEYCLOAK)
                .formParam("client_id", "hotline-console")
                .formParam("grant_type", "password")
                .formParam("username", user)
                .formParam("password", "demo")
                .post("/realms/hotline/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    public static String bearer(String username) {
        return "Bearer " + of(username);
    }
}
