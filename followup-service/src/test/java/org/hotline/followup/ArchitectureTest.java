package org.hotline.followup;

import org.hotline.platform.testing.ServiceLayersTest;

/** The layers of followup-service (ArchUnit on the compiled classes, no Quarkus boot). */
class ArchitectureTest extends ServiceLayersTest {
    ArchitectureTest() {
        super("org.hotline.followup");
    }
}
