package org.hotline.console.common;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * No console page is kept by the browser: a page holds callers' names and phones, and after logout the back
 * button must not show one again (no-store also keeps pages out of the back-forward cache).
 */
public class NoStore {

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
