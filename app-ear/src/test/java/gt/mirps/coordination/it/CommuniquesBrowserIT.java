package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Communiqués through the pages, in a real browser: a team member writes one (tags, a new tag, the
 * demo conference, a CSV file, a script in the text), previews it and submits it; a manager returns
 * it with a comment, then publishes it once resubmitted; an anonymous visitor finds it by its new
 * tag, downloads its file and reads it in the feed, without the script. And a save from a form
 * someone else overtook is refused with an offer to reload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommuniquesBrowserIT {

  private static final String DEMO_CONFERENCE = "II Conferencia Nacional de Ciudades Solidarias";

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

  /** Types into an autocomplete (without clearing it: a multiple one keeps its choices). */
  private void autocomplete(String id, String typed, String exactly, boolean multiple) {
    Browser.await(browser, By.id(id + "_input")).sendKeys(typed);
    Browser.waiting(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//*[@id='"
                        + id
                        + "_panel']//li[contains(@class,'ui-autocomplete-item')][normalize-space(.)='"
                        + exactly
                        + "']")))
        .click();
    if (multiple) {
      Browser.waiting(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("[id='" + id + "'] .ui-autocomplete-multiple-container"),
                  exactly));
    } else {
      Browser.waiting(browser)
          .until(ExpectedConditions.attributeToBe(By.id(id + "_input"), "value", exactly));
    }
  }

  /** Opens where a link button leads (the growl may lie over it, so it is not clicked). */
  private void follow(String linkButtonId) {
    browser.get(
        Browser.await(
                browser,
                By.cssSelector("[id='" + linkButtonId + "'] a, a[id='" + linkButtonId + "']"))
            .getAttribute("href"));
  }

  private String state() {
    return Browser.await(browser, By.id("announcement-state")).getText();
  }

  @Test
  void aCommuniqueIsWrittenReturnedPublishedAndReadByThePublic() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "Ferias de empleo en Ciudades Solidarias " + suffix;
    String newTag = "Ferias de empleo " + suffix;
    String newTagSlug = "ferias-de-empleo-" + suffix;
    String csv = "municipio,feria\nEsquipulas,2024-10-15\nFlores,2024-11-05\n";
    Path folder = Files.createTempDirectory("mirps-communique-files");
    Path file = folder.resolve("ferias-" + suffix + ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    // The team member drafts it from the demo conference: the editor opens on the new draft.
    Browser.signIn(browser, "equipo");
    Browser.menu(browser, "Comunicados", "Lista de comunicados");
    Browser.await(browser, By.id("draft-from-event-open")).click();
    autocomplete(
        "draft-from-event:event", "Conferencia Nacional de Ciudades", DEMO_CONFERENCE, false);
    Browser.clickAndWait(browser, By.id("draft-from-event:create"));
    assertThat(Browser.await(browser, By.id("announcement-form-heading")).getText())
        .isEqualTo("Editar comunicado");
    assertThat(browser.findElement(By.id("announcement:title")).getAttribute("value"))
        .contains(DEMO_CONFERENCE);
    assertThat(browser.findElement(By.id("announcement:events")).getText())
        .contains(DEMO_CONFERENCE);
    assertThat(browser.findElement(By.cssSelector("[id='announcement:body'] .ql-editor")).getText())
        .contains(DEMO_CONFERENCE);

    Browser.type(browser, "announcement:title", title);
    Browser.type(browser, "announcement:datelinePlace", "Guatemala");
    Browser.typeDate(browser, "announcement:datelineDate", "15/10/2024");
    Browser.type(browser, "announcement:lead", "Las Ciudades Solidarias abren ferias de empleo.");

    // A file from the computer, checked by its content, and a dataset generated from the record;
    // what was typed and not yet saved stays in the form.
    Browser.await(browser, By.cssSelector("form[id='announcement'] input[type=file]"))
        .sendKeys(file.toString());
    Browser.clickAndWait(browser, By.id("announcement:upload"));
    assertThat(Browser.await(browser, By.id("announcement:file-list")).getText())
        .contains(file.getFileName().toString(), "CSV");
    assertThat(browser.findElement(By.id("announcement:title")).getAttribute("value"))
        .isEqualTo(title);
    Browser.clickAndWait(browser, By.id("announcement:dataset-institutions-csv"));
    assertThat(Browser.await(browser, By.id("announcement:file-list")).getText())
        .contains(file.getFileName().toString(), "instituciones-participantes-");

    WebElement body = Browser.await(browser, By.cssSelector("[id='announcement:body'] .ql-editor"));
    body.click();
    body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
    body.sendKeys(Keys.ENTER, "Texto de las ferias. <script>alert(1)</script>");
    autocomplete("announcement:tags", "Ciudades Solid", "Ciudades Solidarias", true);
    autocomplete("announcement:tags", newTag, newTag, true);
    // What a browser without the editor could send: real markup with a script in it (the
    // editor copies its text to this field when it loses the focus, as it has now).
    ((JavascriptExecutor) browser)
        .executeScript(
            "var i = document.getElementById('announcement:body_input');"
                + " i.value = i.value + '<p>Más texto</p><script>alert(1)</script>';");
    Browser.screenshot(browser, "comms-editor");
    Browser.clickAndWait(browser, By.id("announcement:save"));

    // Its page: a draft, with its tags, the event and both files.
    assertThat(Browser.await(browser, By.id("announcement-title")).getText()).isEqualTo(title);
    assertThat(state()).isEqualTo("Borrador");
    assertThat(browser.findElement(By.id("announcement-tags")).getText())
        .contains("Ciudades Solidarias", newTag);
    assertThat(browser.findElement(By.id("announcement-events")).getText())
        .contains(DEMO_CONFERENCE);
    assertThat(browser.findElement(By.id("announcement-files")).getText())
        .contains(file.getFileName().toString(), "instituciones-participantes-");
    String pageUrl = browser.getCurrentUrl();

    // The preview shows it as the public will, marked as not published, without the script.
    follow("preview");
    assertThat(Browser.await(browser, By.id("preview-banner")).getText())
        .contains("Vista previa — no publicado");
    assertThat(browser.findElement(By.id("communique-title")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.id("communique-body")).getText())
        .contains("Texto de las ferias.", "Más texto");
    assertThat(browser.getPageSource()).doesNotContain("<script>alert");
    Browser.screenshot(browser, "comms-preview");
    Browser.clickAndWait(browser, By.id("back-to-workspace"));

    // Submitted for review, it can no longer be edited.
    Browser.clickAndWait(browser, By.id("actions:submit"));
    assertThat(state()).isEqualTo("En revisión");
    assertThat(browser.findElements(By.id("edit-announcement"))).isEmpty();
    assertThat(browser.findElements(By.id("actions:publish"))).isEmpty();
    browser.get(pageUrl.replace("comunicado.xhtml", "editar.xhtml"));
    assertThat(Browser.await(browser, By.id("not-editable")).getText())
        .contains("está en revisión y no se puede modificar");
    assertThat(browser.findElements(By.id("announcement:save"))).isEmpty();
    browser.get(pageUrl);

    // A manager returns it; the comment is required.
    Browser.signIn(browser, "gerencia");
    browser.get(pageUrl);
    assertThat(state()).isEqualTo("En revisión");
    browser.findElement(By.id("actions:return")).click();
    Browser.await(browser, By.id("review:comment"));
    browser.findElement(By.id("review:send-back")).click();
    assertThat(
            Browser.await(
                    browser,
                    By.xpath(
                        "//*[@id='review:comment']/following::*[contains(@class,'ui-message-error')][1]"))
                .getText())
        .contains("Escriba un comentario");
    Browser.type(browser, "review:comment", "Falta el nombre de la alcaldía de Flores.");
    Browser.screenshot(browser, "comms-return");
    Browser.clickAndAwaitUpdate(browser, By.id("review:send-back"), By.id("announcement-state"));
    assertThat(state()).isEqualTo("Borrador");

    // The team member sees the comment and submits it again.
    Browser.signIn(browser, "equipo");
    browser.get(pageUrl);
    assertThat(Browser.await(browser, By.id("review-comment")).getText())
        .isEqualTo("Falta el nombre de la alcaldía de Flores.");
    Browser.clickAndWait(browser, By.id("actions:submit"));
    assertThat(state()).isEqualTo("En revisión");

    // The manager publishes it; its page links to the public address.
    Browser.signIn(browser, "gerencia");
    browser.get(pageUrl);
    Browser.clickAndWait(browser, By.id("actions:publish"));
    assertThat(state()).isEqualTo("Publicado");
    assertThat(browser.findElement(By.id("history")).getText())
        .contains("Borrador creado", "Enviado a revisión", "Devuelto a borrador", "Publicado");
    assertThat(browser.findElement(By.id("actions:archive")).isDisplayed()).isTrue();
    Browser.screenshot(browser, "comms-page");
    String publicAddress = browser.findElement(By.id("public-link")).getAttribute("href");

    // The list finds it by a word of its text, accents and case aside, and by its state.
    Browser.menu(browser, "Comunicados", "Lista de comunicados");
    Browser.await(browser, By.id("announcements-heading"));
    Browser.type(browser, "filters:text", "FERIAS " + suffix.toUpperCase(java.util.Locale.ROOT));
    Browser.clickAndAwaitUpdate(browser, By.id("filters:search"), By.id("list:announcements"));
    WebElement row =
        Browser.await(browser, By.xpath("//tr[.//a[normalize-space(.)='" + title + "']]"));
    assertThat(row.getText()).contains("Publicado", "15 de octubre de 2024", "gerencia");
    assertThat(
            browser.findElements(By.cssSelector("[id='list:announcements'] a.announcement-link")))
        .hasSize(1);
    Browser.screenshot(browser, "comms-list");

    // An anonymous visitor finds it by the new tag, opens it and downloads the file.
    browser.manage().deleteAllCookies();
    browser.get(Deployments.baseUrl() + "etiquetas/" + newTagSlug);
    Browser.clickAndWait(browser, By.linkText(title));
    assertThat(Browser.await(browser, By.id("communique-title")).getText()).isEqualTo(title);
    assertThat(browser.getCurrentUrl()).isEqualTo(publicAddress);
    assertThat(browser.findElement(By.id("communique-body")).getText())
        .contains("Texto de las ferias.");
    assertThat(browser.getPageSource()).doesNotContain("<script>alert");
    String download =
        browser.findElement(By.linkText(file.getFileName().toString())).getAttribute("href");
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<byte[]> got =
        http.send(
            HttpRequest.newBuilder(URI.create(download)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.body()).isEqualTo(csv.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> feed =
        http.send(
            HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "comunicados/feed.atom"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(feed.body())
        .contains(title, publicAddress.substring(publicAddress.indexOf("/comunicados/")));
  }

  @Test
  void aSaveFromAFormSomeoneElseOvertookIsRefusedAndOffersToReload() {
    String title = "Comunicado concurrente " + UUID.randomUUID().toString().substring(0, 8);
    Browser.signIn(browser, "equipo");
    browser.get(Deployments.baseUrl() + "equipo/comunicados/editar.xhtml");
    Browser.type(browser, "announcement:title", title);
    Browser.clickAndWait(browser, By.id("announcement:save"));
    Browser.await(browser, By.id("announcement-title"));
    String editUrl = browser.getCurrentUrl().replace("comunicado.xhtml", "editar.xhtml");

    WebDriver other = Browser.start();
    try {
      Browser.signIn(other, "gerencia");
      other.get(editUrl);
      Browser.await(other, By.id("announcement:title"));

      browser.get(editUrl);
      Browser.type(browser, "announcement:title", title + " ampliado");
      Browser.clickAndWait(browser, By.id("announcement:save"));
      assertThat(Browser.await(browser, By.id("announcement-title")).getText())
          .isEqualTo(title + " ampliado");

      Browser.type(other, "announcement:title", title + " reducido");
      Browser.clickAndWait(other, By.id("announcement:save"));
      assertThat(Browser.await(other, By.id("reload:reload-button")).isDisplayed()).isTrue();
      assertThat(other.findElement(By.id("messages")).getText())
          .contains("Otra persona modificó este registro");
      Browser.screenshot(other, "comms-changed-by-other");
      Browser.clickAndWait(other, By.id("reload:reload-button"));
      assertThat(Browser.await(other, By.id("announcement:title")).getAttribute("value"))
          .isEqualTo(title + " ampliado");
    } finally {
      other.quit();
    }
  }

  @Test
  void theEventPageDraftsACommuniqueAndCoordinatorsHaveNoCommuniques() {
    Browser.signIn(browser, "equipo");
    Browser.menu(browser, "Eventos", "Lista de eventos");
    Browser.searchEvents(browser, DEMO_CONFERENCE);
    Browser.clickAndWait(browser, By.linkText(DEMO_CONFERENCE));
    Browser.clickAndWait(browser, By.id("communique:draft-communique"));
    assertThat(Browser.await(browser, By.id("announcement-form-heading")).getText())
        .isEqualTo("Editar comunicado");
    assertThat(browser.findElement(By.id("announcement:title")).getAttribute("value"))
        .contains(DEMO_CONFERENCE);

    Browser.signIn(browser, "coordinacion");
    assertThat(Browser.menuBar(browser)).doesNotContain("Comunicados");
    browser.get(Deployments.baseUrl() + "equipo/comunicados/");
    assertThat(Browser.await(browser, By.id("error-title")).getText()).isNotBlank();
    assertThat(browser.findElements(By.id("announcements-heading"))).isEmpty();
  }
}
