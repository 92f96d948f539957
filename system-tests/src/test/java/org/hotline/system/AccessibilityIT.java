package org.hotline.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** axe-core on every page of the console, as the user who works there sees it: no serious or critical violation. */
class AccessibilityIT {

    /** Each user's pages (the path as they reach it). */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("operator1", List.of("/", "/operator", "/operator/lookup", "/operator/search", "/operator/callbacks", "/supervisor"));
        PAGES.put("dispatcher1", List.of("/", "/dispatcher", "/dispatcher/rules", "/board", "/held", "/escalated", "/assessment"));
        PAGES.put("auditor1", List.of("/", "/board", "/assessment?by=district"));
    }

    @Test
    void noPageHasASeriousOrCriticalAccessibilityViolation() {
        List<String> problems = new ArrayList<>();
        PAGES.forEach((user, paths) -> {
            try (Browser b = Browser.desktop()) {
                for (String path : paths) {
                    b.open(path, user);
                    b.find(By.tagName("h1"));
                    b.accessibilityProblems().forEach(p -> problems.add(user + " " + path + ": " + p));
                }
            }
        });
        try (Browser phone = Browser.phone()) {
            phone.open("/supervisor", "sup.east");
            phone.find(By.tagName("h1"));
            phone.accessibilityProblems().forEach(p -> problems.add("sup.east /supervisor (phone): " + p));
            phone.follow(By.id("logout"));
            phone.find(By.id("signed-out"));
            phone.accessibilityProblems().forEach(p -> problems.add("signed out: " + p));
        }
        assertEquals(List.of(), problems);
    }
}
