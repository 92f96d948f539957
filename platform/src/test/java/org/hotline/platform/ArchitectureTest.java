package org.hotline.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.hotline.platform.testing.LayerRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("fast")
class ArchitectureTest {

    @Test
    void thePlatformImportsNoServiceAndHasNoImportCircle() {
        var platform = LayerRules.of("org.hotline.platform");
        assertTrue(platform.size() > 20, "compiled classes of the platform found: " + platform.size());
        LayerRules.platformImportsNoService(platform);
        LayerRules.noImportCircles(platform);
    }

    /** The rules every service's ArchitectureTest applies fail on a service that returns a REST view, or on a circle. */
    @Test
    void theLayerRulesRefuseAServiceImportingRestTypesAndAnImportCircle() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.hotline.platform.testing.fixture");
        AssertionError leak = assertThrows(AssertionError.class, () -> LayerRules.servicesKnowNothingOfHttp(fixture));
        assertTrue(leak.getMessage().contains("LeakingService"), leak.getMessage());
        AssertionError circle = assertThrows(AssertionError.class, () -> LayerRules.noImportCircles(fixture));
        assertTrue(circle.getMessage().contains("CircleA"), circle.getMessage());
    }
}
