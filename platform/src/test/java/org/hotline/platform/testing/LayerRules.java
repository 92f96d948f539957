package org.hotline.platform.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers every service keeps, checked on its compiled classes (ArchUnit, no Quarkus boot):
 * <ul>
 *   <li>only {@code rest} and {@code mapping} know HTTP: services, entities, messaging and configuration import
 *       no REST type (a feature's {@code rest} package, JAX-RS, RESTEasy);</li>
 *   <li>no import circle between classes (a class and its nested classes count as one);</li>
 *   <li>the platform imports no service's package.</li>
 * </ul>
 */
public final class LayerRules {
    private static final String[] SERVICES = {"org.hotline.intake..", "org.hotline.dispatch..", "org.hotline.followup..",
            "org.hotline.notification.."};

    private LayerRules() {
    }

    /**
     * The module's own compiled classes under {@code basePackage} (its {@code target/classes}, tests left out); what
     * they depend on is judged by name, without importing the whole classpath.
     */
    public static JavaClasses of(String basePackage) {
        String folder = basePackage.replace('.', '/');
        try {
            for (URL url : Collections.list(LayerRules.class.getClassLoader().getResources(folder))) {
                if ("file".equals(url.getProtocol()) && url.getPath().contains("/target/classes/")) {
                    return new ClassFileImporter().importPath(Path.of(url.toURI()));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no compiled classes of " + basePackage + " on the classpath");
    }

    public static void servicesKnowNothingOfHttp(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackages("..rest..", "..mapping..")
                .should().dependOnClassesThat().resideInAnyPackage("..rest..", "jakarta.ws.rs..", "org.jboss.resteasy..")
                .because("services take domain commands and return domain objects; resources map, with the mappers in mapping/")
                .check(classes);
    }

    public static void noImportCircles(JavaClasses classes) {
        slices().assignedFrom(TOP_LEVEL_CLASSES).should().beFreeOfCycles().check(classes);
    }

    public static void platformImportsNoService(JavaClasses platform) {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(SERVICES)
                .because("the platform is what every service does the same way; it knows none of them")
                .check(platform);
    }

    /** Each top-level class (with its nested classes) is one slice. */
    private static final SliceAssignment TOP_LEVEL_CLASSES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getName();
            int nested = name.indexOf('$');
            return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
        }

        @Override
        public String getDescription() {
            return "top-level classes";
        }
    };
}
