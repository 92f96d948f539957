package org.hotline.notification.disclosure.mapping;

import jakarta.inject.Inject;
import org.hotline.notification.config.NotificationConfig;
import org.hotline.notification.disclosure.DisclosureEntry;
import org.hotline.notification.disclosure.HeldEntry;
import org.hotline.notification.disclosure.PublicCase;
import org.hotline.notification.disclosure.rest.DisclosureView;
import org.hotline.notification.disclosure.rest.HeldView;
import org.hotline.platform.config.HotlineConfig;
import org.hotline.platform.events.contracts.CaseClosed;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.DisclosurePublished;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every mapping of the public side, in one place: registered case to public facts, closures to entries and held
 * entries, entries to the JSON view, the feed items and the published event, and cases to Open311 requests.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public abstract class DisclosureMapper {
    @Inject
    protected ZoneId zone;
    @Inject
    protected HotlineConfig hotline;
    @Inject
    protected NotificationConfig config;

    public abstract PublicCase toPublicCase(CaseRegistered registered);

    public abstract DisclosureView toView(DisclosureEntry entry);

    public abstract HeldView toView(HeldEntry held);

    @Mapping(target = "sequence", source = "seq")
    public abstract DisclosurePublished toPublished(DisclosureEntry entry);

    public HeldEntry toHeld(CaseClosed closed, String reason, Instant at) {
        HeldEntry held = new HeldEntry();
        held.caseNumber = closed.caseNumber();
        held.reason = reason;
        held.outcome = closed.outcome();
        held.publicSummary = closed.publicSummary();
        held.satisfaction = closed.satisfaction();
        held.resolvedAt = closed.resolvedAt();
        held.closedAt = closed.closedAt();
        held.heldAt = at;
        return held;
    }

    /** The closure again, with an edited public summary. */
    public CaseClosed toClosed(HeldEntry held, String summary) {
        return new CaseClosed(held.caseNumber, held.outcome, summary, held.satisfaction, held.resolvedAt, held.closedAt);
    }

    public CaseClosed toClosed(DisclosureEntry entry, String summary) {
        return new CaseClosed(entry.caseNumber, entry.outcome, summary, entry.satisfaction, entry.resolvedAt, entry.closedAt);
    }

    /** A JSON Feed 1.1 item; the hash chain in {@code _hotline}. */
    public Map<String, Object> toFeedItem(DisclosureEntry e, String caseUrl) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", Long.toString(e.seq));
        item.put("url", caseUrl);
        item.put("title", feedTitle(e));
        item.put("content_text", feedText(e));
        item.put("date_published", e.publishedAt.toString());
        item.put("tags", List.of(e.category, e.district, e.channel));
        Map<String, Object> chain = new LinkedHashMap<>();
        chain.put("seq", e.seq);
        chain.put("case_number", e.caseNumber);
        chain.put("status", e.status);
        chain.put("outcome", e.outcome);
        chain.put("satisfaction", e.satisfaction);
        chain.put("street", e.street);
        chain.put("received_at", text(e.receivedAt));
        chain.put("resolved_at", text(e.resolvedAt));
        chain.put("closed_at", text(e.closedAt));
        chain.put("corrects_seq", e.correctsSeq);
        chain.put("prev_hash", e.prevHash);
        chain.put("hash", e.hash);
        item.put("_hotline", chain);
        return item;
    }

    public String feedTitle(DisclosureEntry e) {
        return e.caseNumber + (e.correctsSeq == null ? "" : "（更正 #" + e.correctsSeq + "）") + " " + e.category + " · " + e.district + " " + e.street;
    }

    public String feedText(DisclosureEntry e) {
        return "处理结果 " + e.outcome + "：" + (e.publicSummary == null ? "" : e.publicSummary)
                + (e.satisfaction == null ? "" : "（回访：" + e.satisfaction + "）");
    }

    /** An Open311 service: one category of the bureau's catalogue. */
    public Map<String, Object> toService(String code) {
        String name = hotline.catalogue().categories().get(code);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("service_code", code);
        s.put("service_name", name);
        s.put("description", name);
        s.put("metadata", false);
        s.put("type", "realtime");
        s.put("keywords", code.toLowerCase().replace('_', ' '));
        s.put("group", "城管执法");
        return s;
    }

    /**
     * An Open311 service request: the case's public facts and, once closed, its latest feed entry. A case closed whose
     * summary is held for review is closed all the same, its outcome "under review". Datetimes are W3C (whole
     * seconds, the bureau's offset); a field with nothing to say (media_url, address_id, zipcode) is left out rather than
     * an empty string.
     */
    public Map<String, Object> toServiceRequest(PublicCase c, DisclosureEntry outcome) {
        String service = hotline.catalogue().categories().get(c.category);
        boolean closed = outcome != null || c.closedAt != null;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", c.caseNumber);
        r.put("status", closed ? "closed" : "open");
        r.put("status_notes", outcome != null ? outcome.outcome + "：" + outcome.publicSummary
                : closed ? "已办结，处理结果复核后公开 Closed; the outcome is under review before it is published" : "处理中 In progress");
        r.put("service_name", service);
        r.put("service_code", c.category);
        r.put("description", service);
        r.put("agency_responsible", config.agency());
        r.put("service_notice", "");
        r.put("requested_datetime", w3c(c.receivedAt));
        r.put("updated_datetime", w3c(outcome != null ? outcome.publishedAt : c.closedAt != null ? c.closedAt : c.receivedAt));
        if (c.resolveDue != null) {
            r.put("expected_datetime", w3c(c.resolveDue));
        }
        r.put("address", c.street + ", " + c.district);
        if (c.latitude != null && c.longitude != null) {
            r.put("lat", c.latitude);
            r.put("long", c.longitude);
        }
        return r;
    }

    /** A W3C datetime (RFC 3339) with whole seconds and the bureau's offset: {@code 2026-12-10T00:00:00+08:00}. */
    public String w3c(Instant instant) {
        return instant == null ? null : W3C.format(instant.atZone(zone).toOffsetDateTime());
    }

    private static final java.time.format.DateTimeFormatter W3C = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    protected static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
