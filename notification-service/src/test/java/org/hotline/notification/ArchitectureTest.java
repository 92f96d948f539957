package org.hotline.notification;

import org.hotline.platform.testing.ServiceLayersTest;

/** The layers of notification-service (ArchUnit on the compiled classes, no Quarkus boot). */
class ArchitectureTest extends ServiceLayersTest {
    ArchitectureTest() {
        super("org.hotline.notification");
    }
}
