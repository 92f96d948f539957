package org.hotline.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layer rules of one service; each service's {@code ArchitectureTest} extends it with its base package. */
@Tag("fast")
public abstract class ServiceLayersTest {
    private final JavaClasses classes;

    protected ServiceLayersTest(String basePackage) {
        this.classes = LayerRules.of(basePackage);
    }

    @Test
    void theRulesSeeTheServicesOwnClasses() {
        assertTrue(classes.size() > 20, "compiled classes of the service found: " + classes.size());
    }

    @Test
    void servicesEntitiesAndConsumersKnowNothingOfHttp() {
        LayerRules.servicesKnowNothingOfHttp(classes);
    }

    @Test
    void noImportCircleBetweenClasses() {
        LayerRules.noImportCircles(classes);
    }
}
