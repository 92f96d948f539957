package org.hotline.console.common;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where logout lands once Keycloak has ended the session: nothing of the work is shown, only a way back in. */
@Path("/signed-out")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignedOut {
    private final Template signedOut;

    public SignedOut(@Location("common/signedOut.html") Template signedOut) {
        this.signedOut = signedOut;
    }

    @GET
    public TemplateInstance page() {
        return signedOut.instance();
    }
}
