package org.vigia.it;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests (Debian's /usr/bin/chromium and /usr/bin/chromedriver; Selenium Manager
 * downloads nothing), with the small vocabulary the page objects use: open, sign in, type, click, wait for ajax.
 * <pre>{@code
 * try (Browser b = Browser.open(base)) { b.signIn("coordinator", PW); b.go("study/index.xhtml"); ... }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Browser open(URL deployment) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("vigia.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en-US");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL")); // for consoleMessages()
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("vigia.chromedriver", "/usr/bin/chromedriver")))
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, deployment.toString());
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page relative to the application, e.g. {@code "admin/users.xhtml"}. */
    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        go("login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        click("loginForm:signIn");
        // the sign-in posts the form and redirects: wait for the page it lands on before going anywhere else
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("login.xhtml")
                || pageText().contains("Invalid username or password") || pageText().contains("用户名或密码错误"));
        waitForAjax();
        return this;
    }

    /** Signs out with the header's sign-out button (a POST; a GET of /signout signs nobody out). */
    public Browser signOut() {
        click("signOut");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("login.xhtml"));
        return this;
    }

    public WebElement element(String id) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No element '" + id + "' on " + driver.getCurrentUrl() + ":\n" + pageText(), e);
        }
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public Browser type(String id, String text) {
        WebElement e = element(id);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    public Browser click(String id) {
        WebElement e = new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        e.click();
        waitForAjax();
        return this;
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its visible label. */
    public Browser select(String id, String label) {
        click(id);
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']")));
        item.click();
        waitForAjax();
        return this;
    }

    /** The element's text; re-reads it when an ajax update replaced the element meanwhile. */
    public String text(String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                waitForAjax();
                return element(id).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    public String value(String id) {
        return element(id).getAttribute("value");
    }

    public String pageText() {
        for (int attempt = 1; ; attempt++) {
            try {
                waitForAjax();
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e; // the page was replaced five times while being read
                }
            }
        }
    }

    /** Waits until the page is loaded and PrimeFaces has no ajax request in flight. */
    public Browser waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            Object done = ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());");
            return Boolean.TRUE.equals(done);
        });
        return this;
    }

    /** Waits until the page text contains {@code text}. */
    public Browser waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> pageText().contains(text)); // the page may be replaced while it is read
        return this;
    }

    /**
     * The browser console's messages since the last call (e.g. Content Security Policy violations, which Chromium
     * reports there), as text.
     */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
