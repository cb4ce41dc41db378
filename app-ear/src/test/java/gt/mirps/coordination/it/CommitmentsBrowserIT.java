package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Commitments through the pages, in a real browser: recording one at the demo conference from its
 * event page, reporting progress, a refused cancellation, and the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitmentsBrowserIT {

  private static final String DEMO_CONFERENCE = "II Conferencia Nacional de Ciudades Solidarias";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.asBuilt();
  }

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

  /** Opens the demo conference's page through the list of events. */
  private void openDemoConference() {
    Browser.menu(browser, "Eventos", "Lista de eventos");
    Browser.searchEvents(browser, DEMO_CONFERENCE);
    Browser.clickAndWait(browser, By.linkText(DEMO_CONFERENCE));
    Browser.await(browser, By.id("event-title"));
  }

  private void openTab(String title) {
    Browser.waiting(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@role='tablist']//a[normalize-space(.)='" + title + "']")))
        .click();
  }

  /** Opens the progress dialog, fills it and saves it. */
  private void report(String narrative, String status, String statusLabel) {
    // The button re-renders the dialog's form before showing it: wait for the fresh form, shown,
    // so nothing typed is lost to the re-render.
    WebElement previous = browser.findElement(By.id("progress:narrative"));
    browser.findElement(By.id("actions:report")).click();
    Browser.waiting(browser).until(ExpectedConditions.stalenessOf(previous));
    Browser.waiting(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("progress:narrative")));
    Browser.type(browser, "progress:narrative", narrative);
    if (status != null) {
      Browser.choose(browser, "progress:newStatus", status, statusLabel);
    }
    browser.findElement(By.id("progress:save")).click();
  }

  @Test
  void aCommitmentAtTheDemoConferenceMovesToInProgressAndCannotBeCancelledWithoutAReason() {
    String title =
        "Segunda ventanilla de orientación " + UUID.randomUUID().toString().substring(0, 8);
    Browser.signIn(browser, "equipo");

    openDemoConference();
    openTab("Compromisos");
    By newCommitment = By.cssSelector("a[id='tabs:new-commitment'], [id='tabs:new-commitment'] a");
    Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(newCommitment));
    Browser.clickAndWait(browser, newCommitment);

    // The form comes with the event filled in.
    assertThat(Browser.await(browser, By.id("commitment-form-heading")).getText())
        .isEqualTo("Nuevo compromiso");
    assertThat(browser.findElement(By.id("commitment:event_input")).getAttribute("value"))
        .isEqualTo(DEMO_CONFERENCE);

    // Without a submitter, type and area nothing is saved and the reasons stand beside the fields.
    Browser.type(browser, "commitment:title", title);
    Browser.clickAndWait(browser, By.id("commitment:save"));
    assertThat(
            Browser.await(
                    browser,
                    By.cssSelector(
                        "[id='commitment:submitter'] ~ .ui-message-error, .ui-message-error"))
                .getText())
        .isNotBlank();
    assertThat(browser.getPageSource())
        .contains("Indique la institución que presenta el compromiso.");

    Browser.autocomplete(browser, "commitment:submitter", "MINEX", "MINEX");
    Browser.autocomplete(browser, "commitment:cosponsors", "ACNUR", "ACNUR");
    Browser.choose(browser, "commitment:type", "TECHNICAL", "Técnico");
    Browser.choose(browser, "commitment:area", "PROTECTION", "Protección");
    Browser.typeDate(browser, "commitment:targetDate", "30/06/2025");
    Browser.type(
        browser,
        "commitment:description",
        "Atención a personas refugiadas en el centro histórico.");
    Browser.screenshot(browser, "commitments-form");
    Browser.clickAndWait(browser, By.id("commitment:save"));

    // Its page: planning, overdue (its target date has passed), no progress yet.
    assertThat(Browser.await(browser, By.id("commitment-title")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.id("commitment-status")).getText())
        .isEqualTo("En planificación");
    assertThat(browser.findElement(By.id("facts")).getText())
        .contains("MINEX", "ACNUR", DEMO_CONFERENCE, "Técnico", "Protección", "Vencido");
    assertThat(browser.findElement(By.id("timeline-empty")).getText())
        .isEqualTo("Aún no se ha registrado ningún avance.");

    report("Se contrató al personal de la ventanilla.", "IN_PROGRESS", "En curso");
    Browser.waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("commitment-status"), "En curso"));
    WebElement timeline = Browser.await(browser, By.id("timeline"));
    assertThat(timeline.getText())
        .contains(
            "Se contrató al personal de la ventanilla.", "equipo", "En planificación → En curso");
    Browser.screenshot(browser, "commitments-page");

    // A cancellation without a reason is refused beside the reason; nothing changes.
    report("Se retira el financiamiento.", "CANCELLED", "Cancelado");
    WebElement refusal =
        Browser.await(
            browser,
            By.xpath(
                "//*[@id='progress:reason']/following::*[contains(@class,'ui-message-error')][1]"));
    assertThat(refusal.getText()).contains("Para cancelar un compromiso indique el motivo.");
    Browser.screenshot(browser, "commitments-cancel-refused");
    assertThat(browser.findElement(By.id("commitment-status")).getText()).isEqualTo("En curso");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .doesNotContain("Se retira el financiamiento.");

    // The list shows it, found by status and overdue, marked overdue.
    browser.get(Deployments.baseUrl() + "equipo/compromisos/");
    Browser.await(browser, By.id("commitments-heading"));
    Browser.choose(browser, "filters:status", "IN_PROGRESS", "En curso");
    browser
        .findElement(By.id("filters:overdue"))
        .findElement(By.cssSelector(".ui-chkbox-box"))
        .click();
    Browser.clickAndAwaitUpdate(browser, By.id("filters:search"), By.id("list:commitments"));
    WebElement row =
        Browser.await(browser, By.xpath("//tr[.//a[normalize-space(.)='" + title + "']]"));
    assertThat(row.getText()).contains("MINEX", "En curso", "Vencido");
    assertThat(row.getAttribute("class")).contains("commitment-overdue");
    Browser.screenshot(browser, "commitments-list");

    // And the event's tab lists it.
    openDemoConference();
    openTab("Compromisos");
    assertThat(Browser.await(browser, By.linkText(title)).isDisplayed()).isTrue();
  }

  @Test
  void anEditFromAFormSomeoneElseOvertookIsRefusedAndOffersToReload() {
    String title = "Fondo de becas " + UUID.randomUUID().toString().substring(0, 8);
    Browser.signIn(browser, "equipo");
    browser.get(Deployments.baseUrl() + "equipo/compromisos/editar.xhtml");
    Browser.type(browser, "commitment:title", title);
    Browser.autocomplete(browser, "commitment:submitter", "ACNUR", "ACNUR");
    Browser.choose(browser, "commitment:type", "FINANCIAL", "Financiero");
    Browser.choose(browser, "commitment:area", "EDUCATION", "Educación");
    Browser.clickAndWait(browser, By.id("commitment:save"));
    Browser.await(browser, By.id("commitment-title"));
    String editUrl = browser.getCurrentUrl().replace("compromiso.xhtml", "editar.xhtml");

    // Another team member opens the same form first...
    WebDriver other = Browser.start();
    try {
      Browser.signIn(other, "gerencia");
      other.get(editUrl);
      Browser.await(other, By.id("commitment:title"));

      // ...this one saves a new title...
      browser.get(editUrl);
      Browser.type(browser, "commitment:title", title + " ampliado");
      Browser.clickAndWait(browser, By.id("commitment:save"));
      assertThat(Browser.await(browser, By.id("commitment-title")).getText())
          .isEqualTo(title + " ampliado");

      // ...and the other's save, from the older form, is refused rather than overwriting it.
      Browser.type(other, "commitment:title", title + " reducido");
      Browser.clickAndWait(other, By.id("commitment:save"));
      assertThat(Browser.await(other, By.id("reload:reload-button")).isDisplayed()).isTrue();
      assertThat(other.findElement(By.id("messages")).getText())
          .contains("Otra persona modificó este registro");
      Browser.clickAndWait(other, By.id("reload:reload-button"));
      assertThat(Browser.await(other, By.id("commitment:title")).getAttribute("value"))
          .isEqualTo(title + " ampliado");
    } finally {
      other.quit();
    }
  }

  @Test
  void theMenuLeadsTeamMembersToTheCommitments() {
    Browser.signIn(browser, "equipo");
    Browser.clickAndWait(browser, By.xpath("//a[.//span[normalize-space(.)='Compromisos']]"));
    assertThat(Browser.await(browser, By.id("commitments-heading")).getText())
        .isEqualTo("Compromisos");
  }
}
