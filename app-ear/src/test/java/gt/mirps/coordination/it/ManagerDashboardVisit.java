package gt.mirps.coordination.it;

import static gt.mirps.coordination.it.ManagerDashboardBrowserIT.DELEGATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The browser side of {@link ManagerDashboardBrowserIT}, apart because the test class is loaded in
 * the server too, where Selenium is not.
 */
final class ManagerDashboardVisit {

  private final WebDriver browser;
  private final String site;

  private ManagerDashboardVisit(WebDriver browser, String site) {
    this.browser = browser;
    this.site = site;
  }

  static void visit(String site) {
    WebDriver browser = Browser.start();
    try {
      new ManagerDashboardVisit(browser, site).asManager();
    } finally {
      browser.quit();
    }
    browser = Browser.start();
    try {
      new ManagerDashboardVisit(browser, site).asCoordinator();
    } finally {
      browser.quit();
    }
  }

  private void asManager() {
    Browser.signIn(browser, site, "gerencia");
    browser.get(site + "equipo/informes/panel.xhtml");
    assertThat(Browser.await(browser, By.id("dashboard-heading")).getText())
        .isEqualTo("Panel de gerencia");
    assertThat(browser.findElement(By.id("period-shown")).getText()).startsWith("Periodo: del ");

    // The days of the demo conference, chosen in the period form.
    choosePeriod("2024-09-25", "2024-09-26");
    assertThat(browser.findElement(By.id("period-shown")).getText())
        .isEqualTo("Periodo: del 25 de septiembre de 2024 al 26 de septiembre de 2024");
    WebElement byKind = browser.findElement(By.id("figure-by-kind"));
    assertThat(byKind.findElements(By.cssSelector("canvas"))).hasSize(1);
    assertThat(byKind.findElement(By.cssSelector("canvas")).getSize().getHeight()).isPositive();
    Map<String, List<Long>> kinds = table("figure-by-kind-table");
    assertThat(kinds).containsKeys("Ministerio", "Agencia de la ONU", "Organismo internacional");
    assertThat(kinds.get("Ministerio").get(0)).isGreaterThanOrEqualTo(2);
    assertThat(kinds.get("Agencia de la ONU").get(0)).isGreaterThanOrEqualTo(2);
    assertThat(kinds.get("Organismo internacional").get(0)).isGreaterThanOrEqualTo(1);
    // Vice-presidency, IGM, SVET and the six regional teams; all of them checked in.
    assertThat(kinds.get("Entidad de gobierno").get(0)).isGreaterThanOrEqualTo(9);
    assertThat(kinds.get("Entidad de gobierno").get(1)).isGreaterThanOrEqualTo(9);
    assertThat(kinds).doesNotContainKey(ManagerDashboardBrowserIT.UNIVERSITY);
    assertThat(table("figure-by-country-table")).containsKeys("Guatemala", "Honduras");
    assertThat(browser.findElements(By.cssSelector(".report-figure canvas")).size())
        .isGreaterThanOrEqualTo(3);
    assertThat(
            browser
                .findElement(By.cssSelector("#figure-by-kind canvas"))
                .getAttribute("aria-label"))
        .contains("Participación por tipo de institución", "25 de septiembre de 2024");
    assertThat(browser.findElement(By.id("figure-by-kind-report")).getAttribute("href"))
        .endsWith(
            "/equipo/informes/participacion.xhtml?desde=2024-09-25&hasta=2024-09-26&agrupar=tipo");
    assertThat(byKind.findElements(By.cssSelector("thead th")))
        .extracting(WebElement::getText)
        .containsExactly("Tipo de institución", "Personas inscritas", "Personas que asistieron");
    // Nothing wider than the window: the charts and tables fit their cards.
    assertThat(
            (Long)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;"))
        .isLessThanOrEqualTo(0L);
    Browser.screenshot(browser, "mgrdash-conference");

    // Another period: only the university's delegation of 1990.
    choosePeriod("1990-05-01", "1990-05-31");
    assertThat(table("figure-by-kind-table"))
        .containsExactly(Map.entry("Academia", List.of((long) DELEGATION, 0L)));
    assertThat(browser.findElement(By.id("figure-by-country-report")).getAttribute("href"))
        .endsWith(
            "/equipo/informes/participacion.xhtml?desde=1990-05-01&hasta=1990-05-31&agrupar=pais");
    assertThat(table("figure-events-by-month-table")).containsKey("mayo 1990");
    // Nothing else happened then.
    assertThat(browser.findElement(By.id("figure-commitments-by-status")).getText())
        .contains("No hay datos en este periodo.");

    // A period that ends before it starts is refused, and the default shown.
    choosePeriod("1990-05-31", "1990-05-01");
    assertThat(browser.findElement(By.id("content")).getText())
        .contains("El periodo termina antes de empezar");
    assertThat(browser.findElement(By.id("period-shown")).getText()).doesNotContain("1990");

    // "Todo": everything recorded, the conference and the workshop together.
    Browser.clickAndWait(browser, By.id("preset-all"));
    Browser.await(browser, By.id("dashboard-heading"));
    assertThat(browser.findElement(By.id("period-shown")).getText())
        .isEqualTo("Periodo: todo lo registrado");
    Map<String, List<Long>> everything = table("figure-by-kind-table");
    assertThat(everything.get("Academia").get(0)).isGreaterThanOrEqualTo(DELEGATION);
    assertThat(everything.get("Ministerio").get(0)).isGreaterThanOrEqualTo(2);
    assertThat(browser.findElement(By.id("preset-all")).getAttribute("class")).contains("active");
    assertThat(table("figure-cities-by-department-table")).isNotEmpty();
    Browser.screenshot(browser, "mgrdash-all");
    Browser.scrollToTop(browser, browser.findElement(By.id("figure-commitments-by-status")));
    assertThat(browser.findElement(By.id("overdue-report")).getAttribute("href"))
        .endsWith("/equipo/informes/compromisos.xhtml?vencidos=true");
    Browser.screenshot(browser, "mgrdash-commitments");
  }

  private void asCoordinator() {
    Browser.signIn(browser, site, "coordinacion");
    browser.get(site + "equipo/informes/panel.xhtml");
    assertThat(Browser.await(browser, By.id("error-title")).getText())
        .isEqualTo("No tiene permiso para ver esta página");
    assertThat(browser.findElements(By.id("dashboard-heading"))).isEmpty();
  }

  /** Types the two days into the period form (date fields take yyyy-mm-dd from script). */
  private void choosePeriod(String from, String to) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('desde').value = arguments[0];"
                + "document.getElementById('hasta').value = arguments[1];",
            from,
            to);
    Browser.clickAndWait(browser, By.id("apply"));
    Browser.await(browser, By.id("dashboard-heading"));
  }

  /** The rows of a table under a chart: the group and its numbers. */
  private Map<String, List<Long>> table(String id) {
    Map<String, List<Long>> rows = new LinkedHashMap<>();
    List<WebElement> found = browser.findElements(By.cssSelector("[id='" + id + "'] tbody tr"));
    for (WebElement row : found) {
      String group = row.findElement(By.cssSelector("th")).getText().strip();
      List<Long> numbers =
          row.findElements(By.cssSelector("td")).stream()
              .map(cell -> Long.parseLong(cell.getText().replaceAll("[^0-9]", "")))
              .toList();
      rows.put(group, numbers);
    }
    return rows;
  }
}
