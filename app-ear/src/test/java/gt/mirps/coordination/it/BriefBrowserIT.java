package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
    browser.get(Deployments.baseUrl() + "equipo/");
    browser.findElement(By.id("login:username")).sendKeys("gerencia");
    browser.findElement(By.id("login:password")).sendKeys(SignInBrowserIT.DEMO_PASSWORD);
    Browser.clickAndWait(browser, By.id("login:submit"));
    Browser.await(browser, By.id("welcome"));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Where the link button {@code id} leads (PrimeFaces puts the link inside or on it). */
  private String href(String id) {
    WebElement button = browser.findElement(By.id(id));
    WebElement link =
        "a".equals(button.getTagName()) ? button : button.findElement(By.tagName("a"));
    return link.getAttribute("href");
  }

  /** Types a day ("31/12/2000") into a date picker and leaves the field. */
  private void typeDate(String id, String day) {
    WebElement field = Browser.await(browser, By.id(id + "_input"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(day);
    field.sendKeys(Keys.TAB);
  }

  /** What {@code href} answers, fetched with the browser's session. */
  private HttpResponse<byte[]> fetch(String href) throws IOException, InterruptedException {
    String cookies =
        browser.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    // HTTP/1.1 without an h2c upgrade: Liberty may not answer an upgrade on an error response
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies)
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aManagerOpensTheDemoConferenceBriefFromTheEventPageAndDownloadsItsOnePagePdf()
      throws Exception {
    Browser.menu(browser, "Eventos", "Lista de eventos");
    WebElement field = Browser.await(browser, By.id("filters:text"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys("ciudades solidarias");
    WebElement before = browser.findElement(By.id("list:events"));
    browser.findElement(By.id("filters:search")).click();
    waiting().until(ExpectedConditions.stalenessOf(before));
    waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(DEMO_CONFERENCE)));
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

    ((JavascriptExecutor) browser)
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])",
            "report:department",
            "13");
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("report:department_label"), "Huehuetenango"));
    WebElement before = browser.findElement(By.id("report:results"));
    browser.findElement(By.id("report:find")).click();
    waiting().until(ExpectedConditions.stalenessOf(before));
    waiting().until(driver -> href("report:export-xlsx").contains("departamento=13"));
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
    typeDate("report:signedFrom", "01/01/2000");
    typeDate("report:signedTo", "31/12/1999");
    browser.findElement(By.id("report:find")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("report"), "no puede ser anterior a «Firmadas desde»"));
    typeDate("report:signedTo", "31/12/2000");
    browser.findElement(By.id("report:find")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("report:results"), "Ninguna Ciudad Solidaria con esos filtros."));
    waiting().until(driver -> href("report:export-xlsx").contains("hasta=2000-12-31"));

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

    browser.manage().deleteAllCookies();
    browser.get(base + "equipo/");
    browser.findElement(By.id("login:username")).sendKeys("equipo");
    browser.findElement(By.id("login:password")).sendKeys(SignInBrowserIT.DEMO_PASSWORD);
    Browser.clickAndWait(browser, By.id("login:submit"));
    Browser.await(browser, By.id("welcome"));

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
