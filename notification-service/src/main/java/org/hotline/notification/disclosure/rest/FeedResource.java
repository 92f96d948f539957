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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(summary = "JSON Feed 1.1, newest first",
            description = "The newest entries first, as a subscriber polls them; next_url pages back (before=). With after= "
                    + "the entries after that seq, oldest first (a reader catching up). Each item links to its case page; the "
                    + "hash chain is in _hotline. Weak ETag: If-None-Match answers 304.")
    public Uni<Response> json(@Parameter(description = "Entries after this seq, oldest first") @QueryParam("after") @Min(0) Long after,
                              @Parameter(description = "Entries before this seq, newest first") @QueryParam("before") @Min(1) Long before,
                              @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                              UriInfo uri, HttpHeaders headers) {
        return page(after, before, limit).map(entries -> cached(headers, entries, after, before, "json", () -> {
            Map<String, Object> feed = new LinkedHashMap<>();
            feed.put("version", "https://jsonfeed.org/version/1.1");
            feed.put("title", "城管执法局 投诉处理结果公开 / Enforcement bureau: complaint outcomes");
            feed.put("home_page_url", uri.getBaseUri().toString());
            feed.put("feed_url", uri.getBaseUriBuilder().path("feed/json").build().toString());
            feed.put("description", "每一件投诉的处理结果，最新在前 / How every complaint was handled, newest first");
            feed.put("language", "zh-CN");
            String next = next(uri, "feed/json", entries, after, limit);
            if (next != null) {
                feed.put("next_url", next);
            }
            feed.put("items", entries.stream().map(e -> mapper.toFeedItem(e, caseUrl(uri, e))).toList());
            return feed;
        }));
    }

    @GET
    @Path("/atom")
    @Produces("application/atom+xml")
    @Operation(summary = "Atom 1.0, newest first",
            description = "The newest entries first; a link rel=\"next\" pages back (before=). With after= the entries after that "
                    + "seq, oldest first. Each entry links to its case page. Weak ETag: If-None-Match answers 304.")
    public Uni<Response> atom(@Parameter(description = "Entries after this seq, oldest first") @QueryParam("after") @Min(0) Long after,
                              @Parameter(description = "Entries before this seq, newest first") @QueryParam("before") @Min(1) Long before,
                              @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                              UriInfo uri, HttpHeaders headers) {
        return page(after, before, limit).map(entries -> cached(headers, entries, after, before, "atom", () -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
            xml.append("  <title>城管执法局 投诉处理结果公开</title>\n");
            xml.append("  <id>urn:hotline:disclosure</id>\n");
            Instant updated = entries.stream().map(e -> e.publishedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
            xml.append("  <updated>").append(updated).append("</updated>\n");
            xml.append("  <author><name>城管执法局</name></author>\n");
            xml.append("  <link rel=\"self\" href=\"").append(Xml.escape(uri.getBaseUriBuilder().path("feed/atom").build())).append("\"/>\n");
            xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(uri.getBaseUri())).append("\"/>\n");
            String next = next(uri, "feed/atom", entries, after, limit);
            if (next != null) {
                xml.append("  <link rel=\"next\" href=\"").append(Xml.escape(next)).append("\"/>\n");
            }
            for (DisclosureEntry e : entries) {
                xml.append("  <entry>\n");
                xml.append("    <id>urn:hotline:disclosure:").append(e.seq).append("</id>\n");
                xml.append("    <title>").append(Xml.escape(mapper.feedTitle(e))).append("</title>\n");
                xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(caseUrl(uri, e))).append("\"/>\n");
                xml.append("    <updated>").append(e.publishedAt).append("</updated>\n");
                xml.append("    <category term=\"").append(Xml.escape(e.category)).append("\"/>\n");
                xml.append("    <content type=\"text\">").append(Xml.escape(mapper.feedText(e))).append("</content>\n");
                xml.append("  </entry>\n");
            }
            return xml.append("</feed>\n").toString();
        }));
    }

    private Uni<List<DisclosureEntry>> page(Long after, Long before, int limit) {
        return after != null ? disclosure.entries(after, limit) : disclosure.newest(before, limit);
    }

    /** The page after this one: further back in time (before=), or further on for a reader catching up (after=). */
    private static String next(UriInfo uri, String path, List<DisclosureEntry> entries, Long after, int limit) {
        if (entries.size() < limit) {
            return null;
        }
        long edge = entries.get(entries.size() - 1).seq;
        return uri.getBaseUriBuilder().path(path).queryParam(after != null ? "after" : "before", edge)
                .queryParam("limit", limit).build().toString();
    }

    /** The case's page on the public site. */
    static String caseUrl(UriInfo uri, DisclosureEntry e) {
        return uri.getBaseUriBuilder().path("cases").path(e.caseNumber).build().toString();
    }

    private static Response cached(HttpHeaders headers, List<DisclosureEntry> entries, Long after, Long before, String format,
                                   java.util.function.Supplier<Object> body) {
        // Entries are immutable: a page is named by how it was asked for and which entries it holds.
        String tag = "W/\"" + format + "-" + (after != null ? "a" + after : before != null ? "b" + before : "new") + "-"
                + (entries.isEmpty() ? "empty" : entries.get(0).seq + "-" + entries.get(entries.size() - 1).seq) + "\"";
        return Conditional.respond(headers, tag, 30, body,
                format.equals("json") ? "application/feed+json; charset=utf-8" : "application/atom+xml; charset=utf-8");
    }
}
