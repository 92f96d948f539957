package org.hotline.notification.site.rest;

import org.hotline.notification.disclosure.DisclosureEntry;
import org.hotline.notification.disclosure.PublicCase;
import org.hotline.notification.site.service.SiteService;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The open data as CSV (RFC 4180), public fields only. */
final class Csv {
    /** The columns and what each holds (shown on /open-data). */
    static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("case_number", "Case number / 案件编号");
        FIELDS.put("channel", "Line the call came in on / 来电渠道");
        FIELDS.put("category", "Category / 类别");
        FIELDS.put("district", "District / 区域");
        FIELDS.put("street", "Street, never a house number / 街道（不含门牌号）");
        FIELDS.put("latitude", "Latitude, rounded to the street / 纬度（精确到街道）");
        FIELDS.put("longitude", "Longitude, rounded to the street / 经度（精确到街道）");
        FIELDS.put("status", "open, closed, or under_review (closed, outcome not yet published) / 处理中、已办结、已办结待复核");
        FIELDS.put("received_at", "Received (UTC) / 受理时间");
        FIELDS.put("on_site_due", "On-site deadline of the latest round / 到场时限");
        FIELDS.put("on_site_at", "On site / 到场时间");
        FIELDS.put("resolve_due_promised", "Resolution deadline before any extension / 原办结时限");
        FIELDS.put("resolve_due", "Resolution deadline, extensions included / 办结时限（含延期）");
        FIELDS.put("resolved_at", "Dealt with (UTC) / 处置时间");
        FIELDS.put("closed_at", "Closed (UTC) / 办结时间");
        FIELDS.put("outcome", "Outcome / 处理结果");
        FIELDS.put("public_summary", "Public summary / 公开说明");
        FIELDS.put("satisfaction", "Callback answer at closure / 办结时的回访结果");
        FIELDS.put("seq", "Latest entry in the public chain / 公开记录序号");
        FIELDS.put("corrects_seq", "For a correction: the entry it corrects / 更正的记录");
        FIELDS.put("published_at", "Published (UTC) / 公开时间");
        FIELDS.put("hash", "SHA-256 of the entry in the chain / 本条记录的哈希");
    }

    /** The columns of the callback answers (every answer, a dissatisfied one reopening the case, in the month given). */
    static final Map<String, String> ANSWER_FIELDS = new LinkedHashMap<>();

    static {
        ANSWER_FIELDS.put("case_number", "Case number / 案件编号");
        ANSWER_FIELDS.put("result", "SATISFIED, BASICALLY_SATISFIED or DISSATISFIED / 满意、基本满意、不满意");
        ANSWER_FIELDS.put("answered_at", "When the caller answered (UTC) / 答复时间");
    }

    private Csv() {
    }

    static String of(List<SiteService.OpenDataRow> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", FIELDS.keySet())).append('\n');
        for (SiteService.OpenDataRow row : rows) {
            PublicCase c = row.facts();
            DisclosureEntry e = row.entry();
            line(csv, c.caseNumber, c.channel, c.category, c.district, c.street, number(c.latitude), number(c.longitude),
                    row.status(), time(c.receivedAt), time(c.onSiteDue), time(c.onSiteAt),
                    time(c.promisedResolveDue != null ? c.promisedResolveDue : c.resolveDue), time(c.resolveDue),
                    time(c.resolvedAt), time(c.closedAt), e == null ? null : e.outcome, e == null ? null : e.publicSummary,
                    e == null ? null : e.satisfaction, e == null ? null : String.valueOf(e.seq),
                    e == null || e.correctsSeq == null ? null : String.valueOf(e.correctsSeq),
                    e == null ? null : time(e.publishedAt), e == null ? null : e.hash);
        }
        return csv.toString();
    }

    static String answers(List<Object[]> answers) {
        StringBuilder csv = new StringBuilder(String.join(",", ANSWER_FIELDS.keySet())).append('\n');
        for (Object[] a : answers) {
            line(csv, (String) a[0], (String) a[1], time(instant(a[2])));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        csv.append('\n');
    }

    /** A cell, quoted when it must be; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.matches(".*[\",\\n\\r].*|.*\\s$|^\\s.*") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String number(Double d) {
        return d == null ? null : d.toString();
    }

    /** A timestamptz from a native query: an OffsetDateTime or an Instant, depending on the driver's mapping. */
    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : value instanceof java.time.Instant i ? i
                : value instanceof java.sql.Timestamp t ? t.toInstant() : null;
    }
}
