package org.hotline.console.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The services' JSON as templates read it (maps and lists), and a service's problem body as field messages. */
@ApplicationScoped
public class Json {
    private final ObjectMapper mapper;
    private final Msg msg;

    public Json(ObjectMapper mapper, Msg msg) {
        this.mapper = mapper;
        this.msg = msg;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(JsonNode node) {
        return node == null || node.isNull() ? Map.of() : mapper.convertValue(node, Map.class);
    }

    public List<Map<String, Object>> list(JsonNode array) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> items.add(map(n)));
        }
        return items;
    }

    /** A value as JSON text (for a page's {@code data-} attribute, which the template escapes). */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public com.fasterxml.jackson.databind.node.ObjectNode object() {
        return mapper.createObjectNode();
    }

    /**
     * A service's answer, whatever its status: a 4xx or 5xx is something to show the user (its problem body names
     * the field), not an exception; a service that does not answer at all is a 503 without a body.
     */
    public static io.smallrye.mutiny.Uni<org.jboss.resteasy.reactive.RestResponse<JsonNode>> answer(
            io.smallrye.mutiny.Uni<org.jboss.resteasy.reactive.RestResponse<JsonNode>> call) {
        return call.onFailure(jakarta.ws.rs.WebApplicationException.class).recoverWithItem(e -> {
            jakarta.ws.rs.core.Response r = ((jakarta.ws.rs.WebApplicationException) e).getResponse();
            JsonNode body = null;
            try {
                body = r.readEntity(JsonNode.class);
            } catch (RuntimeException unreadable) {
                // no body to show: the status says it
            }
            return org.jboss.resteasy.reactive.RestResponse.ResponseBuilder.<JsonNode>create(r.getStatus()).entity(body).build();
        }).onFailure(jakarta.ws.rs.ProcessingException.class).recoverWithItem(e -> {
            // the service is down or unreachable: the page says so (503), it does not fail
            org.jboss.logging.Logger.getLogger(Json.class).warnf("a service did not answer: %s", e.getMessage());
            return org.jboss.resteasy.reactive.RestResponse.ResponseBuilder.<JsonNode>create(503).build();
        });
    }

    /** What a form field holds, stripped; null when it is empty (the service then names a required field). */
    public static String text(String field) {
        return field == null || field.isBlank() ? null : field.strip();
    }

    /** A problem body's errors by field ({@code caller.phone} → message), and its detail under "" when no field is named. */
    public Map<String, String> errors(JsonNode problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem == null || problem.isNull() || problem.isMissingNode()) {
            errors.put("", msg.unavailable()); // no problem body: the service did not answer
            return errors;
        }
        problem.path("errors").forEach(e -> errors.put(e.path("field").asText(), e.path("message").asText()));
        if (errors.isEmpty()) {
            errors.put("", problem.path("detail").asText(problem.path("title").asText("")));
        }
        return errors;
    }
}
