package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

/** The register of Solidarity Cities, in a real browser, as a team member. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SolidarityCitiesBrowserIT {

  /** The services the demo conference's communiqué lists for every Solidarity City. */
  private static final List<String> DEMO_SERVICES =
      List.of("EDUCATION", "HEALTH", "PSYCHOSOCIAL_SUPPORT", "SOCIAL_ASSISTANCE");

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

  /** The register's row of the Solidarity City whose link reads {@code name}. */
  private WebElement row(String name) {
    return Browser.await(
        browser,
        By.xpath(
            "//*[@id='search:results']//tr[.//a[contains(@class,'city-link')][.='" + name + "']]"));
  }

  private static List<String> ticks(WebElement row) {
    return row.findElements(By.cssSelector(".service-tick")).stream()
        .map(tick -> tick.getAttribute("class"))
        .map(classes -> classes.replaceAll(".*service-([A-Z_]+).*", "$1"))
        .toList();
  }

  /** Searches the register with the filters chosen and waits for the table to be replaced. */
  private String find(String expected) {
    return Browser.searchResults(browser, expected);
  }

  private void typeDate(String id, LocalDate day) {
    WebElement input = browser.findElement(By.id(id + "_input"));
    input.clear();
    input.sendKeys(day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    input.sendKeys(Keys.ESCAPE);
  }

  @Test
  void theRegisterShowsTheDemoSolidarityCitiesWithTheirServicesAsTicks() {
    Browser.clickAndWait(
        browser,
        By.xpath(
            "//*[@id='menu']//a[.//span[contains(@class,'ui-menuitem-text')][.='Ciudades Solidarias']]"));
    assertThat(Browser.await(browser, By.tagName("h1")).getText())
        .isEqualTo("Registro de Ciudades Solidarias");

    for (String city :
        List.of(
            "Guatemala",
            "San Benito",
            "Flores",
            "Huehuetenango",
            "Livingston",
            "Puerto Barrios",
            "Esquipulas")) {
      assertThat(ticks(row(city))).as(city).containsExactlyInAnyOrderElementsOf(DEMO_SERVICES);
    }
    // Huehuetenango twice: the municipality and the departmental governorship.
    assertThat(
            browser.findElements(
                By.xpath(
                    "//*[@id='search:results']//a[contains(@class,'city-link')][.='Huehuetenango']")))
        .hasSize(2);
    assertThat(browser.findElements(By.cssSelector("#search\\:results a.city-link")).size())
        .isGreaterThanOrEqualTo(8);
    assertThat(browser.findElement(By.id("search:results")).getText())
        .contains("Gobernación departamental", "Educación", "Albergue");
    Browser.screenshot(browser, "solidarity-register");
  }

  @Test
  void aMunicipalityDesignatedThroughTheFormAppearsInTheRegisterAndCanBeEnded() {
    // A fresh municipality in the directory, in a territory the demo data does not designate.
    String municipality = "Municipalidad de Prueba " + unique;
    browser.get(Deployments.baseUrl() + "equipo/instituciones/institucion.xhtml");
    Browser.await(browser, By.id("form:name")).sendKeys(municipality);
    Browser.chooseByClick(browser, "form:kind", "Municipalidad");
    Browser.chooseByClick(browser, "form:department", "Quetzaltenango");
    // The department's municipalities arrive with an Ajax update of the second menu.
    Browser.waiting(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='form:municipality_input'] option[value='0901']")));
    Browser.chooseByClick(browser, "form:municipality", "Quetzaltenango");
    Browser.clickAndWait(browser, By.id("form:save"));
    assertThat(Browser.await(browser, By.id("heading")).getText()).isEqualTo(municipality);

    // Designating it: institution, signing date, two services, the network.
    browser.get(Deployments.baseUrl() + "equipo/ciudades-solidarias/editar.xhtml");
    WebElement institution = Browser.await(browser, By.id("city:institution_input"));
    institution.sendKeys("Prueba " + unique);
    Browser.waiting(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//*[@id='city:institution_panel']//li[contains(@class,'ui-autocomplete-item')]"
                        + "[contains(.,'"
                        + unique
                        + "')]")))
        .click();
    typeDate("city:signedOn", LocalDate.of(2024, 3, 15));
    browser.findElement(By.xpath("//*[@id='city:services']//label[.='Educación']")).click();
    browser.findElement(By.xpath("//*[@id='city:services']//label[.='Albergue']")).click();
    browser.findElement(By.cssSelector("[id='city:network'] .ui-chkbox-box")).click();
    Browser.screenshot(browser, "solidarity-form");
    Browser.clickAndWait(browser, By.id("city:save"));

    assertThat(Browser.await(browser, By.id("city-heading")).getText())
        .isEqualTo("Quetzaltenango, Quetzaltenango");
    assertThat(browser.findElement(By.id("services")).getText())
        .contains("Educación", "Albergue")
        .doesNotContain("Salud");
    assertThat(browser.findElement(By.id("institution")).getText()).isEqualTo(municipality);
    assertThat(browser.findElement(By.id("network")).getText()).isEqualTo("Sí");
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Activa");
    Browser.screenshot(browser, "solidarity-city");
    String cityUrl = browser.getCurrentUrl();

    // The register shows it in its department with its two ticks.
    browser.get(Deployments.baseUrl() + "equipo/ciudades-solidarias/");
    Browser.await(browser, By.id("search:results"));
    Browser.chooseByClick(browser, "search:department", "Quetzaltenango");
    find("Quetzaltenango");
    assertThat(ticks(row("Quetzaltenango"))).containsExactlyInAnyOrder("EDUCATION", "SHELTER");
    assertThat(browser.findElement(By.id("search:results")).getText()).doesNotContain("Flores");

    // Ending it.
    browser.get(cityUrl);
    Browser.clickAndWait(browser, By.id("edit"));
    LocalDate today = LocalDate.now(ZoneId.of("America/Guatemala"));
    Browser.await(browser, By.id("ending:endedOn_input"));
    typeDate("ending:endedOn", today);
    browser.findElement(By.id("ending:end")).click();
    WebElement yes =
        Browser.waiting(browser)
            .until(ExpectedConditions.elementToBeClickable(By.id("ending:confirm-yes")));
    Browser.screenshot(browser, "solidarity-end");
    yes.click();
    Browser.waiting(browser).until(ExpectedConditions.urlContains("ciudad.xhtml"));
    assertThat(Browser.await(browser, By.id("state")).getText()).startsWith("Finalizada el");
    assertThat(browser.findElements(By.id("edit"))).isEmpty();

    // Gone from the active register, kept among the ended ones.
    browser.get(Deployments.baseUrl() + "equipo/ciudades-solidarias/");
    Browser.await(browser, By.id("search:results"));
    Browser.chooseByClick(browser, "search:department", "Quetzaltenango");
    assertThat(find("No hay Ciudades Solidarias")).doesNotContain("Quetzaltenango, ");
    Browser.chooseByClick(browser, "search:state", "Finalizada");
    assertThat(find("Quetzaltenango")).contains("Finalizada el");
  }
}
