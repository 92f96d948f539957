package org.hotline.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff console in a real browser, logged in through the real Keycloak, against the running stack. */
class ConsoleIT {

    private static String newPhone() {
        return "139" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    /** The cases intake holds for this caller (as the API answers an operator). */
    private static List<String> casesOf(String phone) {
        return Stack.as("operator1", Stack.INTAKE).queryParam("phone", phone).when().get("/cases")
                .then().statusCode(200).extract().jsonPath().getList("items.caseNumber");
    }

    private static String registerByApi(String phone, String district) {
        String body = Stack.complaint(district, false).replace(Stack.CALLER_PHONE, phone);
        return Stack.register(body);
    }

    @Test
    void anOperatorRegistersACallByKeyboardAloneAndReadsOutTheCaseNumberAndThePromise() {
        String phone = newPhone();
        String earlier = registerByApi(phone, "EAST");
        try (Browser b = Browser.desktop()) {
            b.open("/", "operator1");
            b.follow(By.id("menu-new-call"));
            b.find(By.id("phone"));
            // the phone field has the focus; everything else by Tab, arrows and Enter
            WebElement focused = b.driver.switchTo().activeElement();
            assertEquals("phone", focused.getAttribute("id"));
            focused.sendKeys(phone);
            // the caller's earlier case pops up while the phone is typed (来电弹屏)
            b.waitFor(d -> d.findElement(By.id("history")).getText().contains(earlier));
            new Actions(b.driver)
                    .sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys("王建国")          // anonymous? no · name
                    .sendKeys(Keys.TAB).sendKeys(Keys.TAB)                               // line (as last time) · priority
                    .sendKeys(Keys.TAB).sendKeys(Keys.ARROW_DOWN)                        // category: the first one
                    .sendKeys(Keys.TAB).sendKeys(Keys.ARROW_DOWN)                        // district: east
                    .sendKeys(Keys.TAB).sendKeys("人民路")
                    .sendKeys(Keys.TAB).sendKeys("人民路12号")
                    .sendKeys(Keys.TAB).sendKeys("楼下违章搭建的棚子越来越大")
                    .keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL)      // submit
                    .perform();
            String number = b.text(By.id("case-number"));
            assertTrue(number.matches("H-\\d{6}-\\d{4,}"), number);
            b.waitFor(d -> d.findElement(By.id("promise")).getText().contains("到场时限"), Duration.ofSeconds(30));
            assertTrue(b.text(By.id("promise")).matches("到场时限 .+ · 办结时限 \\d+月\\d+日 \\d\\d:\\d\\d"), b.text(By.id("promise")));
            b.screenshot("operator-answer");
            assertEquals(List.of(number, earlier), casesOf(phone), "the new case is the caller's, newest first");
            // the caller rings back and quotes the number: the case with its timeline
            b.driver.get(Browser.CONSOLE + "/operator/lookup");
            b.find(By.id("q")).sendKeys(number, Keys.ENTER);
            By found = By.cssSelector("article[data-case='" + number + "']");
            b.waitFor(d -> !d.findElements(found).isEmpty() && d.findElement(found).getText().contains("已派单"));
            assertTrue(b.text(found).contains("已受理"), b.text(found));
            b.screenshot("operator-lookup");
            // or gives the phone: the caller's cases, newest first
            WebElement q = b.find(By.id("q"));
            q.clear();
            q.sendKeys(phone, Keys.ENTER);
            b.waitFor(d -> d.findElements(By.cssSelector("article.case-record")).size() == 2);
        }
    }

    @Test
    void aDoubleClickMakesOneCaseAndABadPhoneIsMarkedAtTheField() {
        try (Browser b = Browser.desktop()) {
            b.open("/operator", "operator1");
            b.find(By.id("phone")).sendKeys("12345");
            fill(b);
            b.find(By.id("submit")).click();
            b.find(By.id("phone-error"));
            assertTrue(b.driver.findElement(By.id("phone")).getAttribute("aria-invalid").equals("true"));
            assertTrue(b.text(By.id("error-summary")).contains("请更正"), b.text(By.id("error-summary")));
            b.screenshot("operator-bad-phone");

            String phone = newPhone();
            WebElement field = b.find(By.id("phone"));
            field.clear();
            field.sendKeys(phone);
            new Actions(b.driver).doubleClick(b.find(By.id("submit"))).perform();
            b.find(By.id("case-number"));
            b.waitFor(d -> casesOf(phone).size() == 1);
            assertEquals(1, casesOf(phone).size(), "a double click registers one case");
        }
    }

