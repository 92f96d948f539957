package org.hotline.console.common;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Where a login lands: the menu of the user's own roles. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HomePage {
    private final Template home;
    private final SecurityIdentity identity;
    private final JsonWebToken idToken;

    public HomePage(@Location("common/home.html") Template home, SecurityIdentity identity, JsonWebToken idToken) {
        this.home = home;
        this.identity = identity;
        this.idToken = idToken;
    }

    @GET
    public TemplateInstance home() {
        boolean operator = identity.hasRole("operator");
        boolean supervisor = identity.hasRole("supervisor");
        boolean dispatcher = identity.hasRole("dispatcher");
        boolean overseer = dispatcher || identity.hasRole("auditor"); // the board, held entries, escalations, assessment
        return home.data("name", displayName()).data("operator", operator).data("supervisor", supervisor)
                .data("dispatcher", dispatcher).data("overseer", overseer).data("none", !operator && !supervisor && !overseer);
    }

    private String displayName() {
        String name = idToken.getClaim("name");
        return name != null ? name : identity.getPrincipal().getName();
    }
}
