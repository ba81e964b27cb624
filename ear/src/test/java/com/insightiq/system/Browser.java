package com.insightiq.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium. The driver binary is named explicitly so Selenium Manager never tries
 * to download a browser (this network reaches only package registries).
 */
public final class Browser implements AutoCloseable {
    private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

    public final WebDriver driver;
    private final Path profile;

    public Browser() throws Exception {
        this("en-US");
    }

    /**
     * @param language the browser's preferred language; names under *.insightiq.test resolve to this machine, so
     *                 tenants' own host names can be opened
     */
    public Browser(String language) throws Exception {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them).");
        }
        profile = Files.createTempDirectory("insightiq-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1366,900", "--lang=" + language, "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP *.insightiq.test 127.0.0.1");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // The page's console (errors of scripts, failed requests) for failure reports: see consoleLog().
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public void open(String path) {
        driver.get(Api.BASE + path);
    }

    /** Opens a page through another host name, e.g. a tenant's own. */
    public void openOnHost(String host, String path) {
        driver.get(Api.BASE.replace("127.0.0.1", host) + path);
    }

    public WebElement waitFor(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public void waitForUrl(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(fragment));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, String what) {
        // An Ajax update may replace the element between finding and reading it: look again instead of failing.
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /** Clicks as a person would, after scrolling the element to the middle (the sticky top bar covers the top). */
    public void click(String cssSelector) {
        WebElement element = waitFor(cssSelector);
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Waits until the page has no PrimeFaces request under way (an update may redraw what is clicked next). */
    public void awaitQuiet() {
        waitUntil(d -> Boolean.TRUE.equals(js("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")),
                "no request under way");
    }

    /**
     * Picks an option of a PrimeFaces SelectOneMenu as a person would, once the page is quiet, until {@code chosen}
     * holds, and returns when the update the choice started is done. A list opened just before an Ajax update redraws
     * its form hangs detached (at the top of the page, under the top bar) and the click is lost, or lands while the
     * list is still sliding open: the list is closed and the choice made again, up to three times.
     */
    public void choose(String menuCss, String optionCss, java.util.function.Function<WebDriver, Boolean> chosen,
                       String what) {
        for (int attempt = 1; ; attempt++) {
            awaitQuiet();
            try {
                waitFor(menuCss).click();
                WebElement option = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector(optionCss)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
                option.click();
                new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(what)
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(chosen::apply);
                awaitQuiet(); // the choice's own update may still redraw what is clicked next
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException
                     | org.openqa.selenium.StaleElementReferenceException lost) {
                // not interactable: the option was caught mid-animation of its list, or covered by a redraw
                if (attempt == 3) {
                    throw new AssertionError(what + ": not chosen in three tries", lost);
                }
                // close a list left open by clicking its menu again; never Escape, which also closes the dialog
                // the menu sits in (and the next try then finds no menu at all)
                boolean listOpen = driver.findElements(By.cssSelector(".ui-selectonemenu-panel"))
                        .stream().anyMatch(WebElement::isDisplayed);
                if (listOpen) {
                    driver.findElements(By.cssSelector(menuCss)).stream().filter(WebElement::isDisplayed)
                            .findFirst().ifPresent(WebElement::click);
                }
            }
        }
    }

    public Object js(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public String sessionCookie() {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    public void signIn(String email, String password) {
        open("/sign-in.xhtml");
        WebElement emailField = waitFor("#email");
        emailField.clear();
        emailField.sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signIn")).click();
    }

    /** Every resource the page loaded, as the browser's resource timing saw it. */
    @SuppressWarnings("unchecked")
    public List<String> loadedResources() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat([document.location.href]);");
    }

    /**
     * What the page wrote to the console (and script errors) since the last call, one line each: level, time, text.
     * Empty when the driver keeps no log.
     */
    public List<String> consoleLog() {
        try {
            return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(e -> e.getLevel() + " " + java.time.Instant.ofEpochMilli(e.getTimestamp()) + " "
                            + e.getMessage())
                    .toList();
        } catch (RuntimeException noLog) {
            return List.of();
        }
    }

    public void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
