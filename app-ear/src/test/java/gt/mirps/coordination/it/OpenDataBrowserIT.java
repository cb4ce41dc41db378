package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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

/**
 * The "Datos abiertos" page as an anonymous visitor uses it: from the public home page to the five
 * datasets with their row counts and last updates, then the communiqués as CSV and the Solidarity
 * Cities as XLSX, fetched and opened.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataBrowserIT {

  static final String SEED_TITLE =
      "Autoridades del MINEX participan en la II Conferencia Nacional de Ciudades Solidarias";
  static final List<String> SLUGS =
      List.of("comunicados", "eventos", "instituciones", "ciudades-solidarias", "compromisos");

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.asBuilt();
  }

  private WebDriver browser;
  private final HttpClient http = HttpClient.newHttpClient();

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

  private HttpResponse<byte[]> get(String address, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String today() {
    return LocalDate.now(ZoneId.of("America/Guatemala")).toString();
  }

  @Test
  void aVisitorFindsTheDatasetsAndDownloadsThem() throws Exception {
    browser.get(Deployments.baseUrl());
    Browser.clickAndWait(browser, By.id("footer-open-data"));

    assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo("Datos abiertos");
    assertThat(browser.getCurrentUrl()).endsWith("/datos-abiertos");
    List<WebElement> datasets = browser.findElements(By.cssSelector("section.dataset"));
    assertThat(datasets)
        .extracting(d -> d.getAttribute("data-slug"))
        .containsExactlyElementsOf(SLUGS);
    assertThat(datasets)
        .extracting(d -> d.findElement(By.cssSelector(".dataset-title")).getText())
        .containsExactly(
            "Comunicados", "Eventos", "Instituciones", "Ciudades Solidarias", "Compromisos");
    for (WebElement dataset : datasets) {
      String slug = dataset.getAttribute("data-slug");
      long count =
          Long.parseLong(
              dataset.findElement(By.cssSelector(".dataset-count")).getAttribute("data-count"));
      // The demo data has rows in every dataset (MINEX's commitment among them).
      assertThat(count).as(slug).isPositive();
      assertThat(dataset.findElement(By.cssSelector(".dataset-updated time")).getText())
          .as(slug)
          .matches("\\d{1,2} de [a-z]+ de \\d{4}, \\d{2}:\\d{2}");
      assertThat(dataset.findElement(By.cssSelector(".dataset-description")).getText())
          .isNotBlank();
    }
    Browser.screenshot(browser, "opendata-page");
    WebElement cities = browser.findElement(By.id("dataset-ciudades-solidarias"));
    cities.findElement(By.tagName("summary")).click();
    Browser.scrollToTop(browser, cities);
    assertThat(cities.findElement(By.cssSelector(".dataset-columns")).getText())
        .contains("Fecha de firma", "Servicios", "Red Nacional");
    Browser.screenshot(browser, "opendata-columns");

    // The communiqués as CSV: UTF-8 with a BOM, the seed communiqué with its accents.
    String csvAddress = browser.findElement(By.id("download-comunicados-csv")).getAttribute("href");
    HttpResponse<byte[]> csv = get(csvAddress, null);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"mirps-comunicados-" + today() + ".csv\"");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFID,Título,Fecha,Dirección,");
    String seedLine =
        text.lines()
            .filter(l -> l.contains(SEED_TITLE))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No seed communiqué in:\n" + text));
    assertThat(seedLine)
        .contains(
            "2024-09-25",
            "/comunicados/autoridades-del-minex-participan",
            "migración",
            "Carlos Ramiro Martínez");
    assertThat(text).doesNotContain("Borrador del sitio público que nadie debe ver");

    // Asked again with its ETag, the file has not changed.
    String etag = csv.headers().firstValue("ETag").orElseThrow();
    assertThat(csv.headers().firstValue("Last-Modified")).isPresent();
    assertThat(get(csvAddress, etag).statusCode()).isEqualTo(304);

    // The Solidarity Cities as XLSX: a frozen header, typed cells, Sí/No per service.
    String xlsxAddress =
        browser.findElement(By.id("download-ciudades-solidarias-xlsx")).getAttribute("href");
    HttpResponse<byte[]> xlsx = get(xlsxAddress, null);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"mirps-ciudades-solidarias-" + today() + ".xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Ciudades Solidarias");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .contains("Municipio", "Departamento", "Código INE", "Fecha de firma", "Salud");
      DataFormatter formatter = new DataFormatter();
      Row esquipulas = null;
      for (Row row : sheet) {
        Cell code = row.getCell(headers.indexOf("Código INE"));
        if (code != null && "2007".equals(formatter.formatCellValue(code))) {
          esquipulas = row;
        }
      }
      assertThat(esquipulas).as("Esquipulas in the Solidarity Cities").isNotNull();
      assertThat(esquipulas.getCell(headers.indexOf("Municipio")).getStringCellValue())
          .isEqualTo("Esquipulas");
      assertThat(esquipulas.getCell(headers.indexOf("Departamento")).getStringCellValue())
          .isEqualTo("Chiquimula");
      Cell signed = esquipulas.getCell(headers.indexOf("Fecha de firma"));
      assertThat(signed.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(signed.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2024, 9, 25));
      assertThat(esquipulas.getCell(headers.indexOf("Salud")).getStringCellValue()).isEqualTo("Sí");
    }

    // Every other file answers too; an unknown dataset is not found.
    for (String slug : SLUGS) {
      for (String extension : List.of("csv", "xlsx")) {
        String address = Deployments.baseUrl() + "datos-abiertos/" + slug + "." + extension;
        assertThat(get(address, null).statusCode()).as(address).isEqualTo(200);
      }
    }
    assertThat(get(Deployments.baseUrl() + "datos-abiertos/personas.csv", null).statusCode())
        .isEqualTo(404);
  }
}
