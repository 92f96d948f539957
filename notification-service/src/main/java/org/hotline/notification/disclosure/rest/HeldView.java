package org.hotline.notification.disclosure.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A held outcome: why, and what it was (its offending summary is not repeated). */
@Schema(name = "HeldView")
public record HeldView(String caseNumber, @Schema(example = "contains a phone number") String reason, String outcome,
                       Instant heldAt) {
}
