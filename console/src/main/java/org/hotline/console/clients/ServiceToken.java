package org.hotline.console.clients;

import io.quarkus.oidc.AccessTokenCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * The console calls the services as the logged-in user: their own access token from the code flow goes in the
 * Authorization header, so every role and squad rule is enforced where it is, by the service. The console holds no
 * rule and no token of its own.
 */
@ApplicationScoped
public class ServiceToken implements ClientHeadersFactory {
    private final Instance<AccessTokenCredential> accessToken;

    public ServiceToken(Instance<AccessTokenCredential> accessToken) {
        this.accessToken = accessToken;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Authorization", "Bearer " + accessToken.get().getToken());
        return headers;
    }
}
