package org.hotline.notification.disclosure.rest;

import org.hotline.platform.validation.PlainText;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.notification.disclosure.HashChain;
import org.hotline.notification.disclosure.mapping.DisclosureMapper;
import org.hotline.notification.disclosure.service.DisclosureService;
import org.hotline.platform.validation.MaxChars;

import java.util.List;

@Path("/disclosure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure", description = "The public feed of handling results (公开), no login needed")
public class DisclosureResource {
    private final DisclosureService disclosure;
    private final DisclosureMapper mapper;

    public DisclosureResource(DisclosureService disclosure, DisclosureMapper mapper) {
        this.disclosure = disclosure;
        this.mapper = mapper;
    }

    @GET
    @Path("/entries")
    @PermitAll
    @Operation(summary = "Feed entries after a sequence number, oldest first")
    public Uni<List<DisclosureView>> entries(
            @Parameter(description = "Return entries with seq greater than this (a stable cursor)", example = "0")
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return disclosure.entries(after, limit).map(list -> list.stream().map(mapper::toView).toList());
    }

    /** The latest entry's seq and hash: a copy of the feed that ends in these is the bureau's feed. */
    public record Checkpoint(@Schema(example = "1024") long seq, @PlainText @Schema(example = "9f2c…") String hash) {
    }

    @GET
    @Path("/checkpoint")
    @PermitAll
    @Operation(summary = "The latest sequence number and hash of the chain",
            description = "Verify: for every entry, hash = SHA-256 of its canonical lines (see HashChain) and prevHash = the previous "
                    + "entry's hash (64 zeros for the first); the last must equal this checkpoint. Tool: deploy/verify-feed.")
    public Uni<Checkpoint> checkpoint() {
        return disclosure.latest().map(e -> e == null ? new Checkpoint(0, HashChain.GENESIS) : new Checkpoint(e.seq, e.hash));
    }

    public record Summary(@PlainText(multiline = true) @NotBlank @MaxChars(500) @Schema(example = "执法队员到场劝离流动摊贩，现场已恢复整洁") String publicSummary) {
    }

    @GET
    @Path("/held")
    @RolesAllowed({"dispatcher", "auditor"})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Outcomes held back because their public summary gave away personal data")
    public Uni<List<HeldView>> held() {
        return disclosure.held().map(list -> list.stream().map(mapper::toView).toList());
    }

    @POST
    @Path("/held/{caseNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"dispatcher", "auditor"})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Publish a held outcome with an edited summary (checked again)")
    public Uni<DisclosureView> release(@PathParam("caseNumber") String caseNumber, @Valid @NotNull Summary summary) {
        return disclosure.release(caseNumber, summary.publicSummary()).map(mapper::toView);
    }

    @POST
    @Path("/entries/{seq}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("auditor")
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Correct a published entry: a new entry that references it; the original is never edited")
    public Uni<DisclosureView> correct(@PathParam("seq") long seq, @Valid @NotNull Summary summary) {
        return disclosure.correct(seq, summary.publicSummary()).map(mapper::toView);
    }
}
