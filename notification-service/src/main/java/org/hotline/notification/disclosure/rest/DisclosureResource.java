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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.notification.disclosure.mapping.DisclosureMapper;
import org.hotline.notification.disclosure.service.DisclosureService;

import java.util.List;

@Path("/disclosure/entries")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Disclosure", description = "The public feed of handling results (公开), no login needed")
public class DisclosureResource {
    private final DisclosureService disclosure;
    private final DisclosureMapper mapper;

    public DisclosureResource(DisclosureService disclosure, DisclosureMapper mapper) {
        this.disclosure = disclosure;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Feed entries after a sequence number, oldest first")
    public Uni<List<DisclosureView>> entries(
            @Parameter(description = "Return entries with seq greater than this (a stable cursor)", example = "0")
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return disclosure.entries(after, limit).map(list -> list.stream().map(mapper::toView).toList());
    }
}
