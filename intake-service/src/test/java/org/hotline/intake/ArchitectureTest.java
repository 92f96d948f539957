package org.hotline.intake;

import org.hotline.platform.testing.ServiceLayersTest;

/** The layers of intake-service (ArchUnit on the compiled classes, no Quarkus boot). */
class ArchitectureTest extends ServiceLayersTest {
    ArchitectureTest() {
        super("org.hotline.intake");
    }
}
