package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The check-in desk on the day, in a real browser and by keyboard alone: two letters and Enter, the
 * arrow and Enter, a scanned code and Enter; a repeat, an undo, the counts, a walk-in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckInDeskBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.asBuilt();
  }

  private final ScannerClient api = ScannerClient.as("coordinacion", SignInBrowserIT.DEMO_PASSWORD);
  private WebDriver browser;
  private long conference;

  @BeforeEach
  void openTheDesk() {
    conference = api.seedConferenceId();
    browser = Browser.start();
    // The desk's address, bookmarked on the tablet: signing in leads back to it.
    browser.get(Deployments.baseUrl() + "equipo/registro/index.xhtml?evento=" + conference);
    Browser.submitSignIn(browser, "coordinacion", SignInBrowserIT.DEMO_PASSWORD);
    Browser.await(browser, By.id("desk-search"));
    assertThat(browser.getCurrentUrl())
        .contains("/equipo/registro/index.xhtml?evento=" + conference);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private WebElement box() {
    return browser.findElement(By.id("desk-search"));
  }

  /** Types into the search box and waits for the desk to show the matches for it. */
  private List<WebElement> search(String text) {
    box().sendKeys(text);
    Browser.waiting(browser)
        .until(ExpectedConditions.attributeToBe(By.id("desk:matches"), "data-searched", text));
    return browser.findElements(By.cssSelector("#desk-matches .desk-match"));
  }

  private void clearBox() {
    box().sendKeys(Keys.ESCAPE);
    Browser.waiting(browser).until(driver -> box().getAttribute("value").isEmpty());
  }

  /** Two letters that match nobody at the event yet, so that the test owns what they find. */
  private String freeLetters() {
    String letters = "qxzjkwv";
    Random random = new Random();
    for (int attempt = 0; attempt < 40; attempt++) {
      String pair =
          ""
              + letters.charAt(random.nextInt(letters.length()))
              + letters.charAt(random.nextInt(letters.length()));
      boolean free = search(pair).isEmpty();
      clearBox();
      if (free) {
        return pair;
      }
    }
    throw new IllegalStateException("No free pair of letters at the demo conference");
  }

  private long count(String id) {
    return Long.parseLong(browser.findElement(By.id(id)).getText().strip());
  }

  private void awaitCount(String id, long expected) {
    Browser.waiting(browser)
        .until(ExpectedConditions.textToBe(By.id(id), String.valueOf(expected)));
  }

  private void awaitResult(String text) {
    Browser.waiting(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk:result"), text));
  }

  @Test
  void threePeopleAreCheckedInByKeyboardOneTwiceOneUndoneAndAWalkInRegistered() {
    String run = Long.toString(System.nanoTime() % 100000);
    String first = freeLetters();
    String second = freeLetters();
    while (second.equals(first)) {
      second = freeLetters();
    }
    String alone = "Ana " + cap(first) + "ul " + run;
    String secondOfTwo = "Zoila " + cap(second) + "er " + run;
    String firstOfTwo = "Beatriz " + cap(second) + "er " + run;
    String scanned = "Carmen Escaneada " + run;
    api.register(conference, alone, "Municipalidad de Prueba");
    api.register(conference, secondOfTwo, "Municipalidad de Prueba");
    api.register(conference, firstOfTwo, "Municipalidad de Prueba");
    String code = api.register(conference, scanned, "Municipalidad de Prueba");
    browser.navigate().refresh();
    Browser.await(browser, By.id("desk-search"));
    long checkedInBefore = count("count-checked-in");
    long walkInsBefore = count("count-walk-ins");
    long registeredBefore = count("count-registered");

    // Two letters and Enter: the one match.
    box().sendKeys(first);
    box().sendKeys(Keys.ENTER);
    awaitResult(alone);
    assertThat(browser.findElement(By.id("desk:result")).getText())
        .contains("Llegada registrada", "Municipalidad de Prueba");
    awaitCount("count-checked-in", checkedInBefore + 1);
    assertThat(box().getAttribute("value")).isEmpty();
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("desk-search");
    Browser.screenshot(browser, "desk-checked-in");

    // Two letters, arrow down, Enter: the second of two matches (by name).
    List<WebElement> two = search(second);
    assertThat(two).hasSize(2);
    assertThat(two.get(0).getText()).contains(firstOfTwo);
    box().sendKeys(Keys.ARROW_DOWN);
    Browser.waiting(browser)
        .until(ExpectedConditions.attributeContains(By.id("desk-match-1"), "class", "highlighted"));
    Browser.screenshot(browser, "desk-matches");
    box().sendKeys(Keys.ENTER);
    awaitResult(secondOfTwo);
    awaitCount("count-checked-in", checkedInBefore + 2);

    // A scanner types the code and Enter.
    box().sendKeys(code.toLowerCase(Locale.ROOT) + Keys.ENTER);
    awaitResult(scanned);
    awaitCount("count-checked-in", checkedInBefore + 3);
    String firstTime =
        browser.findElement(By.cssSelector("#desk\\:checked-in .desk-result-time")).getText();

    // The same badge again: it says when they arrived.
    box().sendKeys(code + Keys.ENTER);
    Browser.waiting(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:already")));
    String repeat = browser.findElement(By.id("desk:already")).getText();
    assertThat(repeat).contains("Ya había registrado su llegada a las", scanned);
    assertThat(firstTime).contains(repeat.replaceAll("(?s).*a las (\\d\\d:\\d\\d).*", "$1"));
    Browser.screenshot(browser, "desk-repeat");
    awaitCount("count-checked-in", checkedInBefore + 3);

    // Undo the last one, with the keyboard on the undo button.
    browser.findElement(By.id("desk:undo")).sendKeys(Keys.ENTER);
    awaitResult("Se deshizo la llegada de " + scanned);
    awaitCount("count-checked-in", checkedInBefore + 2);
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("desk-search");
    List<WebElement> again = search(code);
    assertThat(again).isEmpty();
    clearBox();

    // A walk-in: three fields.
    String walkIn = "Rosa Sin Inscripción " + run;
    browser.findElement(By.id("walkIn:name")).sendKeys(walkIn);
    browser.findElement(By.id("walkIn:institution_input")).sendKeys("Asociación Nueva " + run);
    browser.findElement(By.id("walkIn:position")).sendKeys("Voluntaria");
    Browser.screenshot(browser, "desk-walk-in-form");
    browser.findElement(By.id("walkIn:position")).sendKeys(Keys.ENTER);
    awaitResult(walkIn);
    assertThat(browser.findElement(By.id("desk:result")).getText())
        .contains("sin inscripción previa", "Asociación Nueva " + run);
    awaitCount("count-walk-ins", walkInsBefore + 1);
    awaitCount("count-checked-in", checkedInBefore + 3);
    awaitCount("count-registered", registeredBefore + 1);
    assertThat(browser.findElement(By.id("walkIn:name")).getAttribute("value")).isEmpty();
    Browser.screenshot(browser, "desk-walk-in-done");
  }

  @Test
  void aWalkInWithoutANameIsRefusedBesideTheFieldAndACancelledBadgeSaysSo() {
    String run = Long.toString(System.nanoTime() % 100000);
    String code = api.register(conference, "Cancelada Desk " + run, "Municipalidad de Prueba");
    api.post("events/" + conference + "/registrations/" + code + "/cancellation", "");

    box().sendKeys(code + Keys.ENTER);
    Browser.waiting(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:problem")));
    assertThat(browser.findElement(By.id("desk:problem")).getText())
        .contains("fue cancelada", code);

    browser.findElement(By.id("walkIn:position")).sendKeys("Voluntaria" + Keys.ENTER);
    Browser.waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("walkIn"), "Escriba el nombre completo."));
  }

  private static String cap(String letters) {
    return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
  }
}
