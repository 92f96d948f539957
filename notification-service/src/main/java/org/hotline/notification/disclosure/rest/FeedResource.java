package org.hotline.notification.disclosure.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.notification.disclosure.DisclosureEntry;
import org.hotline.notification.disclosure.mapping.DisclosureMapper;
import org.hotline.notification.disclosure.service.DisclosureService;
import org.hotline.platform.text.Xml;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The disclosure feed in the formats feed readers and media websites already read: JSON Feed 1.1 and Atom,
 * oldest first from a cursor ({@code after} = the last seq seen), anonymous and cacheable. Entries never change,
 * so a page is identified by its first and last seq: its ETag; a conditional GET with it answers 304.
 */
@Path("/feed")
@PermitAll
@Tag(name = "Disclosure", description = "The public feed of handling results (公开), no login needed")
public class FeedResource {
    private final DisclosureService disclosure;
    private final DisclosureMapper mapper;

    public FeedResource(DisclosureService disclosure, DisclosureMapper mapper) {
        this.disclosure = disclosure;
        this.mapper = mapper;
    }

    @GET
    @Path("/json")
    @Produces("application/feed+json")
    @Operation(summary = "JSON Feed 1.1", description = "next_url continues after the last item; the hash chain is in _hotline.")
    public Uni<Response> json(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
                              @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                              UriInfo uri, Request request) {
        return disclosure.entries(after, limit).map(entries -> cached(request, entries, after, "json", () -> {
            Map<String, Object> feed = new LinkedHashMap<>();
            feed.put("version", "https://jsonfeed.org/version/1.1");
            feed.put("title", "城管执法局 投诉处理结果公开 / Enforcement bureau: complaint outcomes");
            feed.put("home_page_url", uri.getBaseUri().toString());
            feed.put("feed_url", uri.getRequestUri().toString());
            if (entries.size() == limit) {
                feed.put("next_url", uri.getBaseUriBuilder().path("feed/json").queryParam("after", last(entries))
                        .queryParam("limit", limit).build().toString());
            }
            List<Map<String, Object>> items = entries.stream().map(mapper::toFeedItem).toList();
            feed.put("items", items);
            return feed;
        }));
    }

    @GET
    @Path("/atom")
    @Produces("application/atom+xml")
    @Operation(summary = "Atom 1.0", description = "A link rel=\"next\" continues after the last entry.")
    public Uni<Response> atom(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
                              @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                              UriInfo uri, Request request) {
        return disclosure.entries(after, limit).map(entries -> cached(request, entries, after, "atom", () -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
            xml.append("  <title>城管执法局 投诉处理结果公开</title>\n");
            xml.append("  <id>urn:hotline:disclosure</id>\n");
            xml.append("  <updated>").append(entries.isEmpty() ? Instant.EPOCH : entries.get(entries.size() - 1).publishedAt).append("</updated>\n");
            xml.append("  <author><name>城管执法局</name></author>\n");
            xml.append("  <link rel=\"self\" href=\"").append(Xml.escape(uri.getRequestUri().toString())).append("\"/>\n");
            if (entries.size() == limit) {
                xml.append("  <link rel=\"next\" href=\"").append(Xml.escape(uri.getBaseUriBuilder().path("feed/atom")
                        .queryParam("after", last(entries)).queryParam("limit", limit).build().toString())).append("\"/>\n");
            }
            for (DisclosureEntry e : entries) {
                xml.append("  <entry>\n");
                xml.append("    <id>urn:hotline:disclosure:").append(e.seq).append("</id>\n");
                xml.append("    <title>").append(Xml.escape(mapper.feedTitle(e))).append("</title>\n");
                xml.append("    <updated>").append(e.publishedAt).append("</updated>\n");
                xml.append("    <category term=\"").append(Xml.escape(e.category)).append("\"/>\n");
                xml.append("    <content type=\"text\">").append(Xml.escape(mapper.feedText(e))).append("</content>\n");
                xml.append("  </entry>\n");
            }
            return xml.append("</feed>\n").toString();
        }));
    }

    private static Response cached(Request request, List<DisclosureEntry> entries, long after, String format,
                                   java.util.function.Supplier<Object> body) {
        // Entries are immutable: a page is named by where it starts and which entries it holds.
        EntityTag tag = new EntityTag(format + "-" + after + "-" + (entries.isEmpty() ? "empty" : entries.get(0).seq + "-" + last(entries)));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(30);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(body.get()).tag(tag).cacheControl(cache).build();
    }

    private static long last(List<DisclosureEntry> entries) {
        return entries.get(entries.size() - 1).seq;
    }
}
