package org.hotline.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, on every operation of every service, the answer a caller gets while the service cannot reach its
 * database: 503 problem+json with {@code Retry-After} ({@link ProblemMappers}), so that clients know to retry.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OutageResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean problemSchema = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("Problem");
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> addOutage(operation, problemSchema)));
    }

    private static void addOutage(Operation operation, boolean problemSchema) {
        if (operation.getResponses() == null || operation.getResponses().hasAPIResponse("503")) {
            return;
        }
        APIResponse unavailable = OASFactory.createAPIResponse()
                .description("The service cannot reach its database just now; nothing was stored. Retry after the "
                        + "seconds in Retry-After.")
                .addHeader("Retry-After", OASFactory.createHeader().description("seconds to wait")
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
        if (problemSchema) {
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("Problem")));
            unavailable.content(content);
        }
        operation.getResponses().addAPIResponse("503", unavailable);
    }
}
