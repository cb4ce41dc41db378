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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** Signing in to the team's workspace, in a real browser: each role sees what it may. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

  static final String DEMO_PASSWORD = "MIRPS-demo-2024";

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
    Browser.submitSignIn(browser, username, password);
  }

  @Test
  void theWorkspaceAsksForASignInAndRefusesAWrongPasswordInSpanish() {
    browser.get(Deployments.baseUrl() + "equipo/");

    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    assertThat(Browser.await(browser, By.tagName("h1")).getText())
        .isEqualTo("Ingresar al espacio de trabajo");
    Browser.screenshot(browser, "workspace-login");
    signIn("coordinacion", "no es la clave");

    assertThat(Browser.await(browser, By.id("login:messages")).getText())
        .contains("Usuario o contraseña incorrectos");
    assertThat(browser.getCurrentUrl()).doesNotContain("/equipo/");
  }

  @Test
  void aCoordinatorSignsInButTheServerRefusesTheAdministrationPage() {
    browser.get(Deployments.baseUrl() + "equipo/");
    signIn("coordinacion", DEMO_PASSWORD);

    assertThat(Browser.await(browser, By.id("welcome")).getText())
        .contains("Luis Pérez (coordinación)");
    assertThat(Browser.await(browser, By.cssSelector(".roles")).getText())
        .contains("Coordinador(a)");
    assertThat(Browser.menuBar(browser))
        .contains("Eventos")
        .doesNotContain("Administración", "Directorio");

    browser.get(Deployments.baseUrl() + "equipo/admin/cuentas.xhtml");
    assertThat(Browser.await(browser, By.id("error-title")).getText())
        .isEqualTo("No tiene permiso para ver esta página");
  }

  @Test
  void aFormSentAfterTheSessionExpiredLeadsToASentenceAndBackToSignIn() {
    browser.get(Deployments.baseUrl());
    // The server forgets the session, as after a timeout or a restart.
    browser.manage().deleteAllCookies();

    Browser.clickAndWait(browser, By.linkText("English"));

    assertThat(Browser.await(browser, By.id("error-title")).getText())
        .isEqualTo("Su sesión caducó");
    Browser.clickAndWait(browser, By.id("sign-in-again"));
    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
  }

  @Test
  void aWorkspaceSessionThatExpiredLeadsToTheLoginPageWithASentence() {
    browser.get(Deployments.baseUrl() + "equipo/");
    signIn("equipo", DEMO_PASSWORD);
    assertThat(Browser.await(browser, By.id("welcome")).getText()).contains("Ana López");
    Browser.screenshot(browser, "workspace-home");

    // The browser still holds the session's cookie, but the server has forgotten the session.
    browser.manage().deleteCookieNamed("JSESSIONID");
    browser.manage().addCookie(new Cookie("JSESSIONID", "0000expiredSessionId0000:-1", "/"));
    browser.get(Deployments.baseUrl() + "equipo/");

    assertThat(Browser.await(browser, By.id("session-expired")).getText())
        .startsWith("Su sesión terminó por inactividad.");
    Browser.screenshot(browser, "workspace-session-expired");
    signIn("equipo", DEMO_PASSWORD);
    assertThat(Browser.await(browser, By.id("welcome")).getText()).contains("Ana López");
  }

  @Test
  void theLanguageChosenIsRememberedForTheNextSignIn() {
    browser.get(Deployments.baseUrl() + "equipo/");
    signIn("gerencia", DEMO_PASSWORD);
    Browser.clickAndWait(browser, By.id("session:en"));
    assertThat(Browser.await(browser, By.id("welcome")).getText()).startsWith("Welcome,");
    Browser.clickAndWait(browser, By.id("session:logout"));

    browser.manage().deleteAllCookies();
    browser.get(Deployments.baseUrl() + "equipo/");
    assertThat(Browser.await(browser, By.tagName("h1")).getText())
        .isEqualTo("Ingresar al espacio de trabajo");
    signIn("gerencia", DEMO_PASSWORD);

    assertThat(Browser.await(browser, By.id("welcome")).getText())
        .startsWith("Welcome,")
        .contains("Marta Gómez");
    Browser.clickAndWait(browser, By.id("session:es"));
    assertThat(Browser.await(browser, By.id("welcome")).getText()).startsWith("Bienvenida");
  }

  @Test
  void anAdministratorSeesTheAccountsAndSignsOut() {
    browser.get(Deployments.baseUrl() + "equipo/");
    signIn("admin", DEMO_PASSWORD);

    assertThat(Browser.menuBar(browser)).doesNotContain("Eventos");
    Browser.screenshot(browser, "workspace-home-admin");
    Browser.menu(browser, "Administración", "Cuentas");
    String accounts = Browser.await(browser, By.id("accounts")).getText();
    assertThat(accounts).contains("equipo", "coordinacion", "gerencia", "admin");

    Browser.clickAndWait(browser, By.id("session:logout"));
    assertThat(Browser.await(browser, By.id("logged-out")).getText())
        .isEqualTo("Ha cerrado la sesión.");
    browser.get(Deployments.baseUrl() + "equipo/");
    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
  }
}
