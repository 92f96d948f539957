package org.hotline.dispatch;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.hotline.platform.testing.MovableClock;

/** The service's clock in its tests: the platform's {@link MovableClock}, which tests move instead of sleeping. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MovableClock {
}
