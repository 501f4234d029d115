package org.serviceportal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium (Debian's) driven by Selenium, with axe-core for accessibility checks. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final java.net.URI base;

    /** A browser on the shared test portal ({@link PortalServer}). */
    public Browser() {
        this(null);
    }

    /** A browser whose {@link #open} paths are relative to {@code base} (another portal); null: the shared one. */
    public Browser(java.net.URI base) {
        this.base = base;
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
            var options = new ChromeOptions();
            options.setBinary(System.getProperty("portal.it.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,1024", "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("portal.it.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get((base == null ? PortalServer.base() : base) + path);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String htmlLang() {
        return find("html").getAttribute("lang");
    }

    public <T> T await(Function<WebDriver, T> condition) {
        // pages are replaced while we wait: an element found a moment ago may be gone
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        // Chromium's own words for a stale element, when the page is replaced mid-call
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /** Waits until the page's body text contains the text. */
    public void awaitText(String text) {
        await(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Logs in through the login page, by keyboard: type, Tab, type, Enter; {@code admin} then types
     * a code of its second factor ({@link PortalServer#ADMIN_TOTP_SECRET}).
     */
    public Browser logIn(String user, String password) {
        return logIn(user, password, "admin".equals(user) ? PortalServer.ADMIN_TOTP_SECRET : null);
    }

    /** Logs in with a password and, when the portal asks, a code of {@code totpSecret} (Base32). */
    public Browser logIn(String user, String password, String totpSecret) {
        open("/login.xhtml");
        byId("login:username").sendKeys(user);
        byId("login:username").sendKeys(org.openqa.selenium.Keys.TAB);
        focused().sendKeys(password);
        focused().sendKeys(org.openqa.selenium.Keys.ENTER);
        await(d -> d.getCurrentUrl().contains("/admin/") || d.getCurrentUrl().contains("/sign-in-"));
        if (driver.getCurrentUrl().contains("/sign-in-code.xhtml") && totpSecret != null) {
            byId("step:code").sendKeys(Codes.next(totpSecret), org.openqa.selenium.Keys.ENTER);
            await(d -> d.getCurrentUrl().contains("/admin/"));
        }
        return this;
    }

    /** Asserts that axe-core finds no serious or critical WCAG 2.1 A/AA violation on the current page. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        String report = bad.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertEquals("", report, "accessibility violations on " + driver.getCurrentUrl());
    }

    /** Saves a screenshot under target/screenshots, for looking at a failure. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot at a window {@code width} px wide (a phone's height below 600 px), the window set back after. */
    public void screenshotAt(String name, int width) {
        screenshotAt(name, width, null);
    }

    /** The same, scrolled so that the element matching {@code topCss} is at the top (null: as it is). */
    public void screenshotAt(String name, int width, String topCss) {
        var before = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, width < 600 ? 844 : 900));
        try {
            if (topCss != null) {
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "arguments[0].scrollIntoView({block: 'start'})", find(topCss));
            }
            screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
