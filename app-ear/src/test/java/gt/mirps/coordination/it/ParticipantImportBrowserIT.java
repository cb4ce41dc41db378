package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator imports a participant list into the demo conference: a file with a bad row is
 * refused row by row and imports nothing; the corrected file imports every row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantImportBrowserIT {

  private static final Pattern NUMBER = Pattern.compile("(\\d+)\\s*$");

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.asBuilt();
  }

  @TempDir Path folder;
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /**
   * The demo conference's id, from the coordinators' list of events (the public home page lists
   * only the latest few, which other tests' events push out).
   */
  private String conferenceId() {
    return Long.toString(
        ScannerClient.as("coordinacion", SignInBrowserIT.DEMO_PASSWORD).seedConferenceId());
  }

  private void openImportPage(String eventId) {
    browser.get(Deployments.baseUrl() + "equipo/participantes/importar.xhtml?evento=" + eventId);
    if (browser.getCurrentUrl().contains("/login.xhtml")) {
      Browser.submitSignIn(browser, "coordinacion", SignInBrowserIT.DEMO_PASSWORD);
      browser.get(Deployments.baseUrl() + "equipo/participantes/importar.xhtml?evento=" + eventId);
    }
    assertThat(Browser.await(browser, By.tagName("h1")).getText())
        .isEqualTo("Importar participantes");
  }

  private long participantCount() {
    Matcher matcher = NUMBER.matcher(Browser.await(browser, By.id("import:count")).getText());
    assertThat(matcher.find()).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private Path csv(String name, String... lines) throws IOException {
    Path file = folder.resolve(name);
    // As Spanish Excel saves "CSV UTF-8": a byte-order mark and semicolons.
    Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    return file;
  }

  private void upload(Path file) {
    WebElement input = browser.findElement(By.cssSelector("#import input[type=file]"));
    input.sendKeys(file.toAbsolutePath().toString());
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("import:file-summary"), file.getFileName().toString()));
  }

  private void scrollTo(By locator) {
    Browser.scrollToTop(browser, browser.findElement(locator));
  }

  @Test
  void aListWithABadRowImportsNothingAndTheCorrectedListImportsEveryone() throws IOException {
    String nonce = Long.toString(System.nanoTime(), 36);
    String eventId = conferenceId();
    openImportPage(eventId);
    long before = participantCount();
    String header = "Nombre completo;Cargo;Institución;Correo electrónico;Rol";
    String first = "Ana Lucía Importada " + nonce;
    String second = "José Peña Importado " + nonce;
    String third = "María Núñez Importada " + nonce;
    Path bad =
        csv(
            "lista-" + nonce + ".csv",
            header,
            first + ";Asesora;MINEX;ana." + nonce + "@minex.gob.gt;Ponente",
            second + ";Oficial;Institución Inexistente " + nonce + ";;Asistente",
            "\"" + third + "\";\"Enlace; protección\";ACNUR;;");

    upload(bad);

    WebElement problems = Browser.await(browser, By.id("import:problems"));
    assertThat(problems.getText())
        .contains("Institución Inexistente " + nonce)
        .contains("Ninguna institución del directorio se llama");
    assertThat(browser.findElement(By.cssSelector("#import\\:problems tbody td.line")).getText())
        .as("the row number as in the spreadsheet")
        .isEqualTo("3");
    assertThat(Browser.await(browser, By.id("import:problems-summary")).getText())
        .startsWith("1 problema(s)");
    assertThat(browser.findElement(By.id("import:confirm")).isEnabled()).isFalse();
    assertThat(browser.findElement(By.id("import:columns")).getText())
        .contains("Nombre completo", "Institución", "Correo electrónico");
    scrollTo(By.id("import:problems-summary"));
    Browser.screenshot(browser, "import-problems");

    openImportPage(eventId);
    assertThat(participantCount()).as("nothing imported").isEqualTo(before);

    Path fixed =
        csv(
            "lista-corregida-" + nonce + ".csv",
            header,
            first + ";Asesora;MINEX;ana." + nonce + "@minex.gob.gt;Ponente",
            second + ";Oficial;ACNUR;;Asistente",
            "\"" + third + "\";\"Enlace; protección\";ACNUR;;");
    upload(fixed);
    assertThat(Browser.await(browser, By.id("import:no-problems")).getText())
        .contains("Ninguna fila tiene problemas");
    assertThat(browser.findElement(By.id("import:preview")).getText())
        .contains(first, second, third, "Enlace; protección");
    scrollTo(By.id("import:columns"));
    Browser.screenshot(browser, "import-columns");
    scrollTo(By.id("import:no-problems"));
    Browser.screenshot(browser, "import-ready");

    browser.findElement(By.id("import:confirm")).click();

    assertThat(Browser.await(browser, By.id("import:imported")).getText())
        .contains("Se importaron 3 participante(s)");
    assertThat(participantCount()).isEqualTo(before + 3);
    Browser.screenshot(browser, "import-done");

    // The same list again: every person is now registered at the event.
    upload(fixed);
    assertThat(Browser.await(browser, By.id("import:problems")).getText())
        .contains(first + " ya está inscrito(a) en este evento")
        .contains(second + " ya está inscrito(a) en este evento")
        .contains(third + " ya está inscrito(a) en este evento");
    openImportPage(eventId);
    assertThat(participantCount()).isEqualTo(before + 3);
  }

  @Test
  void aFileThatIsNotAListIsRefusedWithASentence() throws IOException {
    openImportPage(conferenceId());
    Path image = folder.resolve("lista.csv");
    Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});

    browser
        .findElement(By.cssSelector("#import input[type=file]"))
        .sendKeys(image.toAbsolutePath().toString());

    assertThat(Browser.await(browser, By.id("messages")).getText())
        .containsAnyOf("no es un CSV ni un libro de Excel", "no está en UTF-8");
    assertThat(browser.findElements(By.id("import:loaded"))).isEmpty();
  }
}
