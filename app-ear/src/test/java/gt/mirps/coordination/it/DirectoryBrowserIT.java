package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The directory of institutions and people, in a real browser, as a team member. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryBrowserIT {

  private static final String ACNUR = "Alto Comisionado de las Naciones Unidas para los Refugiados";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.asBuilt();
  }

  private WebDriver browser;

  /** Makes the records of one run unique: tests share the database and run in any order. */
  private final String unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

  @BeforeEach
  void signIn() {
    browser = Browser.start();
    Browser.signIn(browser, "equipo");
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Types in the list's search box, searches and waits until the table shows {@code expected}. */
  private String search(String typed, String expected) {
    WebElement text = Browser.await(browser, By.id("search:text"));
    text.clear();
    text.sendKeys(typed);
    return Browser.searchResults(browser, expected);
  }

  @Test
  void acnurIsFoundByItsAcronymInLowerCaseAndByItsAlias() {
    Browser.menu(browser, "Directorio", "Instituciones");
    assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo("Instituciones");

    assertThat(search("acnur", ACNUR)).contains("ACNUR");
    Browser.screenshot(browser, "directory-institutions");
    assertThat(search("Agencia de la ONU para los Refugiados", ACNUR)).contains("ACNUR");
    assertThat(search("ACNÚR", ACNUR)).contains("Agencia de la ONU para los Refugiados");

    // Its page lists the events it took part in, each linked to the event's page.
    Browser.clickAndWait(browser, By.linkText(ACNUR));
    assertThat(Browser.await(browser, By.id("heading")).getText()).isEqualTo(ACNUR + " (ACNUR)");
    WebElement conference =
        Browser.await(browser, By.linkText("II Conferencia Nacional de Ciudades Solidarias"));
    assertThat(conference.getAttribute("href")).contains("/equipo/eventos/evento.xhtml?id=");
    assertThat(browser.findElement(By.id("form:aliases")).getText())
        .contains("Agencia de la ONU para los Refugiados");
    Browser.screenshot(browser, "directory-institution-page");
    Browser.scrollToTop(browser, conference);
    Browser.screenshot(browser, "directory-institution-participations");
  }

  @Test
  void anInstitutionCreatedWithAnAliasIsFoundByTheAliasWithoutAccents() {
    browser.get(Deployments.baseUrl() + "equipo/instituciones/institucion.xhtml");
    String name = "Secretaría de Prueba " + unique;
    Browser.await(browser, By.id("form:name")).sendKeys(name);
    browser.findElement(By.id("form:acronym")).sendKeys("SP" + unique);
    browser
        .findElement(By.id("form:newAlias"))
        .sendKeys("Oficina de Coordinación Migratoria " + unique);
    browser.findElement(By.id("form:addAlias")).click();
    Browser.waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("form:aliases"), "Oficina de Coordinación Migratoria " + unique));
    Browser.chooseByClick(browser, "form:kind", "Entidad de gobierno");
    Browser.screenshot(browser, "directory-institution-form");
    Browser.clickAndWait(browser, By.id("form:save"));

    assertThat(Browser.await(browser, By.id("heading")).getText())
        .isEqualTo(name + " (SP" + unique + ")");
    assertThat(browser.getCurrentUrl()).contains("institucion.xhtml?id=");

    browser.get(Deployments.baseUrl() + "equipo/instituciones/");
    assertThat(search("oficina de coordinacion migratoria " + unique.toLowerCase(), name))
        .contains("SP" + unique);
  }

  @Test
  void aBadEmailIsExplainedInSpanishBesideTheFieldAndNothingIsSaved() {
    browser.get(Deployments.baseUrl() + "equipo/personas/persona.xhtml");
    String name = "Persona Sin Correo " + unique;
    Browser.await(browser, By.id("form:fullName")).sendKeys(name);
    browser.findElement(By.id("form:email")).sendKeys("no-es-un-correo");
    Browser.clickAndWait(browser, By.id("form:save"));

    WebElement message =
        Browser.await(
            browser, By.cssSelector("[id='form:email'] ~ .ui-message-error, .ui-message-error"));
    assertThat(message.getText()).contains("El correo electrónico no es válido");
    assertThat(
            browser
                .findElement(By.xpath("//input[@id='form:email']/following-sibling::*[1]"))
                .getText())
        .contains("El correo electrónico no es válido");
    Browser.screenshot(browser, "directory-person-bad-email");

    browser.get(Deployments.baseUrl() + "equipo/personas/");
    assertThat(search(name, "No hay personas que coincidan")).doesNotContain(name);
  }

  @Test
  void aDuplicatePersonMergedIntoTheFirstLeavesTheParticipationsAndPostsOnTheKeptOne() {
    // The duplicate: the Canciller recorded again, without the accent, with an old post.
    browser.get(Deployments.baseUrl() + "equipo/personas/persona.xhtml");
    Browser.await(browser, By.id("form:fullName")).sendKeys("Carlos Ramiro Martinez");
    Browser.clickAndWait(browser, By.id("form:save"));
    String duplicateUrl = browser.getCurrentUrl();
    assertThat(duplicateUrl).contains("persona.xhtml?id=");
    String post = "Asesor " + unique;
    Browser.autocomplete(browser, "move:institution", "MINEX", "MINEX");
    browser.findElement(By.id("move:newPosition")).sendKeys(post);
    WebElement since = browser.findElement(By.id("move:since_input"));
    since.sendKeys("01/01/2001");
    since.sendKeys(Keys.ESCAPE);
    Browser.clickAndWait(browser, By.id("move:recordMove"));
    assertThat(Browser.await(browser, By.id("affiliations")).getText()).contains(post);

    // People are found ignoring accents: both records come up.
    browser.get(Deployments.baseUrl() + "equipo/personas/");
    assertThat(search("Martinez", "Carlos Ramiro Martínez")).contains("Carlos Ramiro Martinez");

    browser.get(duplicateUrl);
    Browser.clickAndWait(browser, By.id("form:merge"));
    assertThat(browser.findElement(By.id("merge:duplicate_input")).getAttribute("value"))
        .startsWith("Carlos Ramiro Martinez");
    Browser.autocomplete(browser, "merge:kept", "Carlos Ramiro", "Martínez · Canciller");
    browser.findElement(By.id("merge:showPreview")).click();
    WebElement counts = Browser.await(browser, By.id("preview-counts"));
    assertThat(counts.getText()).contains("Cargos: 1");
    Browser.screenshot(browser, "directory-person-merge");
    Browser.clickAndWait(browser, By.id("merge:confirm"));

    assertThat(Browser.await(browser, By.id("heading")).getText())
        .isEqualTo("Carlos Ramiro Martínez");
    assertThat(Browser.await(browser, By.id("history:participations")).getText())
        .contains("II Conferencia Nacional de Ciudades Solidarias");
    assertThat(browser.findElement(By.id("affiliations")).getText()).contains(post, "Canciller");
    Browser.screenshot(browser, "directory-person-page");
    browser.get(duplicateUrl);
    assertThat(Browser.await(browser, By.id("not-found")).getText())
        .contains("No existe la persona");
  }

  @Test
  void ofTwoConcurrentSavesTheSecondIsRefusedWithAReloadButton() {
    browser.get(Deployments.baseUrl() + "equipo/instituciones/institucion.xhtml");
    String name = "Dirección Concurrente " + unique;
    Browser.await(browser, By.id("form:name")).sendKeys(name);
    Browser.chooseByClick(browser, "form:kind", "Organización no gubernamental");
    Browser.clickAndWait(browser, By.id("form:save"));
    String page = browser.getCurrentUrl();
    String first = browser.getWindowHandle();

    // A colleague opens the same record in another tab and saves a new name first.
    browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    browser.get(page);
    WebElement theirs = Browser.await(browser, By.id("form:name"));
    theirs.clear();
    theirs.sendKeys(name + " (colega)");
    Browser.clickAndWait(browser, By.id("form:save"));
    assertThat(Browser.await(browser, By.id("heading")).getText()).isEqualTo(name + " (colega)");

    browser.switchTo().window(first);
    WebElement mine = browser.findElement(By.id("form:name"));
    mine.clear();
    mine.sendKeys(name + " (mío)");
    Browser.clickAndWait(browser, By.id("form:save"));

    assertThat(Browser.await(browser, By.id("messages")).getText())
        .contains("Otra persona modificó este registro");
    Browser.screenshot(browser, "directory-concurrent-change");
    Browser.clickAndWait(browser, By.id("form:reload"));
    assertThat(Browser.await(browser, By.id("form:name")).getAttribute("value"))
        .isEqualTo(name + " (colega)");
  }

  /** Records a new institution of {@code kind} with the form; returns its page's address. */
  private String newInstitution(String name, String acronym, String kind) {
    browser.get(Deployments.baseUrl() + "equipo/instituciones/institucion.xhtml");
    Browser.await(browser, By.id("form:name")).sendKeys(name);
    if (acronym != null) {
      browser.findElement(By.id("form:acronym")).sendKeys(acronym);
    }
    Browser.chooseByClick(browser, "form:kind", kind);
    Browser.clickAndWait(browser, By.id("form:save"));
    assertThat(Browser.await(browser, By.id("heading")).getText()).startsWith(name);
    return browser.getCurrentUrl();
  }

  @Test
  void aDuplicateInstitutionMergedIntoTheKeptOneBecomesItsAlias() {
    String duplicate = "Fundación Duplicada " + unique;
    String kept = "Fundación Original " + unique;
    String duplicatePage =
        newInstitution(duplicate, "FD" + unique, "Organización no gubernamental");
    newInstitution(kept, null, "Organización no gubernamental");

    browser.get(duplicatePage);
    Browser.clickAndWait(browser, By.id("form:merge"));
    assertThat(browser.findElement(By.id("merge:duplicate_input")).getAttribute("value"))
        .startsWith(duplicate);
    Browser.autocomplete(browser, "merge:kept", "Original " + unique, kept);
    browser.findElement(By.id("merge:showPreview")).click();
    assertThat(Browser.await(browser, By.id("preview-counts")).getText())
        .contains("Nombres que quedan como otros nombres: 2");
    assertThat(browser.findElement(By.id("preview-text")).getText())
        .contains("Todo lo de «" + duplicate + " (FD" + unique + ")» pasa a «" + kept + "»");
    Browser.screenshot(browser, "directory-institution-merge");
    Browser.clickAndWait(browser, By.id("merge:confirm"));

    assertThat(Browser.await(browser, By.id("heading")).getText())
        .isEqualTo(kept + " (FD" + unique + ")");
    assertThat(browser.findElement(By.id("form:aliases")).getText()).contains(duplicate);
    browser.get(Deployments.baseUrl() + "equipo/instituciones/");
    // One record is left, found by the duplicate's name, which it now carries as an alias.
    assertThat(search(duplicate, kept)).contains("También: " + duplicate, "1–1 de 1");
  }
}
