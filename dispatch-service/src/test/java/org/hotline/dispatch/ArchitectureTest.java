package org.hotline.dispatch;

import org.hotline.platform.testing.ServiceLayersTest;

/** The layers of dispatch-service (ArchUnit on the compiled classes, no Quarkus boot). */
class ArchitectureTest extends ServiceLayersTest {
    ArchitectureTest() {
        super("org.hotline.dispatch");
    }
}
