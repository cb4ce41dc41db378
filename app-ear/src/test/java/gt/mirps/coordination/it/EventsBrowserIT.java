package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Setting events up through the pages, in a real browser: the list, the calendar, the event page
 * and the form with its programme of sessions, two people editing at once, and what a coordinator
 * may not do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsBrowserIT {

  private static final String DEMO_CONFERENCE = "II Conferencia Nacional de Ciudades Solidarias";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.asBuilt();
  }

  private WebDriver browser;
  private WebDriver second;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowsers() {
    if (browser != null) {
      browser.quit();
    }
    if (second != null) {
      second.quit();
    }
  }

  /** Fills the new-event form with a title, a kind and two days in March 2025. */
  private static void fillNewEvent(WebDriver driver, String title) {
    Browser.type(driver, "event:title", title);
    Browser.choose(driver, "event:kind", "WORKSHOP", "Taller");
    Browser.typeDate(driver, "event:startsAt", "10/03/2025 09:00");
    Browser.typeDate(driver, "event:endsAt", "11/03/2025 17:00");
    Browser.type(driver, "event:city", "Quetzaltenango");
  }

  /** Records an event through the form and returns its id (the page goes on to its sessions). */
  private static long createEvent(WebDriver driver, String title) {
    driver.get(Deployments.baseUrl() + "equipo/eventos/editar.xhtml");
    fillNewEvent(driver, title);
    Browser.clickAndWait(driver, By.id("event:save"));
    try {
      Browser.await(driver, By.id("programme:sessionTitle"));
    } catch (RuntimeException notSaved) {
      Browser.screenshot(driver, "debug-create-event");
      throw new AssertionError(
          "The new event was not saved: " + driver.findElement(By.id("content")).getText(),
          notSaved);
    }
    String url = driver.getCurrentUrl();
    return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
  }

  private static void addSession(WebDriver driver, String title, String start, String end) {
    Browser.type(driver, "programme:sessionTitle", title);
    Browser.typeDate(driver, "programme:sessionStartsAt", start);
    Browser.typeDate(driver, "programme:sessionEndsAt", end);
    driver.findElement(By.id("programme:save-session")).click();
    Browser.waiting(driver)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("programme:session-list"), title));
  }

  private static List<String> sessionTitles(WebDriver driver) {
    return driver.findElements(By.cssSelector("#programme\\:session-list .session-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void aTeamMemberCreatesAnEventWithTwoSessionsReordersThemAndSeesThemOnItsPage() {
    String title = "Taller de gobernanza local " + UUID.randomUUID().toString().substring(0, 8);
    Browser.signIn(browser, "equipo");

    Browser.menu(browser, "Eventos", "Nuevo evento");
    assertThat(Browser.await(browser, By.id("editor-heading")).getText()).isEqualTo("Nuevo evento");
    fillNewEvent(browser, title);
    Browser.type(
        browser, "event:series", "Talleres de gobernanza " + title.substring(title.length() - 8));
    Browser.type(browser, "event:edition", "I");
    Browser.type(browser, "event:organisers_input", "ACNUR");
    Browser.waiting(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(.,'ACNUR')]")))
        .click();
    Browser.type(browser, "event:purpose", "Compartir experiencias de gobernanza local.");
    Browser.screenshot(browser, "events-form");
    Browser.clickAndWait(browser, By.id("event:save"));

    // Recorded: the page goes on to the programme of the new event.
    assertThat(Browser.await(browser, By.id("editor-heading")).getText())
        .isEqualTo("Editar evento");
    Browser.await(browser, By.id("programme:sessionTitle"));
    Browser.type(browser, "programme:speakers_input", "Antonio Escobedo");
    Browser.waiting(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//li[contains(@class,'ui-autocomplete-item')][contains(.,'Antonio Escobedo')]")))
        .click();
    addSession(browser, "Apertura", "10/03/2025 09:00", "10/03/2025 10:00");
    addSession(browser, "Clausura", "11/03/2025 16:00", "11/03/2025 17:00");
    assertThat(sessionTitles(browser)).containsExactly("Apertura", "Clausura");

    browser.findElement(By.id("programme:session-list:1:up")).click();
    Browser.waiting(browser)
        .until(driver -> sessionTitles(driver).equals(List.of("Clausura", "Apertura")));
    Browser.screenshot(browser, "events-sessions");

    String editUrl = browser.getCurrentUrl();
    browser.get(editUrl.replace("editar.xhtml", "evento.xhtml"));
    assertThat(Browser.await(browser, By.id("event-title")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.id("event-days")).getText())
        .isEqualTo("10 y 11 de marzo de 2025");
    assertThat(browser.findElement(By.id("organisers")).getText()).contains("ACNUR");
    browser.findElement(By.linkText("Sesiones")).click();
    WebElement sessions = Browser.await(browser, By.id("tabs:session-list"));
    List<String> rows =
        sessions.findElements(By.cssSelector("tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).contains("Clausura", "11 de marzo de 2025, 16:00–17:00");
    assertThat(rows.get(1)).contains("Apertura", "Antonio Escobedo");
    Browser.screenshot(browser, "events-page-sessions");
  }

  @Test
  void aBadInputIsExplainedBesideTheFieldInSpanishAndNothingIsSaved() {
    String title = "Reunión mal fechada " + UUID.randomUUID().toString().substring(0, 8);
    Browser.signIn(browser, "equipo");
    browser.get(Deployments.baseUrl() + "equipo/eventos/editar.xhtml");

    Browser.choose(browser, "event:kind", "MEETING", "Reunión");
    Browser.typeDate(browser, "event:startsAt", "10/03/2025 09:00");
    Browser.typeDate(browser, "event:endsAt", "11/03/2025 17:00");
    browser.findElement(By.id("event:save")).click();
    Browser.waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("event:title-message"), "El evento necesita un título."));

    Browser.type(browser, "event:title", title);
    Browser.typeDate(browser, "event:startsAt", "11/03/2025 09:00");
    Browser.typeDate(browser, "event:endsAt", "10/03/2025 17:00");
    browser.findElement(By.id("event:save")).click();
    Browser.waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("event:endsAt-message"), "El evento no puede terminar antes de empezar."));
    assertThat(browser.findElement(By.id("event:title-message")).getText()).isEmpty();
    Browser.screenshot(browser, "events-form-errors");

    browser.get(Deployments.baseUrl() + "equipo/eventos/");
    Browser.searchEvents(browser, title);
    Browser.waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("list:events"), "Ningún evento coincide"));
  }

  @Test
  void theSecondOfTwoPeopleEditingAnEventIsToldAndOverwritesNothing() {
    String title = "Reunión de coordinación " + UUID.randomUUID().toString().substring(0, 8);
    Browser.signIn(browser, "equipo");
    long id = createEvent(browser, title);
    second = Browser.start();
    Browser.signIn(second, "gerencia");
    String edit = Deployments.baseUrl() + "equipo/eventos/editar.xhtml?id=" + id;
    browser.get(edit);
    second.get(edit);

    Browser.type(browser, "event:title", title + " (primera)");
    Browser.clickAndWait(browser, By.id("event:save"));
    assertThat(Browser.await(browser, By.id("event-title")).getText())
        .isEqualTo(title + " (primera)");

    Browser.type(second, "event:title", title + " (segunda)");
    second.findElement(By.id("event:save")).click();
    assertThat(
            Browser.waiting(second)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                .getText())
        .contains("Otra persona modificó este registro");
    Browser.screenshot(second, "events-changed-by-other");

    Browser.clickAndWait(second, By.id("reload:reload-button"));
    assertThat(Browser.await(second, By.id("event:title")).getAttribute("value"))
        .isEqualTo(title + " (primera)");
    browser.get(Deployments.baseUrl() + "equipo/eventos/evento.xhtml?id=" + id);
    assertThat(Browser.await(browser, By.id("event-title")).getText())
        .isEqualTo(title + " (primera)");
  }

  @Test
  void theListFindsTheDemoConferenceByTextAndTheCalendarShowsItInSeptember2024() {
    Browser.signIn(browser, "equipo");
    Browser.menu(browser, "Eventos", "Lista de eventos");
    Browser.searchEvents(browser, "ciudades solidarias");
    Browser.waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("list:events"), DEMO_CONFERENCE));
    List<WebElement> rows = browser.findElements(By.cssSelector("#list\\:events tbody tr"));
    assertThat(rows)
        .allSatisfy(row -> assertThat(row.getText()).containsIgnoringCase("solidarias"));
    assertThat(browser.findElement(By.id("list:events")).getText())
        .contains("25 y 26 de septiembre de 2024");
    Browser.screenshot(browser, "events-list");

    browser.get(Deployments.baseUrl() + "equipo/eventos/calendario.xhtml?fecha=2024-09-01");
    WebElement shown =
        Browser.waiting(browser)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath(
                        "//*[contains(@class,'fc-event-title')][contains(.,'Ciudades Solidarias')]")));
    Browser.scrollToCentre(browser, shown);
    assertThat(browser.findElement(By.cssSelector(".fc-toolbar-title")).getText().toLowerCase())
        .contains("septiembre")
        .contains("2024");
    Browser.screenshot(browser, "events-calendar");

    Browser.clickAndWait(
        browser,
        By.xpath("//a[contains(@class,'fc-event')][.//*[contains(.,'Ciudades Solidarias')]]"));
    assertThat(shown).isNotNull();
    assertThat(Browser.await(browser, By.id("event-title")).getText()).isEqualTo(DEMO_CONFERENCE);
    assertThat(browser.findElement(By.id("event-days")).getText())
        .isEqualTo("25 y 26 de septiembre de 2024");
    Browser.screenshot(browser, "events-page");
  }

  @Test
  void aFileIsAttachedToAnEventAndRefusedWhenItIsNotWhatItsNameSays() throws IOException {
    String title = "Taller con agenda " + UUID.randomUUID().toString().substring(0, 8);
    Browser.signIn(browser, "equipo");
    long id = createEvent(browser, title);
    Path folder = Files.createTempDirectory("mirps-event-files");
    Path agenda = folder.resolve("agenda.pdf");
    Files.write(agenda, "%PDF-1.4\n% agenda del taller\n".getBytes(StandardCharsets.US_ASCII));
    Path fake = folder.resolve("lista.pdf");
    Files.write(fake, "nombre,institución\n".getBytes(StandardCharsets.UTF_8));

    browser.get(Deployments.baseUrl() + "equipo/eventos/evento.xhtml?id=" + id);
    Browser.await(browser, By.linkText("Archivos")).click();
    Browser.await(browser, By.cssSelector("form[id='tabs:files'] input[type=file]"))
        .sendKeys(agenda.toString());
    Browser.clickAndWait(browser, By.id("tabs:files:upload"));
    Browser.await(browser, By.linkText("Archivos")).click();
    assertThat(Browser.await(browser, By.id("tabs:files:file-list")).getText())
        .contains("agenda.pdf", "PDF");

    Browser.await(browser, By.cssSelector("form[id='tabs:files'] input[type=file]"))
        .sendKeys(fake.toString());
    Browser.clickAndWait(browser, By.id("tabs:files:upload"));
    Browser.await(browser, By.linkText("Archivos")).click();
    assertThat(Browser.await(browser, By.id("tabs:files")).getText())
        .contains("Solo se aceptan archivos CSV, XLS, XLSX, PDF, PNG o JPEG: lista.pdf");
    assertThat(browser.findElement(By.id("tabs:files:file-list")).getText())
        .doesNotContain("lista.pdf");
    Browser.screenshot(browser, "events-files");
  }

  @Test
  void aCoordinatorSeesTheEventPageButCannotEditIt() {
    Browser.signIn(browser, "coordinacion");
    Browser.menu(browser, "Eventos", "Lista de eventos");
    Browser.searchEvents(browser, "ciudades solidarias");
    Browser.waiting(browser)
        .until(ExpectedConditions.elementToBeClickable(By.linkText(DEMO_CONFERENCE)));
    Browser.clickAndWait(browser, By.linkText(DEMO_CONFERENCE));

    assertThat(Browser.await(browser, By.id("event-title")).getText()).isEqualTo(DEMO_CONFERENCE);
    assertThat(browser.findElements(By.id("edit-event"))).isEmpty();
    assertThat(browser.findElements(By.id("tabs:files:upload"))).isEmpty();
    assertThat(browser.findElements(By.id("new-event"))).isEmpty();
    String eventUrl = browser.getCurrentUrl();
    browser.get(eventUrl.replace("evento.xhtml", "editar.xhtml"));
    assertThat(Browser.await(browser, By.id("error-title")).getText())
        .isEqualTo("No tiene permiso para ver esta página");
  }
}
