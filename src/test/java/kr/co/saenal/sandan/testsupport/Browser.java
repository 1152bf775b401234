package kr.co.saenal.sandan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its own chromedriver (never a downloaded one), for tests that walk the
 * site as a person would. Screenshots go to {@code target/screenshots}, downloads to a folder of the test's.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path downloads;
    private final String base;

    public Browser(String base, int width, int height) {
        requireChromium();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            this.downloads = Files.createTempDirectory("sandan-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=ko-KR",
                "--window-size=" + width + "," + height);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        "ko-KR,ko"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        // a window cannot be narrower than about 500 px; the viewport of a phone is emulated instead
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Without Debian's chromium and chromium-driver the browser tests are skipped with a warning, so that
     * {@code mvn verify} still works on a machine with only a JDK and Maven; CI sets
     * {@code SANDAN_REQUIRE_BROWSER=true}, where a missing browser fails instead.
     */
    private static void requireChromium() {
        boolean installed = Files.isExecutable(Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium")))
                && Files.isExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")));
        String message = "Browser tests need Debian's chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver fonts-noto-cjk)";
        if (!installed && Boolean.parseBoolean(System.getenv("SANDAN_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.assumeTrue(installed, message + "; skipped");
    }

    /** Waits of up to 20 s that look again when the page changed under them (a redirect, an AJAX update). */
    private FluentWait<WebDriver> patiently() {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Runs a script in the page and returns what it returns (numbers come back as Long). */
    public Object script(String javascript) {
        return driver.executeScript(javascript);
    }

    /**
     * Elements whose right edge lies beyond the window (tag, class and right edge), for an overflow report;
     * what scrolls inside its own box (a sideways menu on a phone) does not count.
     */
    @SuppressWarnings("unchecked")
    public List<String> widerThanScreen() {
        return (List<String>) driver.executeScript("""
                var w = document.documentElement.clientWidth, out = [];
                var clipped = function (e) {
                  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') { return true; }
                  }
                  return false;
                };
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > w + 1 && getComputedStyle(e).position !== 'fixed' && !clipped(e)) {
                    out.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(r.right));
                  }
                });
                return out.slice(0, 10);""");
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return waitFor(css);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement waitFor(String css) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void type(String css, String text) {
        WebElement field = waitFor(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the element once it can be clicked; if an AJAX update replaced it meanwhile, clicks the new one. */
    public void click(String css) {
        patiently().ignoring(ElementClickInterceptedException.class).until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Waits up to 20 s until the condition holds. */
    public <T> T patientlyUntil(java.util.function.Function<WebDriver, T> condition) {
        return patiently().until(condition::apply);
    }

    /** Waits until the page shows the text somewhere (after a redirect or an AJAX update). */
    public void waitForText(String text) {
        patiently().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Waits until exactly {@code count} elements match (e.g. the rows of a table after an AJAX filter). */
    public void waitForCount(String css, int count) {
        patiently().until(d -> d.findElements(By.cssSelector(css)).size() == count);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Messages the browser logged as errors since the last call (a script blocked by the CSP shows here). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page from top to bottom, not only what the window shows, as {@code target/screenshots/NAME.png}. */
    @SuppressWarnings("unchecked")
    public Path screenshotWholePage(String name) {
        driver.executeScript("window.scrollTo(0, 0);"); // a sticky header would be drawn where the page was scrolled
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file the browser has finished downloading whose name ends with {@code suffix}. */
    public Path downloaded(String suffix) {
        return patiently().until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
