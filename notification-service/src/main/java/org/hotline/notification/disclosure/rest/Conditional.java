package org.hotline.notification.disclosure.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hotline.platform.text.Sha256;

/**
 * Conditional GETs for the public side, so that a CDN in front serves most reads: each answer carries a weak ETag
 * and {@code Cache-Control}; {@code If-None-Match} is compared the weak way (RFC 9110 §13.1.2: {@code W/"x"} matches
 * {@code "x"}), and a match is a 304 without a body.
 */
public final class Conditional {
    private Conditional() {
    }

    /** The body as it would be sent, or a 304 when the client holds it already. */
    public static Response respond(HttpHeaders headers, String body, String type, int maxAgeSeconds) {
        return respond(headers, "W/\"" + Sha256.hex(body).substring(0, 32) + "\"", maxAgeSeconds, () -> body, type);
    }

    /** An entity written as JSON by the application's own ObjectMapper, as {@link #respond(HttpHeaders, String, String, int)}. */
    public static Response json(HttpHeaders headers, com.fasterxml.jackson.databind.ObjectMapper json, Object entity, String type,
                                int maxAgeSeconds) {
        try {
            return respond(headers, entity instanceof String text ? text : json.writeValueAsString(entity), type, maxAgeSeconds);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + entity.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** With a tag known without the body (an immutable page of the feed): the body is made only when it is sent. */
    public static Response respond(HttpHeaders headers, String etag, int maxAgeSeconds, java.util.function.Supplier<Object> body,
                                   String type) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAgeSeconds);
        if (matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).cacheControl(cache).build();
        }
        return Response.ok(body.get(), type).header(HttpHeaders.ETAG, etag).cacheControl(cache).build();
    }

    /** Weak comparison of an If-None-Match list with a tag. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String mine = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(mine)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
