package org.hotline.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The duty dispatcher's and the auditor's screens in a real browser, logged in through the real Keycloak: the board
 * with its breaches, held public entries, escalated callbacks, the monthly assessment with its charts, routing rules.
 */
class OversightConsoleIT {

    private static String register(String district) {
        String phone = "139" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        return Stack.register(Stack.complaint(district, false).replace(Stack.CALLER_PHONE, phone));
    }

    private static Map<String, Object> awaitDispatch(String user, String number) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Stack.dispatchOf(user, number) != null);
        return Stack.dispatchOf(user, number);
    }

    @Test
    void theBoardShowsEveryOpenDispatchNarrowedByTheFiltersWithBreachesOnTopAndHowLongOverdue() throws Exception {
        String south = register("SOUTH");
        String late = register("SOUTH");
        awaitDispatch("sup.south", south);
        long lateId = ((Number) awaitDispatch("sup.south", late).get("id")).longValue();
        // time passes: the on-site hour of one dispatch lapsed 30 days ago — the most overdue of any, so that it leads
        // both lists however many other dispatches this machine's database holds
        Stack.sql("dispatch", "update dispatch set received_at = now() - interval '31 days', on_site_due = now() - interval '30 days'"
                + " where id = " + lateId);
        try (Browser b = Browser.desktop()) {
            b.open("/", "dispatcher1");
            b.follow(By.id("menu-board"));
            By breach = By.cssSelector("#breaches tr[data-case='" + late + "']");
            assertTrue(b.text(breach).matches("(?s).*30天\\d+小时.*已督办.*"), b.text(breach));
            assertTrue(b.driver.findElements(By.cssSelector("#breaches tr[data-case='" + south + "']")).isEmpty(),
                    "a dispatch in time is not a breach");
            new Select(b.find(By.id("f-squad"))).selectByValue("SOUTH-1");
            b.waitFor(d -> d.getCurrentUrl().contains("squad=SOUTH-1"));
            new Select(b.find(By.id("f-stage"))).selectByValue("DISPATCHED");
            b.waitFor(d -> d.getCurrentUrl().endsWith("/board?squad=SOUTH-1&district=&stage=DISPATCHED"));
            b.find(By.cssSelector("#open article[data-case='" + late + "']"));
            List<WebElement> cards = b.driver.findElements(By.cssSelector("#open article"));
            assertTrue(cards.stream().allMatch(c -> c.getText().contains("SOUTH-1") && c.getText().contains("已派单")),
                    "only the south squad's dispatched ones");
            assertEquals(2, b.driver.findElements(By.cssSelector("#open article[data-case='" + late + "'] .clock")).size(),
                    "two clocks per dispatch");
            b.screenshot("dispatcher-board");
            b.driver.navigate().refresh(); // the address kept the filters: a reload shows the same board
            b.find(By.cssSelector("#open article[data-case='" + late + "']"));
            assertEquals("SOUTH-1", new Select(b.find(By.id("f-squad"))).getFirstSelectedOption().getAttribute("value"));
            new Select(b.find(By.id("f-squad"))).selectByValue("EAST-1");
            b.waitFor(d -> d.findElements(By.cssSelector("#open article[data-case='" + late + "']")).isEmpty());
        }
    }

    @Test
    void aSummaryWithAPhoneNumberIsHeldAndTheDispatcherPublishesAnEditedOne() {
        String number = register("WEST");
        String held = "已电话联系来电人，号码13912340000，摊点已清理";
        Stack.resolve("sup.west", number, 1, held);
        Stack.callBack(number, 1, "SATISFIED");
        // the feed may hold thousands of entries from earlier runs: this case's comes after the latest one now
        long latest = ((Number) io.restassured.RestAssured.given().baseUri(Stack.NOTIFICATION)
                .when().get("/disclosure/checkpoint").then().statusCode(200).extract().path("seq")).longValue();
        try (Browser b = Browser.desktop()) {
            b.open("/", "dispatcher1");
            b.follow(By.id("menu-held"));
            By card = By.cssSelector("article[data-case='" + number + "']");
            b.waitFor(d -> {
                if (d.findElements(card).isEmpty()) {
                    d.navigate().refresh(); // held once notification hears of the closure
                    return false;
                }
                return true;
            }, Duration.ofSeconds(30));
            assertTrue(b.text(card).contains(held), "the held text beside the edit box: " + b.text(card));
            b.screenshot("dispatcher-held");
            WebElement edit = b.find(card).findElement(By.tagName("textarea"));
            edit.clear();
            edit.sendKeys("经联系来电人，13912340000");
            b.find(card).findElement(By.tagName("button")).click();
            b.waitFor(d -> d.findElement(card).findElements(By.cssSelector(".field-error")).size() == 1);
            assertEquals("true", b.find(card).findElement(By.tagName("textarea")).getAttribute("aria-invalid"),
                    "still a phone: refused again, marked at the field");
            edit = b.find(card).findElement(By.tagName("textarea"));
            edit.clear();
            edit.sendKeys("执法队员到场，流动摊点已清理");
            b.find(card).findElement(By.tagName("button")).click();
            b.waitFor(d -> d.findElement(card).getText().contains("已发布"));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals("执法队员到场，流动摊点已清理",
                io.restassured.RestAssured.given().baseUri(Stack.NOTIFICATION).queryParam("limit", 1000)
                        .queryParam("after", latest).when().get("/disclosure/entries").then().statusCode(200).extract().jsonPath()
                        .getString("find { it.caseNumber == '" + number + "' }.publicSummary")));
    }

    @Test
    void aCallerDissatisfiedThreeTimesIsEscalatedAndListedForTheDispatcher() {
        String number = register("NORTH");
        for (int round = 1; round <= 3; round++) {
            Stack.resolve("sup.north", number, round, "现场已整改");
            Stack.callBack(number, round, "DISSATISFIED");
        }
        try (Browser b = Browser.desktop()) {
            b.open("/", "auditor1");
            b.follow(By.id("menu-escalated"));
            By row = By.cssSelector("#escalated tr[data-case='" + number + "']");
            assertTrue(b.text(row).contains("NORTH-1"), b.text(row));
            b.screenshot("auditor-escalated");
        }
    }

    @Test
    void theAuditorOpensTheMonthsAssessmentSeesEachFigureWithItsCountAndChartAndDownloadsTheCsv() {
        String number = register("EAST");
        long id = ((Number) awaitDispatch("sup.east", number).get("id")).longValue();
        Stack.as("sup.east", Stack.DISPATCH).when().post("/dispatches/{id}/acknowledgement", id).then().statusCode(200);
        Stack.as("sup.east", Stack.DISPATCH).when().post("/dispatches/{id}/arrival", id).then().statusCode(200);
        try (Browser b = Browser.desktop()) {
            b.open("/", "auditor1");
            assertTrue(b.driver.findElements(By.id("menu-queue")).isEmpty(), "an auditor has no dispatcher's queue");
            b.follow(By.id("menu-assessment"));
            By east = By.cssSelector("#figures tr[data-group='EAST-1']");
            b.waitFor(d -> {
                if (d.findElements(east).isEmpty()) {
                    d.navigate().refresh(); // counted once followup hears the squad arrived
                    return false;
                }
                return true;
            }, Duration.ofSeconds(30));
            assertTrue(b.text(east).matches("(?s)EAST-1\\s+\\d+\\.\\d%\\s+\\d+ ÷ \\d+.*"), b.text(east));
            assertTrue(b.text(By.cssSelector(".definitions")).contains("响应率"));
            b.waitFor(d -> d.findElements(By.cssSelector(".chart[data-drawn='true'] canvas")).size() == 6);
            b.screenshot("auditor-assessment");
            String csv = (String) ((JavascriptExecutor) b.driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('csv').href).then(r => r.text()).then(done);");
            String[] lines = csv.split("\r?\n");
            assertTrue(lines[0].contains("响应率 %") && lines[0].contains("满意率 %"), lines[0]);
            assertTrue(List.of(lines).stream().anyMatch(l -> l.matches(".*,按中队,EAST-1,\\d+\\.\\d,\\d+,\\d+,.*")), csv);
            new Select(b.find(By.id("by"))).selectByValue("district");
            b.follow(By.cssSelector("form.filters button[type=submit]"));
            b.find(By.cssSelector("#figures tr[data-group='EAST']"));
            assertTrue(b.text(By.cssSelector("#figures tr[data-group='EAST']")).startsWith("东区"));
        }
    }

    @Test
    void theDispatcherAddsAndRemovesARoutingRule() {
        String cell = "E-T" + ThreadLocalRandom.current().nextInt(1000, 9999);
        try (Browser b = Browser.desktop()) {
            b.open("/", "dispatcher1");
            b.follow(By.id("menu-rules"));
            new Select(b.find(By.id("rule-district"))).selectByValue("EAST");
            b.find(By.id("rule-grid")).sendKeys(cell);
            b.find(By.id("rule-squad")).sendKeys("NORTH-1");
            b.find(By.id("rule-save")).click();
            By row = By.xpath("//table[@id='rules']//tr[td[normalize-space()='" + cell + "']]");
            b.waitFor(d -> !d.findElements(row).isEmpty());
            assertTrue(b.text(row).contains("NORTH-1"), b.text(row));
            assertTrue(b.text(By.id("saved")).contains("NORTH-1"));
            b.screenshot("dispatcher-rules");
            b.find(row).findElement(By.tagName("button")).click();
            b.driver.switchTo().alert().accept();
            b.waitFor(d -> d.findElements(row).isEmpty());
        }
        assertFalse(Stack.as("dispatcher1", Stack.DISPATCH).when().get("/routing-rules").then().statusCode(200)
                .extract().jsonPath().getList("gridCell").contains(cell));
    }
}
