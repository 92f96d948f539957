package org.hotline.platform;

import org.hotline.platform.testing.LayerRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ArchitectureTest {

    @Test
    void thePlatformImportsNoServiceAndHasNoImportCircle() {
        var platform = LayerRules.of("org.hotline.platform");
        LayerRules.platformImportsNoService(platform);
        LayerRules.noImportCircles(platform);
    }
}
