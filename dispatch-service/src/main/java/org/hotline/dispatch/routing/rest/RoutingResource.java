package org.hotline.dispatch.routing.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.dispatch.routing.mapping.RoutingMapper;
import org.hotline.dispatch.routing.service.RoutingService;

import java.util.List;

@Path("/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing", description = "Which squad serves which district, grid cell and category")
@SecurityRequirement(name = "SecurityScheme")
public class RoutingResource {
    private final RoutingService routing;
    private final RoutingMapper mapper;
    private final SecurityIdentity identity;

    public RoutingResource(RoutingService routing, RoutingMapper mapper, SecurityIdentity identity) {
        this.routing = routing;
        this.mapper = mapper;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"dispatcher", "auditor"})
    @Operation(summary = "The routing table", description = "The most specific matching rule wins: grid cell, then category, then district.")
    public Uni<List<RoutingRuleView>> rules() {
        return routing.rules().map(list -> list.stream().map(mapper::toView).toList());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("dispatcher")
    @Operation(summary = "Set the squad for a district (grid cell, category)", description = "Adds the rule, or changes the squad of the same rule. New cases follow it at once.")
    public Uni<RoutingRuleView> put(@Valid @NotNull RoutingRuleRequest rule) {
        return routing.put(rule.district(), blankToNull(rule.gridCell()), blankToNull(rule.category()), rule.squad(),
                identity.getPrincipal().getName()).map(mapper::toView);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("dispatcher")
    @Operation(summary = "Remove a rule")
    public Uni<Void> delete(@PathParam("id") long id) {
        return routing.delete(id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
