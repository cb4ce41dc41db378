package gt.mirps.coordination.it;

import static gt.mirps.coordination.it.DashboardBrowserIT.COSPONSOR;
import static gt.mirps.coordination.it.DashboardBrowserIT.IN_REVIEW_TITLE;
import static gt.mirps.coordination.it.DashboardBrowserIT.OVERDUE_TITLE;
import static gt.mirps.coordination.it.DashboardBrowserIT.RETURNED_TITLE;
import static gt.mirps.coordination.it.DashboardBrowserIT.RETURN_COMMENT;
import static gt.mirps.coordination.it.DashboardBrowserIT.UPCOMING_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The browser side of {@link DashboardBrowserIT}, apart because the test class is loaded in the
 * server too, where Selenium is not.
 */
final class DashboardVisit {

  private final WebDriver browser;
  private final String site;

  private DashboardVisit(WebDriver browser, String site) {
    this.browser = browser;
    this.site = site;
  }

  /** Signs in as each kind of user at {@code site} (with its final slash) and checks their part. */
  static void visit(String site) {
    WebDriver browser = Browser.start();
    try {
      new DashboardVisit(browser, site).asManager();
    } finally {
      browser.quit();
    }
    browser = Browser.start();
    try {
      new DashboardVisit(browser, site).asCoordinator();
    } finally {
      browser.quit();
    }
    browser = Browser.start();
    try {
      new DashboardVisit(browser, site).asTeamMember();
    } finally {
      browser.quit();
    }
  }

  private void asManager() {
    Browser.signIn(browser, site, "gerencia");

    // The communiqué in review waits for publication, the old commitment stands out as overdue.
    WebElement review = Browser.await(browser, By.cssSelector(".dashboard-review"));
    assertThat(review.getText()).contains("Comunicados en revisión por publicar", IN_REVIEW_TITLE);
    assertThat(review.findElement(By.linkText(IN_REVIEW_TITLE)).getAttribute("href"))
        .contains("/equipo/comunicados/comunicado.xhtml?id=");
    WebElement overdue = browser.findElement(By.cssSelector(".dashboard-overdue"));
    WebElement old = overdue.findElement(By.linkText(OVERDUE_TITLE));
    assertThat(old.getAttribute("href")).contains("/equipo/compromisos/compromiso.xhtml?id=");
    assertThat(old.getCssValue("color")).isEqualTo("rgba(179, 38, 30, 1)");
    assertThat(overdue.getText()).contains("31 de enero de 2000", "días de atraso");
    assertThat(browser.findElement(By.cssSelector(".dashboard-upcoming")).getText())
        .contains(UPCOMING_TITLE);
    long overdueBefore = overdueCount();
    Browser.screenshot(browser, "dash-manager");

    // A commitment recorded through the form, already past its target date...
    String title = "Compromiso del tablero " + UUID.randomUUID().toString().substring(0, 8);
    browser.get(site + "equipo/compromisos/editar.xhtml");
    Browser.type(browser, "commitment:title", title);
    Browser.autocomplete(browser, "commitment:submitter", "MINEX", "MINEX");
    Browser.choose(browser, "commitment:type", "TECHNICAL", "Técnico");
    Browser.choose(browser, "commitment:area", "PROTECTION", "Protección");
    Browser.typeDate(browser, "commitment:targetDate", "31/12/2001");
    Browser.clickAndWait(browser, By.id("commitment:save"));
    assertThat(Browser.await(browser, By.id("commitment-title")).getText()).isEqualTo(title);

    // ...counts as overdue and is the latest change, in Spanish, linked to its page.
    browser.get(site + "equipo/");
    Browser.await(browser, By.id("welcome"));
    assertThat(overdueCount()).isEqualTo(overdueBefore + 1);
    WebElement latest =
        Browser.await(browser, By.cssSelector("[id='changes-form:changes'] tbody tr"));
    assertThat(latest.getText()).contains("Marta Gómez", "registró el compromiso", title);
    assertThat(latest.findElement(By.cssSelector(".change-when")).getText())
        .isIn("hace un momento", "hace 1 minuto", "hace 2 minutos");
    assertThat(latest.findElement(By.cssSelector("a.change-record")).getAttribute("href"))
        .contains("/equipo/compromisos/compromiso.xhtml?id=");
    Browser.scrollToTop(browser, browser.findElement(By.id("changes-card")));
    Browser.screenshot(browser, "dash-changes");

    // "All overdue" opens the list filtered on overdue.
    Browser.clickAndWait(browser, By.linkText("Ver todos los compromisos vencidos"));
    Browser.await(browser, By.id("commitments-heading"));
    assertThat(browser.findElement(By.id("filters:overdue_input")).getDomProperty("checked"))
        .isEqualTo("true");
    WebElement row =
        Browser.await(browser, By.xpath("//tr[.//a[normalize-space(.)='" + title + "']]"));
    assertThat(row.getAttribute("class")).contains("commitment-overdue");

    // The list filtered by a co-sponsor, sorted by target date in the database, both ways.
    browser.get(site + "equipo/compromisos/");
    Browser.await(browser, By.id("commitments-heading"));
    Browser.autocomplete(browser, "filters:cosponsor", "Copatrocinadora de prueba", COSPONSOR);
    Browser.clickAndAwaitUpdate(browser, By.id("filters:search"), By.id("list:commitments"));
    Browser.waiting(browser).until(driver -> titles().size() == 3);
    assertThat(titles()).containsExactly("Tablero Charlie", "Tablero Bravo", "Tablero Alfa");
    sortBy("Fecha meta");
    Browser.waiting(browser)
        .until(
            driver -> titles().equals(List.of("Tablero Charlie", "Tablero Alfa", "Tablero Bravo")));
    Browser.screenshot(browser, "dash-commitments-sorted");
    sortBy("Fecha meta");
    Browser.waiting(browser)
        .until(
            driver -> titles().equals(List.of("Tablero Bravo", "Tablero Alfa", "Tablero Charlie")));
    sortBy("Título");
    Browser.waiting(browser)
        .until(
            driver -> titles().equals(List.of("Tablero Alfa", "Tablero Bravo", "Tablero Charlie")));
  }

