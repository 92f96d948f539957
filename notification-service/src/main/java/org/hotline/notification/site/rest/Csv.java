package org.hotline.notification.site.rest;

import org.hotline.notification.disclosure.DisclosureEntry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The open data as CSV (RFC 4180), public fields only. */
final class Csv {
    /** The columns and what each holds (shown on /open-data). */
    static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("seq", "Entry number in the public chain / 公开记录序号");
        FIELDS.put("case_number", "Case number / 案件编号");
        FIELDS.put("channel", "Line the call came in on / 来电渠道");
        FIELDS.put("category", "Category / 类别");
        FIELDS.put("district", "District / 区域");
        FIELDS.put("street", "Street, never a house number / 街道（不含门牌号）");
        FIELDS.put("outcome", "Outcome / 处理结果");
        FIELDS.put("public_summary", "Public summary / 公开说明");
        FIELDS.put("satisfaction", "Callback answer / 回访结果");
        FIELDS.put("received_at", "Received (UTC) / 受理时间");
        FIELDS.put("resolved_at", "Dealt with (UTC) / 处置时间");
        FIELDS.put("closed_at", "Closed (UTC) / 办结时间");
        FIELDS.put("published_at", "Published (UTC) / 公开时间");
        FIELDS.put("corrects_seq", "For a correction: the entry it corrects / 更正的记录");
        FIELDS.put("hash", "SHA-256 of the entry in the chain / 本条记录的哈希");
    }

    private Csv() {
    }

    static String of(List<DisclosureEntry> entries) {
        StringBuilder csv = new StringBuilder(String.join(",", FIELDS.keySet())).append('\n');
        for (DisclosureEntry e : entries) {
            csv.append(e.seq).append(',').append(cell(e.caseNumber)).append(',').append(cell(e.channel)).append(',')
                    .append(cell(e.category)).append(',').append(cell(e.district)).append(',').append(cell(e.street)).append(',')
                    .append(cell(e.outcome)).append(',').append(cell(e.publicSummary)).append(',').append(cell(e.satisfaction)).append(',')
                    .append(time(e.receivedAt)).append(',').append(time(e.resolvedAt)).append(',').append(time(e.closedAt)).append(',')
                    .append(time(e.publishedAt)).append(',').append(e.correctsSeq == null ? "" : e.correctsSeq).append(',')
                    .append(e.hash).append('\n');
        }
        return csv.toString();
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
        return instant == null ? "" : instant.toString();
    }
}
