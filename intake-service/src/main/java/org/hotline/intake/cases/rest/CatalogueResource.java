package org.hotline.intake.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.intake.cases.Channel;
import org.hotline.platform.config.HotlineConfig;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The bureau's catalogue as intake accepts it: what a staff screen offers in its lists. */
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Channels, categories, districts and priorities a complaint may have")
@SecurityRequirement(name = "SecurityScheme")
public class CatalogueResource {
    private final HotlineConfig.Catalogue catalogue;

    public CatalogueResource(HotlineConfig config) {
        this.catalogue = config.catalogue();
    }

    @Schema(name = "Catalogue")
    public record Catalogue(@Schema(example = "[\"HOTLINE\",\"MAYOR_LINE\",\"BUREAU_LINE\"]") List<String> channels,
                            @Schema(description = "code → name") Map<String, String> categories,
                            @Schema(example = "[\"EAST\",\"WEST\",\"SOUTH\",\"NORTH\"]") List<String> districts,
                            @Schema(example = "[\"URGENT\",\"HIGH\",\"NORMAL\"]") List<String> priorities) {
    }

    @GET
    @RolesAllowed({"operator", "supervisor", "dispatcher", "auditor"})
    @Operation(summary = "The catalogue (hotline.catalogue) every service reads")
    public Catalogue catalogue() {
        return new Catalogue(Arrays.stream(Channel.values()).map(Enum::name).toList(), new TreeMap<>(catalogue.categories()),
                catalogue.districts(), catalogue.priorities());
    }
}