  private void asCoordinator() {
    Browser.signIn(browser, site, "coordinacion");

    WebElement upcoming = Browser.await(browser, By.cssSelector(".dashboard-upcoming"));
    assertThat(upcoming.getText()).contains("Próximos eventos (30 días)", UPCOMING_TITLE);
    WebElement workshop =
        upcoming.findElement(By.xpath(".//li[.//a[normalize-space(.)='" + UPCOMING_TITLE + "']]"));
    assertThat(workshop.findElement(By.cssSelector(".upcoming-turnout")).getText())
        .isEqualTo("2 inscritos · ninguna llegada registrada");
    assertThat(upcoming.findElement(By.linkText(UPCOMING_TITLE)).getAttribute("href"))
        .contains("/equipo/eventos/evento.xhtml?id=");
    // Coordinators neither publish communiqués nor follow commitments.
    assertThat(browser.findElements(By.cssSelector(".dashboard-review"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".dashboard-overdue"))).isEmpty();
    assertThat(browser.findElements(By.id("changes-form"))).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain(IN_REVIEW_TITLE);
    Browser.screenshot(browser, "dash-coordinator");

    Browser.clickAndWait(browser, By.linkText(UPCOMING_TITLE));
    assertThat(Browser.await(browser, By.id("event-title")).getText()).isEqualTo(UPCOMING_TITLE);
  }

  private void asTeamMember() {
    Browser.signIn(browser, site, "equipo");

    WebElement returned = Browser.await(browser, By.cssSelector(".dashboard-returned"));
    assertThat(returned.getText()).contains(RETURNED_TITLE, RETURN_COMMENT);
    // Publishing is for managers.
    assertThat(browser.findElements(By.cssSelector(".dashboard-review"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector(".dashboard-overdue")).getText())
        .contains(OVERDUE_TITLE);
  }

  private long overdueCount() {
    String text = browser.findElement(By.id("overdue-count")).getText();
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }

  private List<String> titles() {
    try {
      return browser
          .findElements(By.cssSelector("[id='list:commitments'] a.commitment-link"))
          .stream()
          .map(WebElement::getText)
          .toList();
    } catch (StaleElementReferenceException replaced) {
      return List.of();
    }
  }

  private void sortBy(String header) {
    Browser.waiting(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//*[@id='list:commitments']//th[contains(@class,'ui-sortable-column')]"
                        + "[.//span[normalize-space(.)='"
                        + header
                        + "']]")))
        .click();
  }
}
