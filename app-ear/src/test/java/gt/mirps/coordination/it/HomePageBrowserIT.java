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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What a visitor sees at the home page, in a real browser against the running server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageBrowserIT {

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

  private WebElement conferenceCard() {
    Browser.await(browser, By.cssSelector("article.event-card"));
    return browser.findElements(By.cssSelector("article.event-card")).stream()
        .filter(card -> card.getText().contains("II Conferencia Nacional de Ciudades Solidarias"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No card for the demo conference in the home page"));
  }

  @Test
  void theHomePageShowsTheDemoConferenceInSpanish() {
    browser.get(Deployments.baseUrl());

    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Eventos recientes");
    WebElement card = conferenceCard();
    assertThat(card.findElement(By.cssSelector(".event-title")).getText())
        .isEqualTo("II Conferencia Nacional de Ciudades Solidarias");
    assertThat(card.findElement(By.cssSelector(".event-dates")).getText())
        .isEqualTo("25 y 26 de septiembre de 2024");
    assertThat(card.findElement(By.cssSelector(".event-place")).getText())
        .isEqualTo("Ciudad de Guatemala");
  }

  @Test
  void aVisitorCanSwitchToEnglishAndBack() {
    browser.get(Deployments.baseUrl());

    Browser.clickAndWait(browser, By.linkText("English"));
    assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo("Recent events");
    assertThat(conferenceCard().findElement(By.cssSelector(".event-dates")).getText())
        .isEqualTo("25–26 September 2024");

    Browser.clickAndWait(browser, By.linkText("Español"));
    assertThat(Browser.await(browser, By.tagName("h1")).getText()).isEqualTo("Eventos recientes");
  }
}