    private static void fill(Browser b) {
        b.find(By.id("name")).sendKeys("李女士");
        new org.openqa.selenium.support.ui.Select(b.find(By.id("category"))).selectByValue("STREET_VENDOR");
        new org.openqa.selenium.support.ui.Select(b.find(By.id("district"))).selectByValue("EAST");
        b.find(By.id("street")).sendKeys("解放路");
        b.find(By.id("description")).sendKeys("流动摊点占道经营");
    }

    @Test
    void theEastSupervisorOnAPhoneTakesNewWorkToResolvedTheOperatorCallsBackAndTheWestSquadNeverSeesIt() {
        String number;
        try (Browser b = Browser.phone()) {
            b.open("/supervisor", "sup.east");
            b.find(By.tagName("h1"));
            number = registerByApi(newPhone(), "EAST");
            By card = By.cssSelector("article[data-case='" + number + "']");
            WebElement arrived = b.waitFor(d -> d.findElements(card).isEmpty() ? null : d.findElement(card), Duration.ofSeconds(30));
            assertTrue(arrived.getText().contains("已派单"), arrived.getText());
            assertTrue(b.driver.getCurrentUrl().endsWith("/supervisor"), "no reload: still the page it was");
            b.screenshot("supervisor-new-dispatch");
            WebElement acknowledge = arrived.findElement(By.tagName("button"));
            assertTrue(acknowledge.getSize().getHeight() >= 44, "a thumb-sized button");
            acknowledge.click();
            b.waitFor(d -> d.findElement(card).getText().contains("已签收"));
            b.driver.findElement(card).findElement(By.xpath(".//button[normalize-space()='到场']")).click();
            b.waitFor(d -> d.findElement(card).getText().contains("已到场"));
            WebElement onSite = b.driver.findElement(card);
            onSite.findElement(By.xpath(".//summary[normalize-space()='处置']")).click();
            onSite.findElement(By.cssSelector("textarea[name=publicSummary]")).sendKeys("执法队员到场劝离流动摊贩，现场已恢复整洁");
            onSite.findElement(By.cssSelector("form[hx-post$='/resolution'] button")).click();
            b.waitFor(d -> d.findElement(card).getText().contains("已处置"));
            b.screenshot("supervisor-resolved");
            assertEquals("RESOLVED", Stack.as("sup.east", Stack.DISPATCH).when().get("/dispatches/{id}",
                    Long.parseLong(b.driver.findElement(card).getAttribute("id").replace("dispatch-", ""))).then()
                    .statusCode(200).extract().path("status"));
        }
        // the operator calls the complainant back from the worklist: satisfied, and the case is closed (办结)
        try (Browser b = Browser.desktop()) {
            b.open("/operator/callbacks", "operator1");
            By card = By.cssSelector("article[data-case='" + number + "']");
            b.waitFor(d -> {
                if (d.findElements(card).isEmpty()) {
                    d.navigate().refresh(); // the callback falls due once followup hears of the resolution
                    return false;
                }
                return true;
            }, Duration.ofSeconds(30));
            WebElement callback = b.driver.findElement(card);
            assertTrue(callback.findElement(By.cssSelector("a[href^='tel:']")).getAttribute("href").startsWith("tel:139"));
            b.screenshot("operator-callbacks");
            callback.findElement(By.cssSelector("button[value=SATISFIED]")).click();
            b.waitFor(d -> d.findElement(card).getText().contains("已记录回访"));
        }
        String closed = number;
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertEquals(List.of("REGISTERED", "DISPATCHED", "ACKNOWLEDGED", "ON_SITE", "RESOLVED", "CLOSED"),
                        Stack.as("operator1", Stack.INTAKE).when().get("/cases/{n}", closed).then().statusCode(200)
                                .extract().jsonPath().getList("timeline.step")));
        try (Browser west = Browser.phone()) {
            west.open("/supervisor", "sup.west");
            west.find(By.tagName("h1"));
            assertFalse(west.driver.getPageSource().contains(number), "the west squad never sees the east's dispatch");
        }
    }

    @Test
    void theSupervisorsOpenPageSoundsTheAlarmForNewWorkAndADeadlineWarning() throws Exception {
        try (Browser b = Browser.phone()) {
            b.open("/supervisor", "sup.east");
            // the page says its live alarms are on once the squad's stream runs
            b.waitFor(d -> d.findElement(By.id("live")).getText().contains("实时提醒已连接"));
            String number = registerByApi(newPhone(), "EAST");
            By fresh = By.cssSelector("#alarms .alarm[data-case='" + number + "'][data-kind='NEW_DISPATCH']");
            assertTrue(b.waitFor(d -> d.findElements(fresh).isEmpty() ? null : d.findElement(fresh), Duration.ofSeconds(30))
                    .getText().startsWith("新派单"));
            // the on-site warning (75 % of the hour) falls due now
            Stack.sql("dispatch", "update deadline_alarm set due_at = now() where case_number = '" + number
                    + "' and kind = 'ON_SITE' and stage = 'WARNING'");
            By warning = By.cssSelector("#alarms .alarm[data-case='" + number + "'][data-kind='WARNING']");
            WebElement alarm = b.waitFor(d -> d.findElements(warning).isEmpty() ? null : d.findElement(warning), Duration.ofSeconds(30));
            assertTrue(alarm.getText().matches("即将超时 " + number + " · 到场 .+"), alarm.getText());
            assertTrue(b.driver.getCurrentUrl().endsWith("/supervisor"), "no reload");
            b.screenshot("supervisor-alarms");
        }
    }

    @Test
    void anOperatorCorrectsACaseNoSquadHasYetAndSearchesWithFiltersAndMore() {
        // no rule routes the north district for a moment: the case waits for a dispatcher (待派单) and can be corrected
        long northRule = ((Number) Stack.as("dispatcher1", Stack.DISPATCH).when().get("/routing-rules").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.district == 'NORTH' && it.gridCell == null && it.category == null }")
                .get("id")).longValue();
        String number;
        try {
            Stack.as("dispatcher1", Stack.DISPATCH).when().delete("/routing-rules/{id}", northRule).then().statusCode(204);
            number = registerByApi(newPhone(), "NORTH");
            String waiting = number;
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "AWAITING_DISPATCH".equals(
                    Stack.as("operator1", Stack.INTAKE).when().get("/cases/{n}", waiting).then().extract().path("status")));
        } finally {
            Stack.as("dispatcher1", Stack.DISPATCH).contentType(ContentType.JSON).body("{\"district\":\"NORTH\",\"squad\":\"NORTH-1\"}")
                    .when().put("/routing-rules").then().statusCode(200);
        }
        try (Browser b = Browser.desktop()) {
            b.open("/operator/lookup", "operator1");
            b.find(By.id("q")).sendKeys(number, Keys.ENTER);
            By found = By.cssSelector("article[data-case='" + number + "']");
            b.find(found).findElement(By.xpath(".//summary[normalize-space()='更正']")).click();
            WebElement street = b.find(found).findElement(By.cssSelector("input[name=street]"));
            street.clear();
            street.sendKeys("北京路");
            new org.openqa.selenium.support.ui.Select(b.find(found).findElement(By.cssSelector("select[name=district]"))).selectByValue("WEST");
            b.find(found).findElement(By.cssSelector("form[hx-post$='/correction'] button")).click();
            b.waitFor(d -> d.findElement(found).getText().contains("已更正"));
            String record = b.text(found);
            assertTrue(record.contains("街道：人民路 → 北京路") && record.contains("所在区：北区 → 西区"), record);
            b.screenshot("operator-correction");

            // the search: west district, newest first, then "more" until the corrected case shows
            b.driver.get(Browser.CONSOLE + "/operator/search?district=WEST");
            b.find(By.id("found"));
            By row = By.cssSelector("#found tr[data-case='" + number + "']");
            b.waitFor(d -> {
                if (!d.findElements(row).isEmpty()) {
                    return true;
                }
                d.findElement(By.id("more")).click();
                return false;
            });
            List<WebElement> rows = b.driver.findElements(By.cssSelector("#found tr[data-case]"));
            assertTrue(rows.stream().allMatch(r -> r.getText().contains("西区")), "only the west district's cases");
            assertEquals(rows.size(), rows.stream().map(r -> r.getAttribute("data-case")).distinct().count(), "no case twice");
            b.screenshot("operator-search");
        }
    }

    @Test
    void whenTheSessionEndsAnOpenPageGoesBackThroughTheLoginInsteadOfShowingItInsideACard() {
        try (Browser b = Browser.phone()) {
            b.open("/supervisor", "sup.east");
            b.find(By.tagName("h1"));
            var js = (org.openqa.selenium.JavascriptExecutor) b.driver;
            js.executeScript("window.beforeTheSessionEnded = true;");
            b.driver.manage().deleteAllCookies(); // the console's session is gone (expired, or the cookie cleared)
            // the next poll for new work is refused with 499 (not redirected to a login page that htmx would swap
            // into the list): the whole page reloads through Keycloak (still signed in there) and comes back
            b.waitFor(d -> js.executeScript("return window.beforeTheSessionEnded === undefined && document.readyState === 'complete'")
                    .equals(Boolean.TRUE), Duration.ofSeconds(20));
            b.waitFor(d -> d.getCurrentUrl().endsWith("/supervisor"));
            assertEquals("本中队派单", b.text(By.tagName("h1")));
            assertTrue(b.driver.findElements(By.cssSelector("#cards #kc-login, #cards form#kc-form-login")).isEmpty(),
                    "no login form inside the list");
            assertFalse(b.driver.manage().getCookies().isEmpty(), "a new session");
        }
    }

    @Test
    void aPageOfAnotherRoleSaysSoAndLogoutEndsTheSession() {
        try (Browser b = Browser.desktop()) {
            b.open("/supervisor", "operator1");
            assertEquals("无权访问", b.text(By.tagName("h1")));
            b.screenshot("forbidden");
            b.driver.get(Browser.CONSOLE + "/no-such-page");
            assertEquals("页面不存在", b.text(By.tagName("h1")), "a mistyped address: a page in the bureau's words");
            b.driver.get(Browser.CONSOLE + "/supervisor");
            b.follow(By.linkText("返回首页"));
            b.follow(By.id("logout"));
            b.find(By.id("signed-out"));
            b.driver.navigate().back(); // the page before logout is not shown again: Keycloak asks for a login
            b.waitFor(d -> !d.findElements(By.id("kc-login")).isEmpty());
            b.driver.get(Browser.CONSOLE + "/operator");
            assertFalse(b.driver.findElements(By.id("kc-login")).isEmpty(), "after logout the console asks for a login again");
        }
    }

    private static long dispatchId(String caseNumber) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Stack.dispatchOf("sup.east", caseNumber) != null);
        return ((Number) Stack.dispatchOf("sup.east", caseNumber).get("id")).longValue();
    }

    @Test
    void theDutyDispatcherReroutesAReturnedDispatchAndGrantsAnExtension() {
        String returned = registerByApi(newPhone(), "EAST");
        long first = dispatchId(returned);
        Stack.as("sup.east", Stack.DISPATCH).contentType(ContentType.JSON).body("{\"reason\":\"不属于本中队辖区\"}")
                .when().post("/dispatches/{id}/return", first).then().statusCode(200);
        String extended = registerByApi(newPhone(), "EAST");
        long second = dispatchId(extended);
        Stack.as("sup.east", Stack.DISPATCH).when().post("/dispatches/{id}/acknowledgement", second).then().statusCode(200);
        Stack.as("sup.east", Stack.DISPATCH).contentType(ContentType.JSON)
                .body("{\"until\":\"" + java.time.Instant.now().plus(Duration.ofDays(5)) + "\",\"reason\":\"需协调市场监管部门联合执法\"}")
                .when().post("/dispatches/{id}/extension", second).then().statusCode(200);
        try (Browser b = Browser.desktop()) {
            b.open("/", "dispatcher1");
            b.follow(By.id("menu-queue"));
            By returnedCard = By.cssSelector("article[data-case='" + returned + "']");
            By extendedCard = By.cssSelector("article[data-case='" + extended + "']");
            assertTrue(b.text(returnedCard).contains("不属于本中队辖区"), b.text(returnedCard));
            assertTrue(b.text(extendedCard).contains("需协调市场监管部门联合执法"), b.text(extendedCard));
            b.screenshot("dispatcher-queue");
            new org.openqa.selenium.support.ui.Select(b.find(returnedCard).findElement(By.tagName("select"))).selectByValue("WEST-1");
            b.find(returnedCard).findElement(By.cssSelector("form[hx-post$='/reroute'] button")).click();
            b.waitFor(d -> d.findElement(returnedCard).getText().contains("已处理"));
            b.find(extendedCard).findElement(By.cssSelector("button[value=true]")).click();
            b.waitFor(d -> d.findElement(extendedCard).getText().contains("已处理"));
        }
        assertEquals("WEST-1", Stack.as("dispatcher1", Stack.DISPATCH).when().get("/dispatches/{id}", first)
                .then().statusCode(200).extract().path("squad"));
        // the caller rings back: the operator's timeline tells that the squad returned it, why, and who re-routed it
        try (Browser b = Browser.desktop()) {
            b.open("/operator/lookup", "operator1");
            b.find(By.id("q")).sendKeys(returned, Keys.ENTER);
            By found = By.cssSelector("article[data-case='" + returned + "']");
            b.waitFor(d -> !d.findElements(found).isEmpty() && d.findElement(found).getText().contains("改派"), Duration.ofSeconds(30));
            String timeline = b.text(found);
            assertTrue(timeline.contains("退单") && timeline.contains("不属于本中队辖区") && timeline.contains("sup.east"), timeline);
            assertTrue(timeline.contains("WEST-1 · 改派 · dispatcher1"), timeline);
            b.screenshot("operator-timeline-returned");
        }
        assertEquals("GRANTED", Stack.as("dispatcher1", Stack.DISPATCH).when().get("/dispatches/{id}", second)
                .then().statusCode(200).extract().path("extensionStatus"));
    }
}
