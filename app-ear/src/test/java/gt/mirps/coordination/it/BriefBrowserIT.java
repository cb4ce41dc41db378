package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A manager's one-page brief of the demo conference, and the Solidarity Cities report filtered by a
 * department and exported, in a real browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BriefBrowserIT {

  private static final String DEMO_CONFERENCE = "II Conferencia Nacional de Ciudades Solidarias";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.asBuilt();
  }

  private WebDriver browser;

  @BeforeEach
  void signIn() {
    browser = Browser.start();
    Browser.signIn(browser, "gerencia");
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Where the link button {@code id} leads (PrimeFaces puts the link inside or on it). */
  private String href(String id) {
    WebElement button = browser.findElement(By.id(id));
    WebElement link =
        "a".equals(button.getTagName()) ? button : button.findElement(By.tagName("a"));
    return link.getAttribute("href");
  }

  /** What {@code href} answers, fetched with the browser's session. */
  private HttpResponse<byte[]> fetch(String href) throws IOException, InterruptedException {
    return Browser.fetch(browser, href);
  }

  @Test
  void aManagerOpensTheDemoConferenceBriefFromTheEventPageAndDownloadsItsOnePagePdf()
      throws Exception {
    Browser.menu(browser, "Eventos", "Lista de eventos");
    Browser.searchEvents(browser, "ciudades solidarias");
    Browser.waiting(browser)
        .until(ExpectedConditions.elementToBeClickable(By.linkText(DEMO_CONFERENCE)));
    Browser.clickAndWait(browser, By.linkText(DEMO_CONFERENCE));
    assertThat(Browser.await(browser, By.id("event-title")).getText()).isEqualTo(DEMO_CONFERENCE);

    Browser.clickAndWait(browser, By.id("event-brief"));

    assertThat(Browser.await(browser, By.id("brief-title")).getText()).isEqualTo(DEMO_CONFERENCE);
    assertThat(browser.findElement(By.id("brief-facts")).getText())
        .contains("25 y 26 de septiembre de 2024")
        .contains("Conferencia");
    String institutions = browser.findElement(By.id("brief-institutions")).getText();
    assertThat(institutions)
        .contains("Carlos Ramiro Martínez, Canciller")
        .contains("ACNUR")
        .contains("Representante de ACNUR en Guatemala");
    assertThat(browser.findElement(By.id("brief-communiques")).getText()).contains("/comunicados/");
    Browser.screenshot(browser, "brief-page");

    String href = href("download-brief");
    HttpResponse<byte[]> pdf = fetch(href);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    PdfReader reader = new PdfReader(pdf.body());
    try {
      assertThat(reader.getNumberOfPages()).isEqualTo(1);
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      assertThat(text)
          .contains(DEMO_CONFERENCE)
          .contains("25 y 26 de septiembre de 2024")
          .contains("Canciller")
          .contains("ACNUR")
          .contains("/comunicados/");
    } finally {
      reader.close();
    }

    // The menu's entry names no event: it offers the latest ones, and one leads to its brief.
    Browser.menu(browser, "Informes", "Ficha de evento");
    Browser.await(browser, By.id("event-choices"));
    Browser.clickAndWait(browser, By.linkText(DEMO_CONFERENCE));
    assertThat(Browser.await(browser, By.id("brief-title")).getText()).isEqualTo(DEMO_CONFERENCE);
  }

  @Test
  void aManagerFiltersTheSolidarityCitiesReportByADepartmentAndExportsItAsXlsx() throws Exception {
    browser.get(Deployments.baseUrl() + "equipo/ciudades-solidarias/");
    Browser.clickAndWait(browser, By.id("city-report"));
    Browser.await(browser, By.id("report:results"));

    Browser.choose(browser, "report:department", "13", "Huehuetenango");
    Browser.clickAndAwaitUpdate(browser, By.id("report:find"), By.id("report:results"));
    Browser.waiting(browser)
        .until(driver -> href("report:export-xlsx").contains("departamento=13"));
    List<WebElement> rows = browser.findElements(By.cssSelector("[id='report:results'] tbody tr"));
    assertThat(rows).isNotEmpty();
    assertThat(rows).allSatisfy(row -> assertThat(row.getText()).startsWith("Huehuetenango"));
    assertThat(browser.findElements(By.cssSelector("[id='report:results'] .service-HEALTH")))
        .isNotEmpty();
    Browser.screenshot(browser, "brief-city-report");

    String href = href("report:export-xlsx");
    HttpResponse<byte[]> xlsx = fetch(href);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers).startsWith("Departamento", "Ciudad Solidaria").contains("Salud");
      List<String> institutions = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Huehuetenango");
        if (row.getCell(3) != null) {
          institutions.add(row.getCell(3).getStringCellValue());
        }
      }
      assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
      assertThat(institutions)
          .contains("Municipalidad de Huehuetenango", "Gobernación Departamental de Huehuetenango");
    }

    // a period that ends before it starts is refused beside the field; an empty one shows none
    Browser.typeDate(browser, "report:signedFrom", "01/01/2000");
    Browser.typeDate(browser, "report:signedTo", "31/12/1999");
    browser.findElement(By.id("report:find")).click();
    Browser.waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("report"), "no puede ser anterior a «Firmadas desde»"));
    Browser.typeDate(browser, "report:signedTo", "31/12/2000");
    browser.findElement(By.id("report:find")).click();
    Browser.waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("report:results"), "Ninguna Ciudad Solidaria con esos filtros."));
    Browser.waiting(browser)
        .until(driver -> href("report:export-xlsx").contains("hasta=2000-12-31"));

    HttpResponse<byte[]> pdf = fetch(href.replace(".xlsx", ".pdf"));
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    PdfReader reader = new PdfReader(pdf.body());
    try {
      assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
          .contains("Informe de Ciudades Solidarias")
          .contains("departamento Huehuetenango")
          .contains("Página 1");
    } finally {
      reader.close();
    }
  }

  @Test
  void onlyManagersReachTheReportsAndAnUnknownEventHasNoBrief() throws Exception {
    String base = Deployments.baseUrl();
    assertThat(fetch(base + "equipo/informes/ficha-evento.pdf?id=987654321").statusCode())
        .isEqualTo(404);
    assertThat(
            fetch(base + "equipo/informes/ciudades/ciudades-solidarias.csv?hasta=ayer")
                .statusCode())
        .isEqualTo(400);

    Browser.signIn(browser, "equipo");

    browser.get(base + "equipo/informes/ciudades.xhtml");
    assertThat(Browser.await(browser, By.id("error-title")).getText())
        .isEqualTo("No tiene permiso para ver esta página");
    assertThat(fetch(base + "equipo/informes/ciudades/ciudades-solidarias.xlsx").statusCode())
        .isEqualTo(403);
    browser.get(base + "equipo/ciudades-solidarias/");
    Browser.await(browser, By.id("search:results"));
    assertThat(browser.findElements(By.id("city-report"))).isEmpty();
  }
}
