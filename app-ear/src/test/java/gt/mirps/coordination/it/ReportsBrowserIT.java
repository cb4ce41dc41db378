package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The managers' reports in a real browser, as "gerencia": the participation report of the demo
 * conference's series with ACNUR's row, exported to XLSX through the progress panel and opened; the
 * commitments tracker showing an overdue commitment; the direct export URLs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsBrowserIT {

  private static final String DEMO_SERIES = "Conferencia Nacional de Ciudades Solidarias";

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

  private WebDriverWait waiting() {
    return Browser.waiting(browser, Duration.ofSeconds(30));
  }

  /** Applies the report's filters and waits for the table to be drawn again. */
  private void apply() {
    WebElement before = browser.findElement(By.cssSelector("[id^='table:'] tbody"));
    browser.findElement(By.id("report:apply")).click();
    waiting().until(ExpectedConditions.stalenessOf(before));
  }

  private HttpResponse<byte[]> get(String address) throws IOException, InterruptedException {
    return Browser.fetch(browser, address);
  }

  @Test
  void aManagerFiltersParticipationBySeriesSeesAcnurAndExportsItAsXlsx() throws Exception {
    Browser.signIn(browser, "gerencia");
    Browser.menu(browser, "Informes", "Participación");
    assertThat(Browser.await(browser, By.id("report-heading")).getText())
        .isEqualTo("Informe de participación");

    Browser.choose(browser, "report:series", DEMO_SERIES, DEMO_SERIES);
    apply();
    WebElement acnur =
        waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath(
                        "//*[@id='table:groups']//tr[.//span[@class='report-group'][contains(.,'(ACNUR)')]]")));
    long registered =
        Long.parseLong(acnur.findElement(By.className("report-registered")).getText());
    long attended = Long.parseLong(acnur.findElement(By.className("report-attended")).getText());
    long noShows = Long.parseLong(acnur.findElement(By.className("report-no-shows")).getText());
    // The demo conference: ACNUR's Representative took part and was checked in.
    assertThat(attended).isGreaterThanOrEqualTo(1);
    assertThat(registered).isGreaterThanOrEqualTo(attended + noShows);
    assertThat(browser.findElement(By.id("table:groups")).getText())
        .contains("Ministerio de Relaciones Exteriores (MINEX)");
    Browser.scrollToCentre(browser, acnur);
    Browser.screenshot(browser, "reports-participation");

    // The export runs in the background; the panel offers the file when it is ready.
    browser.findElement(By.id("export:export-xlsx")).click();
    WebElement download =
        waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("export:export-download")));
    assertThat(browser.findElement(By.id("export-ready")).getText())
        .isEqualTo("El archivo está listo.");
    Browser.scrollToCentre(browser, download);
    Browser.screenshot(browser, "reports-export-ready");
    String address = download.getAttribute("href");
    HttpResponse<byte[]> file = get(address);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
        .contains("informe-participacion.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Institución");
      Row row = null;
      for (Row candidate : sheet) {
        if (candidate.getCell(0).getStringCellValue().contains("(ACNUR)")) {
          row = candidate;
        }
      }
      assertThat(row).isNotNull();
      assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(registered);
      assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(attended);
      assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(noShows);
    }
    // Handed over once: the temporary file is gone afterwards.
    assertThat(get(address).statusCode()).isEqualTo(404);
  }

  @Test
  void theCommitmentsTrackerShowsAnOverdueCommitment() {
    String title = "Oficina de orientación vencida " + UUID.randomUUID().toString().substring(0, 8);
    Browser.signIn(browser, "gerencia");
    browser.get(Deployments.baseUrl() + "equipo/compromisos/editar.xhtml");
    Browser.type(browser, "commitment:title", title);
    Browser.autocomplete(browser, "commitment:submitter", "MINEX", "MINEX");
    Browser.choose(browser, "commitment:type", "TECHNICAL", "Técnico");
    Browser.choose(browser, "commitment:area", "PROTECTION", "Protección");
    Browser.typeDate(browser, "commitment:targetDate", "30/06/2025");
    Browser.clickAndWait(browser, By.id("commitment:save"));
    assertThat(Browser.await(browser, By.id("commitment-title")).getText()).isEqualTo(title);

    // The saved commitment's growl covers the menu: open the tracker by its address.
    browser.get(Deployments.baseUrl() + "equipo/informes/compromisos.xhtml");
    assertThat(Browser.await(browser, By.id("report-heading")).getText())
        .isEqualTo("Seguimiento de compromisos");
    browser.findElement(By.cssSelector("[id='report:overdue'] .ui-chkbox-box")).click();
    apply();
    WebElement row =
        waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath(
                        "//*[@id='table:tracks']//tr[.//a[normalize-space(.)='" + title + "']]")));
    assertThat(row.getText())
        .contains(
            "Ministerio de Relaciones Exteriores", "En planificación", "Protección", "Vencido");
    assertThat(row.getAttribute("class")).contains("commitment-overdue");
    Browser.scrollToCentre(browser, row);
    Browser.screenshot(browser, "reports-commitments");
  }

  @Test
  void theDashboardsLinksOpenTheReportsWithTheirPeriodAndGroupingApplied() {
    Browser.signIn(browser, "gerencia");
    browser.get(
        Deployments.baseUrl()
            + "equipo/informes/participacion.xhtml?desde=2024-09-25&hasta=2024-09-26&agrupar=tipo");
    assertThat(Browser.await(browser, By.id("report:grouping_label")).getText())
        .isEqualTo("Tipo de institución");
    assertThat(browser.findElement(By.id("report:from_input")).getAttribute("value")).isNotBlank();
    // The demo conference's institutions, by kind: no institution's own name is a group.
    String table = browser.findElement(By.id("table:groups")).getText();
    assertThat(table).contains("Ministerio").doesNotContain("(ACNUR)");

    browser.get(Deployments.baseUrl() + "equipo/informes/participacion.xhtml?desde=ayer");
    assertThat(Browser.await(browser, By.cssSelector(".ui-messages-error")).getText())
        .contains("«desde»", "AAAA-MM-DD", "«ayer»");

    browser.get(Deployments.baseUrl() + "equipo/informes/compromisos.xhtml?vencidos=true");
    Browser.await(browser, By.id("table:tracks"));
    assertThat(
            browser
                .findElement(By.cssSelector("[id='report:overdue'] .ui-chkbox-box"))
                .getAttribute("class"))
        .contains("ui-state-active");
  }

  @Test
  void theDirectExportUrlsStreamFilesAndRefuseWrongParametersInSpanish() throws Exception {
    Browser.signIn(browser, "gerencia");
    String base = Deployments.baseUrl() + "equipo/informes/exportar/";

    HttpResponse<byte[]> csv =
        get(base + "participacion.csv?desde=2024-09-25&hasta=2024-09-26&agrupar=ninguno");
    assertThat(csv.statusCode()).isEqualTo(200);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFEvento,Fecha,Persona,Institución");
    List<String> lines = text.lines().toList();
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith(
                        "II Conferencia Nacional de Ciudades Solidarias,2024-09-25,Karin Herrera,")
                    && l.endsWith(",Invitada/o de honor,Asistió,1"));

    HttpResponse<byte[]> pdf = get(base + "compromisos.pdf?estado=IN_PROGRESS");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    HttpResponse<byte[]> refused = get(base + "participacion.xlsx?desde=ayer");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(new String(refused.body(), StandardCharsets.UTF_8))
        .contains("El parámetro «desde» debe ser una fecha");
    assertThat(get(base + "participacion.csv?agrupar=persona").statusCode()).isEqualTo(400);
  }

  @Test
  void aTeamMemberCannotOpenTheReports() throws Exception {
    Browser.signIn(browser, "equipo");
    assertThat(Browser.menuBar(browser)).doesNotContain("Informes");
    assertThat(get(Deployments.baseUrl() + "equipo/informes/participacion.xhtml").statusCode())
        .isEqualTo(403);
    assertThat(
            get(Deployments.baseUrl() + "equipo/informes/exportar/participacion.csv").statusCode())
        .isEqualTo(403);
  }
}
