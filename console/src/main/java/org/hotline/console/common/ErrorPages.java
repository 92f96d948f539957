package org.hotline.console.common;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * What a user sees when a page cannot be shown, in the bureau's words and never a stack trace: another role's page
 * (403), a page that does not exist (404), and anything unforeseen (500, with a reference to quote to support; the
 * log line names the failure, never what the user typed). Security's own exceptions (login redirects, expired
 * sessions) and the services' answers keep their own handling: a closer mapper wins.
 */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private final Template forbidden;
    private final Template notFound;
    private final Template failed;

    public ErrorPages(@Location("common/forbidden.html") Template forbidden, @Location("common/notFound.html") Template notFound,
                      @Location("common/failed.html") Template failed) {
        this.forbidden = forbidden;
        this.notFound = notFound;
        this.failed = failed;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, forbidden.render());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, notFound.render());
    }

    @ServerExceptionMapper
    public Response failed(IllegalStateException e) {
        return unforeseen(e);
    }

    @ServerExceptionMapper
    public Response failed(NullPointerException e) {
        return unforeseen(e);
    }

    @ServerExceptionMapper
    public Response failed(IllegalArgumentException e) {
        return unforeseen(e);
    }

    @ServerExceptionMapper
    public Response failed(io.quarkus.qute.TemplateException e) {
        return unforeseen(e);
    }

    private Response unforeseen(RuntimeException e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "page failed, reference %s: %s", reference, e.getClass().getName());
        return page(500, failed.data("reference", reference).render());
    }

    private static Response page(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .entity(html).build();
    }
}
