package org.hotline.notification.disclosure.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A public disclosure entry: only what the bureau may publish. */
@Schema(name = "DisclosureEntry")
public record DisclosureView(
        long seq,
        @Schema(example = "M-261129-0007") String caseNumber,
        String channel,
        String category,
        String district,
        @Schema(description = "Street only, never a house number") String street,
        @Schema(example = "CLOSED") String status,
        @Schema(example = "PERSUADED") String outcome,
        String publicSummary,
        @Schema(example = "SATISFIED") String satisfaction,
        Instant receivedAt,
        Instant resolvedAt,
        Instant closedAt,
        Instant publishedAt,
        @Schema(description = "For a correction: the seq of the entry it corrects") Long correctsSeq,
        String prevHash,
        String hash) {
}
