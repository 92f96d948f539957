package org.hotline.console.common;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A page of another role: a 403 page that says so, with the way home — never a stack trace. */
public class Forbidden {
    private final Template forbidden;

    public Forbidden(@Location("common/forbidden.html") Template forbidden) {
        this.forbidden = forbidden;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(forbidden.render()).build();
    }
}
