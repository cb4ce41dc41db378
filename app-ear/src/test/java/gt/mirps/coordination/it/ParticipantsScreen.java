package gt.mirps.coordination.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The participants page as a coordinator uses it, step by step, in a real browser. Kept apart from
 * {@link ParticipantsBrowserIT} so that the test class, which also runs inside the server, names no
 * browser or spreadsheet class the server does not have.
 */
final class ParticipantsScreen implements AutoCloseable {

  private final ChromeDriver browser = Browser.start();
  private final String base;

  ParticipantsScreen(String base) {
    this.base = base;
  }

  @Override
  public void close() {
    browser.quit();
  }

  void signIn(String username, String password) {
    browser.get(base + "equipo/");
    Browser.submitSignIn(browser, username, password);
    Browser.await(browser, By.id("welcome"));
  }

  /** Opens the participants page, choosing the event by its title; returns the heading. */
  String openEvent(String title) {
    browser.get(base + "equipo/participantes/");
    Browser.await(browser, By.id("event-choices"));
    Browser.clickAndWait(browser, By.linkText(title));
    return Browser.await(browser, By.id("participants-heading")).getText();
  }

  String currentUrl() {
    return browser.getCurrentUrl();
  }

  String table() {
    return Browser.await(browser, By.id("participants:table")).getText();
  }

  void screenshot(String name) {
    Browser.screenshot(browser, name);
  }

  /**
   * Types {@code typed} in the person field, picks the suggestion that shows {@code pick}, and
   * returns the institution and position copied into the form.
   */
  List<String> choosePerson(String typed, String pick, String screenshot) {
    WebElement input = Browser.await(browser, By.id("register:person_input"));
    input.clear();
    input.sendKeys(typed);
    WebElement suggestion =
        Browser.await(
            browser,
            By.xpath(
                "//*[contains(@class,'ui-autocomplete-item')][contains(normalize-space(.),'"
                    + pick
                    + "')]"));
    if (screenshot != null) {
      Browser.screenshot(browser, screenshot);
    }
    suggestion.click();
    awaitAjax();
    return List.of(
        browser.findElement(By.id("register:institution_input")).getAttribute("value"),
        browser.findElement(By.id("register:position")).getAttribute("value"));
  }

  void chooseRole(String formId, String label) {
    new Select(browser.findElement(By.id(formId + ":role"))).selectByVisibleText(label);
  }

  /** Sends the registration form; returns what the page says back. */
  String register() {
    return clickForNotice(By.id("register:submit"));
  }

