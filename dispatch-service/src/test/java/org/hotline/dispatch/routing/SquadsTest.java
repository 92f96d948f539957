package org.hotline.dispatch.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.dispatch.routing.service.RealmSquads;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The squads dispatch knows and the squad groups of both realm files are one list; a difference is named. */
@Tag("fast")
class SquadsTest {
    @Test
    void theCatalogueAndBothRealmFilesHaveTheSameSquads() throws Exception {
        Properties platform = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            platform.load(in);
        }
        Set<String> configured = new TreeSet<>(Arrays.asList(platform.getProperty("hotline.catalogue.squads").split(",")));
        for (String realm : new String[] {"hotline-realm.json", "hotline-realm-production.json"}) {
            var groups = new ObjectMapper().readTree(realms().resolve(realm).toFile()).path("groups");
            assertNull(RealmSquads.difference(configured, RealmSquads.squads(groups)), realm);
        }
    }

    /** deploy/keycloak of the checkout, found upwards from where the tests run. */
    static Path realms() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (dir.resolve("deploy/keycloak/hotline-realm.json").toFile().isFile()) {
                return dir.resolve("deploy/keycloak");
            }
        }
        throw new IllegalStateException("no deploy/keycloak above " + Path.of("").toAbsolutePath());
    }

    @Test
    void aDifferenceNamesTheSquadsOnEachSide() {
        assertEquals("configured but no group in the realm: [NOWHERE-9]; a group in the realm but not configured: [WEST-2]",
                RealmSquads.difference(Set.of("EAST-1", "NOWHERE-9"), Set.of("EAST-1", "WEST-2")));
    }
}
