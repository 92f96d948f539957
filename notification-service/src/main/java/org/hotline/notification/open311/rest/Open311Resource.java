package org.hotline.notification.open311.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hotline.notification.disclosure.rest.Conditional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.notification.disclosure.mapping.DisclosureMapper;
import org.hotline.notification.open311.service.Open311Service;
import org.hotline.platform.text.Xml;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open311 GeoReport v2, read side, so that civic clients (FixMyStreet, SeeClickFix…) read the bureau's cases
 * unchanged: services, service definitions, requests with their filters and defaults (90 days, 1,000 requests),
 * one request. XML (required by the standard) and JSON. Errors as the standard's list of {code, description}.
 * Public facts only: no caller, no house number, coordinates rounded to the street; staff-conduct cases are not
 * listed. A discovery document tells clients where and in which formats; an unknown format is a 404.
 */
@Path("/open311/v2")
@PermitAll
@Tag(name = "Open311", description = "GeoReport v2 read side for civic clients")
public class Open311Resource {
    private static final int MAX_REQUESTS = 1000;
    /** At most this many ids in one service_request_id list (a longer one is a 400, not a long query). */
    private static final int MAX_IDS = 100;
    private static final Duration DEFAULT_SPAN = Duration.ofDays(90);

    private final Open311Service open311;
    private final DisclosureMapper mapper;
    private final Clock clock;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public Open311Resource(Open311Service open311, DisclosureMapper mapper, Clock clock,
                           com.fasterxml.jackson.databind.ObjectMapper json) {
        this.open311 = open311;
        this.mapper = mapper;
        this.clock = clock;
        this.json = json;
    }

