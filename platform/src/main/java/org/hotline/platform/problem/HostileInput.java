package org.hotline.platform.problem;

import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.hotline.platform.validation.PlainText;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Every text a client sends is hostile until checked, before any resource or database sees it: a body that is not
 * well-formed UTF-8 (an overlong {@code C0 AF} that a lenient decoder would read as "/", an encoded surrogate, a
 * truncated sequence) and a query or path parameter that is not plain text (NUL and other control characters,
 * which PostgreSQL refuses with an error, or percent-encoded bytes that are not UTF-8) are a 400 naming the body or
 * the parameter. Fields of a body are checked one by one with {@link PlainText}.
 */
public class HostileInput {
    private static final String NOT_PLAIN = "must be plain text in UTF-8 (no control characters)";

    /** A body is read only once it is known to be well-formed UTF-8 (bodies are small: {@link BodyLimit}). */
    @Provider
    public static class Utf8Body implements ReaderInterceptor {
        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            byte[] body = context.getInputStream().readAllBytes();
            if (!utf8(body)) {
                throw ProblemException.invalid("body", "is not well-formed UTF-8");
            }
            context.setInputStream(new ByteArrayInputStream(body));
            return context.proceed();
        }
    }

    /** Query and path parameters, as sent (percent-encoded) and as read. */
    @ServerRequestFilter
    public void parameters(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decoded(eq < 0 ? pair : pair.substring(0, eq));
                if (name == null || (eq >= 0 && !plain(decoded(pair.substring(eq + 1))))) {
                    throw ProblemException.invalid(name == null || !plain(name) ? "query" : name, NOT_PLAIN);
                }
            }
        }
        String path = uri.getRequestUri().getRawPath();
        for (String segment : path == null ? new String[0] : path.split("/")) {
            if (!plain(decoded(segment))) {
                throw ProblemException.invalid("path", NOT_PLAIN);
            }
        }
    }

    /**
     * Headers a client must get right: a body without {@code Content-Type} is a 415 (it would otherwise be read as
     * whatever the server guesses), and an {@code Idempotency-Key} that is sent must hold something.
     */
    @ServerRequestFilter
    public void headers(io.vertx.core.http.HttpServerRequest request) {
        String method = request.method().name();
        boolean hasBody = (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))
                && (request.getHeader("Transfer-Encoding") != null
                || (request.getHeader("Content-Length") != null && !request.getHeader("Content-Length").equals("0")));
        String type = request.getHeader("Content-Type");
        if (hasBody && (type == null || type.isBlank())) {
            throw new ProblemException(415, "Unsupported media type",
                    "the body has no Content-Type; send application/json");
        }
        String key = request.getHeader("Idempotency-Key");
        if (key != null && (key.isBlank() || !plain(key))) {
            throw ProblemException.invalid("Idempotency-Key", "must be a non-empty key such as a UUID");
        }
    }

    private static boolean plain(String text) {
        return text != null && PlainText.Validator.plain(text, false);
    }

    /** Percent-decoded ({@code +} is a space) and strictly read as UTF-8; null when the bytes are not UTF-8. */
    static String decoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                int hi = Character.digit(raw.charAt(i + 1), 16), lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '%') {
                return null;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        byte[] all = bytes.toByteArray();
        return utf8(all) ? new String(all, StandardCharsets.UTF_8) : null;
    }

    static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
