package org.hotline.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request announcing a body over {@code quarkus.http.limits.max-body-size} is answered 413 with a problem body
 * before any of it is read (the HTTP layer's own 413, for a body without a length, has no body).
 */
@ApplicationScoped
public class BodyLimit {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    void install(@Observes Router router) {
        long max = limit.asLongValue();
        String body = """
                {"type":"about:blank","title":"Request too large","status":413,"detail":"the body is over %d bytes"}"""
                .formatted(max);
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > max) {
                rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(body);
            } else {
                rc.next();
            }
        });
    }
}
