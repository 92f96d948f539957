package org.hotline.console.common;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline.console.clients.IntakeApi;

import java.util.Map;

/**
 * The bureau's catalogue (channels, categories code → name, districts, priorities) from intake-service, asked for
 * with the user's own token. It is configuration, the same for every user: the first good answer is kept.
 */
@ApplicationScoped
public class Catalogue {
    private final IntakeApi intake;
    private final Json json;
    private volatile Map<String, Object> known;

    public Catalogue(@RestClient IntakeApi intake, Json json) {
        this.intake = intake;
        this.json = json;
    }

    public Uni<Map<String, Object>> get() {
        Map<String, Object> kept = known;
        if (kept != null) {
            return Uni.createFrom().item(kept);
        }
        return Json.answer(intake.catalogue()).map(r -> {
            if (r.getStatus() != 200) {
                return Map.<String, Object>of();
            }
            known = json.map(r.getEntity());
            return known;
        });
    }

    /** Category code → the bureau's name for it. */
    public Uni<Object> categories() {
        return get().map(c -> c.getOrDefault("categories", Map.of()));
    }
}
