package org.hotline.platform.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.NoSuchElementException;

/**
 * In production every secret comes from the environment and none has a default: a service started without its
 * database password refuses to start and says which variable is missing (the datasource alone would go on and fail
 * at its first connection, or connect without one where the server trusts it).
 */
@ApplicationScoped
public class ProductionSecrets {
    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        try {
            ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
        } catch (NoSuchElementException e) {
            throw new IllegalStateException("the database password is not set: in production it comes from the environment "
                    + "variable HOTLINE_DB_PASSWORD (quarkus.datasource.password)");
        }
    }
}
