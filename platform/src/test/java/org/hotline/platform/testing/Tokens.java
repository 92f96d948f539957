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

    /** A token of the metrics scrapers' client (client credentials, role monitoring). */
    public static String monitoring() {
        return "Bearer " + CACHE.computeIfAbsent("@monitoring", k -> given().baseUri(KEYCLOAK)
                .formParam("client_id", "hotline-monitoring")
                .formParam("client_secret", "hotline-monitoring-secret")
                .formParam("grant_type", "client_credentials")
                .post("/realms/hotline/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A fresh token of {@code username} from the client whose tokens expire after one second. */
    public static String shortLived(String username) {
        return given().baseUri(KEYCLOAK)
                .formParam("client_id", "hotline-short-lived")
                .formParam("grant_type", "password")
                .formParam("username", username)
                .formParam("password", "demo")
                .post("/realms/hotline/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A valid token of another realm: the master realm's admin (deploy/local's Keycloak admin). */
    public static String otherRealm() {
        return CACHE.computeIfAbsent("@master", k -> given().baseUri(KEYCLOAK)
                .formParam("client_id", "admin-cli")
                .formParam("grant_type", "password")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }
}