    @GET
    @Path("/discovery.{format}")
    @Operation(summary = "GET Service Discovery", description = "Where the endpoint is, its formats and whom to contact.")
    public Response discovery(@PathParam("format") String format, jakarta.ws.rs.core.UriInfo uri, HttpHeaders headers) {
        Format f = Format.of(format);
        if (f == null) {
            return Format.unknown(format);
        }
        String changeset = mapper.w3c(CHANGESET);
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", uri.getBaseUriBuilder().path("open311/v2").build().toString());
        endpoint.put("changeset", changeset);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", changeset);
        discovery.put("contact", "城管执法局 12319 热线 / Urban Management Enforcement Bureau, hotline 12319");
        discovery.put("key_service", "No key is needed: the read side is open to everyone; requests are taken by telephone only");
        discovery.put("endpoints", List.of(endpoint));
        if (f == Format.JSON) {
            return conditional(headers, Response.ok(discovery).type("application/json; charset=utf-8").build());
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<discovery>\n");
        xml.append("  <changeset>").append(changeset).append("</changeset>\n");
        xml.append("  <contact>").append(Xml.escape(discovery.get("contact"))).append("</contact>\n");
        xml.append("  <key_service>").append(Xml.escape(discovery.get("key_service"))).append("</key_service>\n");
        xml.append("  <endpoints>\n    <endpoint>\n");
        xml.append("      <specification>").append(endpoint.get("specification")).append("</specification>\n");
        xml.append("      <url>").append(Xml.escape(endpoint.get("url"))).append("</url>\n");
        xml.append("      <changeset>").append(changeset).append("</changeset>\n");
        xml.append("      <type>production</type>\n");
        xml.append("      <formats>\n        <format>text/xml</format>\n        <format>application/json</format>\n      </formats>\n");
        xml.append("    </endpoint>\n  </endpoints>\n</discovery>\n");
        return conditional(headers, Response.ok(xml.toString()).type("text/xml; charset=utf-8").build());
    }

    /** When this endpoint last changed in a way clients see (W3C datetime in the discovery document). */
    private static final Instant CHANGESET = Instant.parse("2026-12-07T00:00:00Z");

    @GET
    @Path("/services.{format}")
    @Operation(summary = "GET Service List")
    public Response services(@PathParam("format") String format, HttpHeaders headers) {
        Format f = Format.of(format);
        if (f == null) {
            return Format.unknown(format);
        }
        List<Map<String, Object>> services = open311.services().stream().map(mapper::toService).toList();
        return conditional(headers, f.list("services", "service", services));
    }

    @GET
    @Path("/services/{code}.{format}")
    @Operation(summary = "GET Service Definition", description = "No service takes extra attributes: an empty definition.")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format, HttpHeaders headers) {
        Format f = Format.of(format);
        if (f == null) {
            return Format.unknown(format);
        }
        if (!open311.isService(code)) {
            return f.error(404, "service_code " + code + " not found");
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", List.of());
        return conditional(headers, f.one("service_definition", definition));
    }

    @GET
    @Path("/requests.{format}")
    @Operation(summary = "GET Service Requests",
            description = "Filters: service_request_id (comma-separated; the others are then ignored), service_code, start_date, "
                    + "end_date (ISO 8601, on requested_datetime), status (open, closed). Without dates: the last 90 days; at most 1,000.")
    public Uni<Response> requests(@PathParam("format") String format, HttpHeaders headers,
                                  @QueryParam("service_request_id") String ids,
                                  @QueryParam("service_code") String serviceCode,
                                  @QueryParam("start_date") String startDate,
                                  @QueryParam("end_date") String endDate,
                                  @QueryParam("status") String status) {
        Format f = Format.of(format);
        if (f == null) {
            return Uni.createFrom().item(Format.unknown(format));
        }
        Uni<List<Open311Service.Request>> found;
        if (ids != null && !ids.isBlank()) {
            List<String> wanted = Arrays.stream(ids.split(",")).map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
            if (wanted.size() > MAX_IDS) {
                return Uni.createFrom().item(f.error(400, "service_request_id may list at most " + MAX_IDS + " ids"));
            }
            found = open311.byIds(wanted, MAX_REQUESTS);
        } else {
            Instant end;
            Instant start;
            try {
                end = endDate == null ? clock.instant() : OffsetDateTime.parse(endDate).toInstant();
                start = startDate == null ? end.minus(DEFAULT_SPAN) : OffsetDateTime.parse(startDate).toInstant();
            } catch (DateTimeParseException e) {
                return Uni.createFrom().item(f.error(400, "start_date and end_date must be ISO 8601 times, e.g. 2026-11-01T00:00:00+08:00"));
            }
            if (status != null && !status.equals("open") && !status.equals("closed")) {
                return Uni.createFrom().item(f.error(400, "status must be open or closed"));
            }
            if (serviceCode != null && !open311.isService(serviceCode)) {
                return Uni.createFrom().item(f.error(400, "service_code " + serviceCode + " is not a service"));
            }
            found = open311.received(start, end, serviceCode, MAX_REQUESTS);
        }
        return found.map(requests -> requests.stream()
                        .map(r -> mapper.toServiceRequest(r.publicCase(), r.outcome()))
                        .filter(r -> status == null || status.equals(r.get("status")))
                        .toList())
                .map(requests -> conditional(headers, f.list("service_requests", "request", requests)));
    }

    @GET
    @Path("/requests/{id}.{format}")
    @Operation(summary = "GET Service Request")
    public Uni<Response> request(@PathParam("id") String id, @PathParam("format") String format, HttpHeaders headers) {
        Format f = Format.of(format);
        if (f == null) {
            return Uni.createFrom().item(Format.unknown(format));
        }
        return open311.byId(id).map(r -> r == null
                ? f.error(404, "service_request_id " + id + " not found")
                : conditional(headers, f.list("service_requests", "request", List.of(mapper.toServiceRequest(r.publicCase(), r.outcome())))));
    }

    /** A successful answer with a weak ETag and Cache-Control; 304 when the client holds it already. */
    private Response conditional(HttpHeaders headers, Response answer) {
        return Conditional.json(headers, json, answer.getEntity(), answer.getMediaType().toString(), 60);
    }

    /** The two representations GeoReport v2 defines. */
    enum Format {
        JSON, XML;

        /** The format of an extension, or null for one GeoReport v2 does not define. */
        static Format of(String extension) {
            return "xml".equals(extension) ? XML : "json".equals(extension) ? JSON : null;
        }

        /** A format nobody offers: 404, in the standard's error list (JSON, as nothing else was asked for that we speak). */
        static Response unknown(String extension) {
            return JSON.error(404, "format ." + extension + " is not offered: use .json or .xml");
        }

        Response list(String root, String element, List<Map<String, Object>> items) {
            if (this == JSON) {
                return Response.ok(items).type("application/json; charset=utf-8").build();
            }
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append(">\n");
            for (Map<String, Object> item : items) {
                xml.append("  <").append(element).append(">\n");
                item.forEach((k, v) -> xml.append("    <").append(k).append(">").append(escape(v)).append("</").append(k).append(">\n"));
                xml.append("  </").append(element).append(">\n");
            }
            return Response.ok(xml.append("</").append(root).append(">\n").toString()).type("text/xml; charset=utf-8").build();
        }

        Response one(String root, Map<String, Object> item) {
            if (this == JSON) {
                return Response.ok(item).type("application/json; charset=utf-8").build();
            }
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append(">\n");
            item.forEach((k, v) -> xml.append("  <").append(k).append(">").append(v instanceof List<?> ? "" : escape(v)).append("</").append(k).append(">\n"));
            return Response.ok(xml.append("</").append(root).append(">\n").toString()).type("text/xml; charset=utf-8").build();
        }

        Response error(int code, String description) {
            if (this == JSON) {
                return Response.status(code).entity(List.of(Map.of("code", code, "description", description)))
                        .type("application/json; charset=utf-8").build();
            }
            String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<errors>\n  <error>\n    <code>" + code + "</code>\n    <description>"
                    + escape(description) + "</description>\n  </error>\n</errors>\n";
            return Response.status(code).entity(xml).type("text/xml; charset=utf-8").build();
        }

        private static String escape(Object value) {
            return Xml.escape(value);
        }
    }
}
