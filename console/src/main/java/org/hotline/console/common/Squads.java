package org.hotline.console.common;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline.console.clients.DispatchApi;


import java.util.List;
import java.util.TreeSet;

/** The squads of dispatch's routing table (and the discipline office's), for the lists a dispatcher picks from. */
@ApplicationScoped
public class Squads {
    private final DispatchApi dispatch;

    public Squads(@RestClient DispatchApi dispatch) {
        this.dispatch = dispatch;
    }

    public Uni<List<String>> known() {
        return Json.answer(dispatch.routingRules()).map(r -> r.getStatus() == 200 ? of(r.getEntity()) : List.of());
    }

    /** The squads named in a routing table as dispatch answers it. */
    public static List<String> of(com.fasterxml.jackson.databind.JsonNode rules) {
        TreeSet<String> squads = new TreeSet<>();
        rules.forEach(rule -> squads.add(rule.path("squad").asText()));
        return List.copyOf(squads);
    }
}
