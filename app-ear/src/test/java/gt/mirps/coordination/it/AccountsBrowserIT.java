package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/** Administrators manage accounts; each role sees in the menu only what it may open. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsBrowserIT {

  private static final String DEMO_PASSWORD = SignInBrowserIT.DEMO_PASSWORD;

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

  private void signIn(String username, String password) {
    signIn(browser, username, password);
  }

  private static void signIn(WebDriver someone, String username, String password) {
    someone.manage().deleteAllCookies();
    someone.get(Deployments.baseUrl() + "equipo/");
    Browser.submitSignIn(someone, username, password);
  }

  private void signOut() {
    Browser.clickAndWait(browser, By.id("session:logout"));
    Browser.await(browser, By.id("logged-out"));
  }

  private void openAccounts() {
    browser.get(Deployments.baseUrl() + "equipo/admin/cuentas.xhtml");
    Browser.await(browser, By.id("accounts"));
  }

  private void manage(String username) {
    Browser.clickAndWait(
        browser,
        By.xpath(
            "//tr[.//span[@class='account-username'][.='"
                + username
                + "']]//button[contains(@id,'manage')]"));
    assertThat(Browser.await(browser, By.id("manage-title")).getText()).contains(username);
  }

  private String growl() {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-growl-message")))
        .getAttribute("textContent");
  }

  /** The entries of a submenu of the menu bar, once opened. */
  private String submenu(String label) {
    WebElement bar = Browser.await(browser, By.id("menu"));
    bar.findElement(By.xpath(".//span[contains(@class,'ui-menuitem-text')][.='" + label + "']"))
        .click();
    WebElement list =
        bar.findElement(
            By.xpath(".//li[contains(@class,'ui-menu-parent')][./a//span[.='" + label + "']]/ul"));
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOf(list));
    return list.getText();
  }

  @Test
  void anAdministratorOpensAnAccountThatSignsInWithItsRoleOnlyAndCanBeDeactivatedAndReset() {
    String username = "prueba." + (System.nanoTime() % 1_000_000);
    String firstPassword = "Clave-Inicial-2024";
    String secondPassword = "Clave-Nueva-2025!";
    signIn("admin", DEMO_PASSWORD);
    openAccounts();

    browser.findElement(By.id("create:username")).sendKeys(username);
    browser.findElement(By.id("create:displayName")).sendKeys("Persona de Prueba");
    browser.findElement(By.id("create:email")).sendKeys(username + "@example.org");
    browser.findElement(By.xpath("//form[@id='create']//label[.='Coordinador(a)']")).click();
    browser.findElement(By.id("create:password")).sendKeys("corta");
    Browser.clickAndWait(browser, By.id("create:submit"));
    assertThat(Browser.await(browser, By.id("create")).getText())
        .contains("La contraseña debe tener al menos 12 caracteres.");
    assertThat(browser.findElement(By.id("accounts")).getText()).doesNotContain(username);
    Browser.screenshot(browser, "desk-accounts-validation");

    browser.findElement(By.id("create:password")).sendKeys(firstPassword);
    Browser.clickAndWait(browser, By.id("create:submit"));
    assertThat(growl()).contains("Se abrió la cuenta " + username);
    assertThat(browser.findElement(By.id("accounts")).getText())
        .contains(username, "Persona de Prueba", "Coordinador(a)");
    Browser.screenshot(browser, "desk-accounts-list");
    signOut();

    signIn(username, firstPassword);
    assertThat(Browser.await(browser, By.id("welcome")).getText()).contains("Persona de Prueba");
    assertThat(Browser.menuBar(browser))
        .contains("Eventos")
        .doesNotContain("Directorio", "Administración");
    browser.get(Deployments.baseUrl() + "equipo/admin/cuentas.xhtml");
    assertThat(Browser.await(browser, By.id("error-title")).getText())
        .isEqualTo("No tiene permiso para ver esta página");
    browser.get(Deployments.baseUrl() + "equipo/personas/");
    assertThat(Browser.await(browser, By.id("error-title")).getText())
        .isEqualTo("No tiene permiso para ver esta página");
    browser.get(Deployments.baseUrl() + "equipo/");
    signOut();

    signIn("admin", DEMO_PASSWORD);
    openAccounts();
    manage(username);
    Browser.screenshot(browser, "desk-accounts-manage");
    Browser.clickAndWait(browser, By.id("manage:deactivate"));
    assertThat(growl()).contains("Se desactivó la cuenta " + username);
    assertThat(Browser.await(browser, By.id("manage-title")).getText()).contains("Desactivada");
    signOut();

    signIn(username, firstPassword);
    assertThat(Browser.await(browser, By.id("login:messages")).getText())
        .contains("Usuario o contraseña incorrectos");

    signIn("admin", DEMO_PASSWORD);
    openAccounts();
    manage(username);
    Browser.clickAndWait(browser, By.id("manage:reactivate"));
    assertThat(growl()).contains("Se reactivó la cuenta " + username);
    browser.findElement(By.id("manage:password")).sendKeys(secondPassword);
    Browser.clickAndWait(browser, By.id("manage:reset"));
    // (The new password is proved by signing in with it below.)
    Browser.await(browser, By.id("manage-title"));
    signOut();

    signIn(username, firstPassword);
    assertThat(Browser.await(browser, By.id("login:messages")).getText())
        .contains("Usuario o contraseña incorrectos");
    signIn(username, secondPassword);
    assertThat(Browser.await(browser, By.id("welcome")).getText()).contains("Persona de Prueba");
  }

  @Test
  void aSignedInPersonGetsNewRolesAtOnceAndIsSignedOutWhenTheAccountIsDeactivated() {
    String username = "sesion." + (System.nanoTime() % 1_000_000);
    String password = "Clave-Sesion-2024";
    signIn("admin", DEMO_PASSWORD);
    openAccounts();
    browser.findElement(By.id("create:username")).sendKeys(username);
    browser.findElement(By.id("create:displayName")).sendKeys("Persona en Sesión");
    browser.findElement(By.xpath("//form[@id='create']//label[.='Coordinador(a)']")).click();
    browser.findElement(By.id("create:password")).sendKeys(password);
    Browser.clickAndWait(browser, By.id("create:submit"));
    assertThat(growl()).contains("Se abrió la cuenta " + username);

    WebDriver other = Browser.start();
    try {
      signIn(other, username, password);
      assertThat(Browser.menuBar(other)).contains("Eventos").doesNotContain("Directorio");

      manage(username);
      browser
          .findElement(By.xpath("//form[@id='manage']//label[.='Integrante del equipo']"))
          .click();
      Browser.clickAndWait(browser, By.id("manage:saveRoles"));
      assertThat(growl()).contains("Se guardaron las funciones de " + username);
      other.get(Deployments.baseUrl() + "equipo/");
      assertThat(Browser.menuBar(other)).contains("Eventos", "Directorio");

      Browser.clickAndWait(browser, By.id("manage:deactivate"));
      assertThat(growl()).contains("Se desactivó la cuenta " + username);
      other.get(Deployments.baseUrl() + "equipo/");
      Browser.await(other, By.id("login:username"));
      assertThat(other.getCurrentUrl()).contains("/login.xhtml");
    } finally {
      other.quit();
    }
  }

  @Test
  void theLastRoleCannotBeTakenAwayAndTheRulesAreSaidInSpanish() {
    signIn("admin", DEMO_PASSWORD);
    openAccounts();
    manage("admin");
    browser.findElement(By.xpath("//form[@id='manage']//label[.='Administrador(a)']")).click();
    Browser.clickAndWait(browser, By.id("manage:saveRoles"));
    String page = Browser.await(browser, By.id("content")).getText();
    assertThat(page)
        .containsAnyOf(
            "La cuenta necesita al menos un rol.", "es la última cuenta de administración activa");
    openAccounts();
    assertThat(browser.findElement(By.id("accounts")).getText()).contains("Administrador(a)");
  }

  @Test
  void eachDemoRoleSeesOnlyItsPartOfTheMenu() {
    signIn("coordinacion", DEMO_PASSWORD);
    assertThat(Browser.menuBar(browser))
        .contains("Eventos")
        .doesNotContain("Directorio", "Administración");
    assertThat(submenu("Eventos")).contains("Lista de eventos").doesNotContain("Nuevo evento");

    for (String username : new String[] {"equipo", "gerencia"}) {
      signIn(username, DEMO_PASSWORD);
      assertThat(Browser.menuBar(browser))
          .as(username)
          .contains("Eventos", "Directorio")
          .doesNotContain("Administración");
      assertThat(submenu("Eventos")).as(username).contains("Lista de eventos", "Nuevo evento");
    }

    signIn("admin", DEMO_PASSWORD);
    assertThat(Browser.menuBar(browser))
        .contains("Administración")
        .doesNotContain("Eventos", "Directorio");
    assertThat(submenu("Administración")).contains("Cuentas");
  }
}
