package org.hotline.notification.open311;

import io.smallrye.config.ConfigMapping;

import java.util.Map;

/** Open311 service list and agency name ({@code open311.*}). */
@ConfigMapping(prefix = "open311")
public interface Open311Config {
    String agency();

    /** service_code (the category) to service_name. */
    Map<String, String> services();
}
