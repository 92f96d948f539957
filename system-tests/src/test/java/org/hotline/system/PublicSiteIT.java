package org.hotline.system;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public results site in a real Chromium, as a citizen or a journalist reads it: a closed case on the home page
 * and on its own page with its promises kept, the figures page agreeing with /statistics, the chain checked in the
 * browser (and caught when an entry is altered), no serious accessibility problem, nothing of the caller anywhere.
 */
class PublicSiteIT {
    static final String SITE = Stack.NOTIFICATION;
    static String number;

    @BeforeAll
    static void aClosedCase() {
        number = Stack.register(Stack.complaint("EAST", false));
        Stack.resolve("sup.east", number, 1, "执法队员到场劝离流动摊贩，现场已恢复整洁");
        Stack.callBack(number, 1, "SATISFIED");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(SITE).when().get("/cases/" + number)
                .then().extract().asString().contains("当场整改"));
    }

    @Test
    void aClosedCaseIsOnTheHomePageAndItsOwnPageWithItsPromisesKept() {
        try (Browser browser = Browser.desktop()) {
            browser.driver.get(SITE + "/");
            String card = browser.text(By.id("case-" + number));
            assertTrue(card.contains("✓ 按时"), card);
            assertTrue(card.contains("当场整改") && card.contains("执法队员到场劝离流动摊贩"), card);
            browser.screenshot("site-home");
            browser.follow(By.cssSelector("#case-" + number + " h2 a"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("/cases/" + number));
            String page = browser.text(By.id("main"));
            assertTrue(page.contains("满意") && page.contains("✓ 按时"), page);
            browser.screenshot("site-case");
            // the look-up form works without script: the number as the caller reads it out
            browser.driver.get(SITE + "/");
            browser.find(By.id("find-number")).sendKeys(number.toLowerCase());
            browser.follow(By.cssSelector("form.find button"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("/cases/" + number), browser.driver.getCurrentUrl());
            browser.driver.get(SITE + "/cases/" + number + "?lang=en");
            assertTrue(browser.text(By.id("main")).contains("Put right on the spot"));
        }
    }

    @Test
    void theFiguresPageDrawsItsChartsAndItsNumbersAreThoseOfStatistics() {
        try (Browser browser = Browser.desktop()) {
            browser.driver.get(SITE + "/figures");
            browser.waitFor(d -> !d.findElements(By.cssSelector(".chart[data-for=district] canvas")).isEmpty());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                browser.driver.navigate().refresh();
                JsonPath api = given().baseUri(SITE).queryParam("by", "district").when().get("/statistics").then().statusCode(200)
                        .extract().jsonPath();
                List<String> shown = browser.driver.findElements(
                        By.cssSelector("table[data-chart=district] tbody tr[data-key='东区'] td small")).stream()
                        .map(org.openqa.selenium.WebElement::getText).toList();
                List<String> expected = new java.util.ArrayList<>();
                for (String figure : List.of("response", "onTimeResolution", "onTimeResolutionWithoutExtensions", "satisfaction", "reopen")) {
                    expected.add(api.getInt("groups.find { it.key == 'EAST' }." + figure + ".count") + " ÷ "
                            + api.getInt("groups.find { it.key == 'EAST' }." + figure + ".of"));
                }
                assertEquals(expected, shown, "the district table's 东区 row against /statistics");
            });
            browser.waitFor(d -> !d.findElements(By.cssSelector(".chart[data-for=trend] canvas")).isEmpty());
            browser.screenshot("site-figures");
        }
    }

    @Test
    void theCheckInTheBrowserSaysIntactAndNamesTheEntryThatWasAltered() throws Exception {
        try (Browser browser = Browser.desktop()) {
            browser.driver.get(SITE + "/check");
            browser.find(By.id("check-start")).click();
            String intact = browser.waitFor(d -> {
                String t = d.findElement(By.id("check-result")).getText();
                return t.startsWith("完整") || t.startsWith("已损坏") ? t : null;
            }, Duration.ofSeconds(90));
            assertTrue(intact.startsWith("完整"), intact);
            browser.screenshot("site-check");
            long first = given().baseUri(SITE).queryParam("after", 0).queryParam("limit", 1).when().get("/disclosure/entries")
                    .then().extract().jsonPath().getLong("[0].seq");
            Stack.sql("notification", "update disclosure_entry set street = street || '~' where seq = " + first);
            try {
                browser.driver.navigate().refresh();
                browser.find(By.id("check-start")).click();
                String broken = browser.waitFor(d -> {
                    String t = d.findElement(By.id("check-result")).getText();
                    return t.startsWith("完整") || t.startsWith("已损坏") ? t : null;
                }, Duration.ofSeconds(90));
                assertTrue(broken.startsWith("已损坏：第 " + first + " 条"), broken);
            } finally {
                Stack.sql("notification", "update disclosure_entry set street = left(street, length(street) - 1) "
                        + "where seq = " + first + " and street like '%~'");
            }
        }
    }

    @Test
    void noPublicPageHasASeriousAccessibilityProblemOrAnythingOfTheCaller() {
        List<String> problems = new ArrayList<>();
        for (boolean phone : new boolean[] {false, true}) {
            try (Browser browser = phone ? Browser.phone() : Browser.desktop()) {
                for (String path : List.of("/", "/cases/" + number, "/cases/X-000000-0000", "/figures", "/check", "/open-data",
                        "/?lang=en", "/figures?lang=en")) {
                    browser.driver.get(SITE + path);
                    browser.find(By.id("main"));
                    browser.accessibilityProblems().forEach(p -> problems.add((phone ? "phone " : "desktop ") + path + ": " + p));
                    String source = browser.driver.getPageSource();
                    for (String personal : List.of(Stack.CALLER_NAME, Stack.CALLER_PHONE, Stack.HOUSE_NUMBER)) {
                        assertFalse(source.contains(personal), path + " shows " + personal);
                    }
                }
                if (phone) {
                    browser.driver.get(SITE + "/");
                    browser.screenshot("site-home-phone");
                }
            }
        }
        assertEquals(List.of(), problems);
        for (String path : List.of("/open-data.csv", "/open-data-answers.csv", "/figures/data.csv", "/feed/json", "/feed/atom", "/open311/v2/requests.json")) {
            String body = given().baseUri(SITE).when().get(path).then().statusCode(200).extract().asString();
            for (String personal : List.of(Stack.CALLER_NAME, Stack.CALLER_PHONE, Stack.HOUSE_NUMBER)) {
                assertFalse(body.contains(personal), path + " holds " + personal);
            }
        }
    }
}
