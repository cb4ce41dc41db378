package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
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

  /** A wait of 15 seconds that looks again when an AJAX update replaced what it was reading. */
  static WebDriverWait waiting(WebDriver browser) {
    return waiting(browser, Duration.ofSeconds(15));
  }

  /** A wait that looks again when an AJAX update replaced what it was reading. */
  static WebDriverWait waiting(WebDriver browser, Duration timeout) {
    WebDriverWait wait = new WebDriverWait(browser, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Signs in to the workspace at {@link Deployments#baseUrl()} with the demo password, from a clean
   * session, and waits for the welcome page.
   */
  static void signIn(WebDriver browser, String username) {
    signIn(browser, Deployments.baseUrl(), username);
  }

  /**
   * Signs in to the workspace at {@code site} (with its final slash) with the demo password, from a
   * clean session (whoever was signed in before is forgotten), and waits for the welcome page.
   */
  static void signIn(WebDriver browser, String site, String username) {
    browser.manage().deleteAllCookies();
    browser.get(site + "equipo/");
    submitSignIn(browser, username, SignInBrowserIT.DEMO_PASSWORD);
    await(browser, By.id("welcome"));
  }

  /** Fills the sign-in form the page shows and sends it; what follows is for the caller to see. */
  static void submitSignIn(WebDriver browser, String username, String password) {
    await(browser, By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(password);
    clickAndWait(browser, By.id("login:submit"));
  }

  /** Types into a text field, replacing what it held. */
  static void type(WebDriver browser, String id, String text) {
    WebElement field = await(browser, By.id(id));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  /** Types a day ("31/12/2000") or a day and time into a date picker and leaves the field. */
  static void typeDate(WebDriver browser, String id, String text) {
    type(browser, id + "_input", text);
    browser.findElement(By.id(id + "_input")).sendKeys(Keys.TAB);
  }

  /**
   * Chooses an option of a PrimeFaces select menu by its value, through the widget's own API (a
   * click on its animated panel is not reliable in a headless browser), and checks the label shown.
   */
  static void choose(WebDriver browser, String id, String value, String label) {
    await(browser, By.id(id));
    ((JavascriptExecutor) browser)
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])", id, value);
    waiting(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
  }

  /**
   * Chooses {@code label} in a PrimeFaces select menu by clicking it, as a person does (its panel
   * opens with an animation, so a click that landed too early is tried again).
   */
  static void chooseByClick(WebDriver browser, String menuId, String label) {
    By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
    By shown = By.id(menuId + "_label");
    for (int attempt = 0; attempt < 3; attempt++) {
      browser.findElement(By.id(menuId)).click();
      waiting(browser).until(ExpectedConditions.elementToBeClickable(item)).click();
      try {
        new WebDriverWait(browser, Duration.ofSeconds(3))
            .until(ExpectedConditions.textToBe(shown, label));
        return;
      } catch (TimeoutException notYet) {
        // The click landed while the panel was still moving: open it again.
      }
    }
    assertThat(browser.findElement(shown).getText()).isEqualTo(label);
  }

  /**
   * Types into an autocomplete, replacing what it held, and picks the first suggestion that
   * contains {@code contains}.
   */
  static void autocomplete(WebDriver browser, String id, String typed, String contains) {
    type(browser, id + "_input", typed);
    waiting(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//*[@id='"
                        + id
                        + "_panel']//li[contains(@class,'ui-autocomplete-item')][contains(.,'"
                        + contains
                        + "')]")))
        .click();
  }

  /** Clicks {@code button} and waits until the AJAX answer has replaced {@code replaced}. */
  static void clickAndAwaitUpdate(WebDriver browser, By button, By replaced) {
    WebElement before = browser.findElement(replaced);
    browser.findElement(button).click();
    waiting(browser).until(ExpectedConditions.stalenessOf(before));
  }

  /**
   * Sends a list's search form (its button {@code search:find}) and returns the text of its table
   * {@code search:results} once the answer has replaced it and shows {@code expected}.
   */
  static String searchResults(WebDriver browser, String expected) {
    clickAndAwaitUpdate(browser, By.id("search:find"), By.id("search:results"));
    // The table is replaced by the answer: read it again until it shows what is expected.
    return waiting(browser)
        .until(
            driver -> {
              String shown = driver.findElement(By.id("search:results")).getText();
              return shown.contains(expected) ? shown : null;
            });
  }

  /** Searches the list of events for {@code text} and waits for the table to be redrawn. */
  static void searchEvents(WebDriver browser, String text) {
    type(browser, "filters:text", text);
    clickAndAwaitUpdate(browser, By.id("filters:search"), By.id("list:events"));
    await(browser, By.id("list:events"));
  }

  /**
   * What {@code address} answers, fetched with the browser's session (its cookies), over HTTP/1.1:
   * Liberty may not answer the HTTP/2 upgrade Java's client offers when it sends an error.
   */
  static HttpResponse<byte[]> fetch(WebDriver browser, String address)
      throws IOException, InterruptedException {
    String cookies =
        browser.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", cookies)
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Scrolls the page until {@code element} is at the top of the window (or as near as it gets). */
  static void scrollToTop(WebDriver browser, WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true)", element);
  }

  /** Scrolls the page until {@code element} is in the middle of the window. */
  static void scrollToCentre(WebDriver browser, WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
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
