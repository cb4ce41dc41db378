package gt.mirps.coordination.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its own chromedriver. Selenium Manager is never asked to
 * download anything (it cannot here). Without Chromium the browser tests are skipped, unless the
 * environment variable CI is "true": then a missing browser fails the build.
 */
final class Browser {

  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

  private Browser() {}

  /** The element, once the page shows it (pages load after clicks; never a fixed sleep). */
  static WebElement await(WebDriver browser, By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Clicks and waits until the page the click leads to has replaced this one. */
  static void clickAndWait(WebDriver browser, By locator) {
    WebElement target = browser.findElement(locator);
    target.click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            driver -> {
              try {
                target.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                // Stale, or (a chromedriver race) "node does not belong to the document".
                return true;
              }
            });
  }

  /** Opens a menu of the workspace's menu bar by its label and follows one of its entries. */
  static void menu(WebDriver browser, String menu, String entry) {
    WebElement bar = await(browser, By.id("menu"));
    bar.findElement(By.xpath(".//span[contains(@class,'ui-menuitem-text')][.='" + menu + "']"))
        .click();
    WebElement link =
        new WebDriverWait(browser, Duration.ofSeconds(15))
            .until(
                ExpectedConditions.elementToBeClickable(
                    bar.findElement(
                        By.xpath(
                            ".//a[.//span[contains(@class,'ui-menuitem-text')][.='"
                                + entry
                                + "']]"))));
    link.click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(link));
  }

  /** The labels the menu bar shows at its top level, as one text. */
  static String menuBar(WebDriver browser) {
    return await(browser, By.id("menu")).getText();
  }

  /**
   * Saves what the browser shows as {@code target/screenshots/<name>.png}, for the user guide
   * (docs/images holds the ones chosen).
   */
  static void screenshot(WebDriver browser, String name) {
    try {
      Path folder = Path.of("target", "screenshots");
      Files.createDirectories(folder);
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) browser)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot save the screenshot " + name, e);
    }
  }

  static ChromeDriver start() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String message =
          "Browser tests need Chromium and chromedriver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): sudo apt-get install -y chromium chromium-driver";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true and " + message);
      }
      System.out.println("[browser tests] Skipped. " + message);
      Assumptions.abort("Skipped. " + message);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("mirps-chromium-");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create a Chromium profile directory", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // An English browser, on purpose: the application must still answer in Spanish.
        "--lang=en-US",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
