package org.hotline.dispatch.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline.dispatch.config.DispatchConfig;
import org.hotline.platform.config.HotlineConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** The catalogue's squads and the realm's squad groups must be the same list (see {@link DispatchConfig.RealmCheck}). */
@ApplicationScoped
public class RealmSquads {
    private static final Logger LOG = Logger.getLogger(RealmSquads.class);

    private final DispatchConfig.RealmCheck check;
    private final Set<String> configured;
    private final String realmUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RealmSquads(DispatchConfig config, HotlineConfig hotline,
                       @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
        this.check = config.realmCheck();
        this.configured = new TreeSet<>(hotline.catalogue().squads());
        this.realmUrl = realmUrl.replaceAll("/+$", "");
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        if (!check.enabled()) {
            return;
        }
        Set<String> inRealm = groupsOfTheRealm();
        String difference = difference(configured, inRealm);
        if (difference != null) {
            throw new IllegalStateException("hotline.catalogue.squads and the realm's squad groups differ: " + difference);
        }
        LOG.infof("squads %s match the realm's squad groups", configured);
    }

    /** What differs between the two lists, or null when they are the same. */
    public static String difference(Set<String> configured, Set<String> inRealm) {
        Set<String> noGroup = new TreeSet<>(configured);
        noGroup.removeAll(inRealm);
        Set<String> noSquad = new TreeSet<>(inRealm);
        noSquad.removeAll(configured);
        if (noGroup.isEmpty() && noSquad.isEmpty()) {
            return null;
        }
        return (noGroup.isEmpty() ? "" : "configured but no group in the realm: " + noGroup)
                + (noGroup.isEmpty() || noSquad.isEmpty() ? "" : "; ")
                + (noSquad.isEmpty() ? "" : "a group in the realm but not configured: " + noSquad);
    }

    /** The {@code squad} attributes of the realm's groups, asked until Keycloak answers or {@code wait-for} has passed. */
    private Set<String> groupsOfTheRealm() throws InterruptedException {
        Instant giveUp = Instant.now().plus(check.waitFor());
        while (true) {
            try {
                return squads(get(realmUrl.replace("/realms/", "/admin/realms/") + "/groups?briefRepresentation=false&max=1000", token()));
            } catch (IOException e) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("cannot read the realm's squad groups from " + realmUrl
                            + " to check hotline.catalogue.squads (" + e.getClass().getSimpleName() + ")");
                }
                Thread.sleep(2000);
            }
        }
    }

    public static Set<String> squads(JsonNode groups) {
        Set<String> squads = new TreeSet<>();
        for (JsonNode group : groups) {
            group.path("attributes").path("squad").forEach(s -> squads.add(s.asText()));
            squads.addAll(squads(group.path("subGroups")));
        }
        return squads;
    }

    private String token() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(check.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(check.clientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the realm refused a token to client " + check.clientId() + " (" + r.statusCode()
                    + "): it cannot check the squads against the realm");
        }
        return new ObjectMapper().readTree(r.body()).path("access_token").asText();
    }

    private JsonNode get(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the realm refused to list its groups to client " + check.clientId()
                    + " (" + r.statusCode() + ")");
        }
        return new ObjectMapper().readTree(r.body());
    }
}
