package org.hotline.console.oversight;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline.console.clients.FollowupApi;
import org.hotline.console.common.Json;

import java.util.List;

/** Callers still dissatisfied after the case was reopened as often as the bureau allows (督办): for a decision. */
@Path("/escalated")
@RolesAllowed({"dispatcher", "auditor"})
@Produces(MediaType.TEXT_HTML)
public class EscalatedPages {
    private final FollowupApi followup;
    private final Json json;
    private final Template escalated;

    public EscalatedPages(@RestClient FollowupApi followup, Json json, @Location("oversight/escalated.html") Template escalated) {
        this.followup = followup;
        this.json = json;
        this.escalated = escalated;
    }

    @GET
    public Uni<TemplateInstance> page() {
        return Json.answer(followup.escalated()).map(r -> escalated
                .data("callbacks", r.getStatus() == 200 ? json.list(r.getEntity()) : List.of()).data("failed", r.getStatus() != 200));
    }
}