  String newPersonWithNewInstitution(
      String name,
      String honorific,
      String position,
      String email,
      String institution,
      String acronym,
      String kind) {
    click(By.id("register:new-person"));
    Browser.await(browser, By.id("newPerson:fullName")).sendKeys(name);
    browser.findElement(By.id("newPerson:honorific")).sendKeys(honorific);
    browser.findElement(By.id("newPerson:position")).sendKeys(position);
    browser.findElement(By.id("newPerson:email")).sendKeys(email);
    click(By.cssSelector("input[id='newPerson:choice:1']"));
    browser.findElement(By.id("newPerson:institutionName")).sendKeys(institution);
    browser.findElement(By.id("newPerson:acronym")).sendKeys(acronym);
    new Select(browser.findElement(By.id("newPerson:kind"))).selectByVisibleText(kind);
    new Select(browser.findElement(By.id("newPerson:role"))).selectByVisibleText("Panelista");
    Browser.screenshot(browser, "participants-new-person");
    String said = clickForNotice(By.id("newPerson:submit"));
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("newPerson:fullName")));
    return said;
  }

  String registerDelegation(String typed, String pick, int headCount) {
    WebElement input = Browser.await(browser, By.id("delegation:institution_input"));
    input.clear();
    input.sendKeys(typed);
    Browser.await(
            browser,
            By.xpath(
                "//*[contains(@class,'ui-autocomplete-item')][contains(normalize-space(.),'"
                    + pick
                    + "')]"))
        .click();
    awaitAjax();
    WebElement heads = browser.findElement(By.id("delegation:headCount"));
    heads.clear();
    heads.sendKeys(Integer.toString(headCount));
    return clickForNotice(By.id("delegation:submit"));
  }

  /** Shows only the participants found by {@code text}; returns the table. */
  String search(String text) {
    WebElement box = browser.findElement(By.id("participants:text"));
    box.clear();
    box.sendKeys(text);
    click(By.id("participants:search"));
    awaitAjax();
    return table();
  }

  /** Changes the role on the first row of the table; returns the confirmation. */
  String changeFirstRowRole(String label) {
    WebElement select = browser.findElement(By.id("participants:table:0:role"));
    int before = clearNotices();
    new Select(select).selectByVisibleText(label);
    return awaitNotice(before);
  }

  String firstRowRole() {
    return new Select(browser.findElement(By.id("participants:table:0:role")))
        .getFirstSelectedOption()
        .getText();
  }

  /** Clicks the header of a column to sort by it; returns the codes of the rows, in order. */
  List<String> sortBy(String header) {
    click(
        By.xpath(
            "//*[@id='participants:table']//th[.//span[contains(@class,'ui-column-title')][.='"
                + header
                + "']]"));
    awaitAjax();
    return browser.findElements(By.cssSelector("#participants\\:table tbody td code")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Moves the first row of the table through the state button {@code id}; returns the answer. */
  String moveFirstRow(String id) {
    return clickForNotice(By.id("participants:table:0:" + id));
  }

  /**
   * Ticks the first row of the table, asks for the badges of the selected, and returns the PDF the
   * browser downloads.
   */
  byte[] badgesOfFirstRow() throws IOException, InterruptedException {
    Path folder = Files.createTempDirectory("mirps-downloads-");
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", folder.toString()));
    click(By.cssSelector("#participants\\:table tbody tr:first-child .ui-chkbox-box"));
    click(By.id("participants:badges-selected"));
    Path[] pdf = new Path[1];
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            driver -> {
              try (Stream<Path> files = Files.list(folder)) {
                pdf[0] =
                    files
                        .filter(f -> f.getFileName().toString().endsWith(".pdf"))
                        .findFirst()
                        .orElse(null);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return pdf[0] != null;
            });
    return Files.readAllBytes(pdf[0]);
  }

  /** The list as the XLSX download gives it, fetched with the browser's session. */
  byte[] download(String file, String eventId, String moreQuery)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        Browser.fetch(
            browser,
            base + "equipo/participantes/descargas/" + file + "?evento=" + eventId + moreQuery);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(file + " answered " + response.statusCode());
    }
    return response.body();
  }

  /** The cells of each row of the workbook's first sheet, joined by " | ". */
  static List<String> rowsOf(byte[] xlsx) throws IOException {
    List<String> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.toString()));
        rows.add(String.join(" | ", cells));
      }
    }
    return rows;
  }

  /** The text of every page of a PDF, blanks made single. */
  static String textOf(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append(' ');
    }
    return text.toString().replaceAll("\\s+", " ");
  }

  private String clickForNotice(By button) {
    int before = clearNotices();
    click(button);
    return awaitNotice(before);
  }

  /** Removes the confirmations still shown, so that the next one is told apart; returns 0. */
  private int clearNotices() {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelectorAll('.ui-growl-item-container').forEach(e => e.remove());");
    return 0;
  }

  /** Clicks an element after scrolling it to the middle of the window (dialogs scroll too). */
  private void click(By locator) {
    WebElement element = browser.findElement(locator);
    Browser.scrollToCentre(browser, element);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.elementToBeClickable(element))
        .click();
  }

  /** Waits for a new growl confirmation or an error message, and returns its text. */
  private String awaitNotice(int growlsBefore) {
    awaitAjax();
    try {
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(driver -> notices().size() > growlsBefore || !errors().isEmpty());
    } catch (TimeoutException silence) {
      Browser.screenshot(browser, "participants-no-answer");
      throw silence;
    }
    List<WebElement> growls = notices();
    if (growls.size() > growlsBefore) {
      return growls.get(growls.size() - 1).getText();
    }
    return errors();
  }

  private List<WebElement> notices() {
    return browser.findElements(By.cssSelector(".ui-growl-message"));
  }

  private String errors() {
    return browser.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .collect(Collectors.joining(" "));
  }

  private void awaitAjax() {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            driver ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) driver)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }
}
