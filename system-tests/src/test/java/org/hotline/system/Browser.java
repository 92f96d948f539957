package org.hotline.system;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * A real headless Chromium (Debian's, driven by its chromedriver) on the console, as one staff member at a time:
 * logs in through the real Keycloak login page, waits for what a user waits for, saves screenshots.
 */
final class Browser implements AutoCloseable {
    static final String CONSOLE = Stack.url("console", 8085);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    private final Path profile;

    private Browser(int width, int height) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        System.setProperty("SE_OFFLINE", "true");
        try {
            profile = Files.createTempDirectory("hotline-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + profile);
        driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    static Browser desktop() {
        return new Browser(1280, 900);
    }

    /** A phone in the hand of a supervisor in the street. */
    static Browser phone() {
        return new Browser(390, 844);
    }

    /** Opens a console page; at the Keycloak login page, logs in as {@code user} (password demo). */
    Browser open(String path, String user) {
        driver.get(CONSOLE + path);
        if (!driver.findElements(By.id("kc-login")).isEmpty()) {
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys("demo");
            follow(By.id("kc-login"));
            waitFor(d -> d.getCurrentUrl().startsWith(CONSOLE) && !d.getCurrentUrl().contains("code="));
        }
        return this;
    }

    /** Clicks a link or button that loads another page, and waits until that page is there. */
    Browser follow(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(by).click();
        waitFor(ExpectedConditions.stalenessOf(page));
        waitFor(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(condition, Duration.ofSeconds(20));
    }

    <T> T waitFor(Function<WebDriver, T> condition, Duration timeout) {
        try {
            return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // a card just swapped by htmx
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            // what the user saw when the wait gave up: target/screenshots/failed-*.png and .html
            String name = "failed-" + System.currentTimeMillis();
            screenshot(name);
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            } catch (IOException ignored) {
                // the screenshot is there
            }
            throw e;
        }
    }

    String text(By by) {
        return find(by).getText();
    }

    /**
     * Runs axe-core on the page as it stands and answers its violations of impact "serious" or "critical"
     * (rule id, impact, and the first offending elements), empty when there are none.
     */
    java.util.List<String> accessibilityProblems() {
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript(axeScript() + "\n;window.__axe = window.axe;");
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                window.__axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
                  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); }));
                }).catch(function (e) { done(['axe failed: ' + e]); });""");
        @SuppressWarnings("unchecked")
        java.util.List<String> problems = (java.util.List<String>) result;
        return problems;
    }



    /** npm's axe-core, as deploy/local/test fetched it (system property {@code hotline.axe}). */
    private static String axeScript() {
        Path axe = Path.of(System.getProperty("hotline.axe", "../deploy/local/.run/axe-core/4.14.1/axe.min.js"));
        try {
            return Files.readString(axe);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing at " + axe + " (deploy/local/test fetches it)", e);
        }
    }

    /** Saves what the user sees as target/screenshots/{name}.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile
        }
    }
}
