package gt.mirps.coordination.it;

import static gt.mirps.coordination.it.PublicSiteBrowserIT.CSV;
import static gt.mirps.coordination.it.PublicSiteBrowserIT.DRAFT_SLUG;
import static gt.mirps.coordination.it.PublicSiteBrowserIT.DRAFT_TITLE;
import static gt.mirps.coordination.it.PublicSiteBrowserIT.FEED_LINK;
import static gt.mirps.coordination.it.PublicSiteBrowserIT.SEED_TITLE;
import static gt.mirps.coordination.it.PublicSiteBrowserIT.TEST_TAG_SLUG;
import static gt.mirps.coordination.it.PublicSiteBrowserIT.WITH_FILE_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The browser side of {@link PublicSiteBrowserIT}, apart because the test class is loaded in the
 * server too, where Selenium is not.
 */
final class PublicSiteVisit {

  private PublicSiteVisit() {}

  /** An anonymous visitor reads the public site at {@code site} (no final slash). */
  static void visit(String site) throws Exception {
    WebDriver browser = Browser.start();
    try {
      // The home page shows the seed communiqué and announces the feed.
      browser.get(site + "/");
      WebElement latest = Browser.await(browser, By.id("latest-communiques"));
      assertThat(latest.getText()).contains(SEED_TITLE, "Guatemala, 25 de septiembre de 2024");
      assertThat(browser.findElement(By.cssSelector(FEED_LINK)).getAttribute("href"))
          .endsWith("/comunicados/feed.atom");
      Browser.screenshot(browser, "public-home");

      // Its page: dateline, lead, body, tags, related event.
      Browser.clickAndWait(browser, By.linkText(SEED_TITLE));
      assertThat(Browser.await(browser, By.id("communique-title")).getText()).isEqualTo(SEED_TITLE);
      assertThat(browser.getCurrentUrl()).contains("/comunicados/autoridades-del-minex-participan");
      assertThat(browser.findElement(By.id("communique-dateline")).getText())
          .isEqualTo("Guatemala, 25 de septiembre de 2024");
      assertThat(browser.findElement(By.id("communique-lead")).getText())
          .startsWith("El Canciller Carlos Ramiro Martínez");
      assertThat(browser.findElement(By.id("communique-body")).getText()).contains("Canciller");
      assertThat(browser.findElement(By.cssSelector(".related-event")).getText())
          .contains(
              "II Conferencia Nacional de Ciudades Solidarias", "25 y 26 de septiembre de 2024");
      WebElement tag = browser.findElement(By.linkText("migración"));
      assertThat(tag.getAttribute("href")).endsWith("/etiquetas/migracion");
      assertThat(browser.findElement(By.cssSelector(FEED_LINK)).getAttribute("href"))
          .endsWith("/comunicados/feed.atom");
      Browser.screenshot(browser, "public-communique");

      // The tag's page lists it.
      Browser.clickAndWait(browser, By.linkText("migración"));
      assertThat(Browser.await(browser, By.id("tag-title")).getText()).contains("migración");
      assertThat(browser.findElement(By.id("communiques")).getText()).contains(SEED_TITLE);
      Browser.screenshot(browser, "public-tag");

      // The list of all communiqués has it too.
      browser.get(site + "/comunicados");
      assertThat(Browser.await(browser, By.id("communiques")).getText()).contains(SEED_TITLE);
      Browser.screenshot(browser, "public-list");

      // Searching: a word typed without its accent, a tag, a year.
      browser.findElement(By.id("search-q")).sendKeys("conferencia nacional MIGRACION");
      Browser.clickAndWait(browser, By.id("search-button"));
      assertThat(Browser.await(browser, By.id("communiques")).getText())
          .contains(SEED_TITLE)
          .doesNotContain(WITH_FILE_TITLE);
      assertThat(browser.getCurrentUrl()).contains("/comunicados?q=");
      Browser.screenshot(browser, "public-search");
      browser.get(site + "/comunicados?etiqueta=Acnur&anio=2024");
      assertThat(Browser.await(browser, By.id("communiques")).getText()).contains(SEED_TITLE);
      assertThat(browser.findElement(By.id("search-tag")).getAttribute("value")).isEqualTo("Acnur");
      browser.get(site + "/comunicados?etiqueta=Acnur&anio=2023");
      assertThat(Browser.await(browser, By.id("search-count")).getText())
          .isEqualTo("Ningún comunicado");
      browser.get(site + "/comunicados?q=palabraquenoaparece");
      assertThat(Browser.await(browser, By.id("search-count")).getText())
          .isEqualTo("Ningún comunicado");
      assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(SEED_TITLE);

      // The communiqué with a file offers it for download.
      browser.get(site + "/etiquetas/" + TEST_TAG_SLUG);
      Browser.clickAndWait(browser, By.linkText(WITH_FILE_TITLE));
      WebElement file = Browser.await(browser, By.linkText("servicios.csv"));
      assertThat(browser.findElement(By.tagName("main")).getText())
          .contains("Descargar archivos (XLS y/o CSV)");
      String fileAddress = file.getAttribute("href");

      // What is not published is not found, in Spanish.
      browser.get(site + "/comunicados/" + DRAFT_SLUG);
      assertThat(Browser.await(browser, By.id("error-title")).getText())
          .isEqualTo("Página no encontrada");
      browser.get(site + "/etiquetas/etiqueta-que-no-existe");
      assertThat(Browser.await(browser, By.id("error-title")).getText())
          .isEqualTo("Página no encontrada");

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<byte[]> download =
          http.send(
              HttpRequest.newBuilder(URI.create(fileAddress)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
          .startsWith("attachment; filename=\"servicios.csv\"");
      assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo(CSV);

      assertThat(status(http, site + "/comunicados/" + DRAFT_SLUG)).isEqualTo(404);
      assertThat(status(http, site + "/comunicados/no-existe-" + System.nanoTime())).isEqualTo(404);

      // The feed is Atom with the seed communiqué as an entry.
      HttpResponse<byte[]> feed =
          http.send(
              HttpRequest.newBuilder(URI.create(site + "/comunicados/feed.atom")).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(feed.statusCode()).isEqualTo(200);
      assertThat(feed.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/atom+xml");
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
      Element root = atom.getDocumentElement();
      assertThat(root.getLocalName()).isEqualTo("feed");
      assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
      List<String> titles = new ArrayList<>();
      NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
      for (int i = 0; i < entries.getLength(); i++) {
        Element entry = (Element) entries.item(i);
        titles.add(
            entry
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
                .item(0)
                .getTextContent());
      }
      assertThat(titles).contains(SEED_TITLE, WITH_FILE_TITLE).doesNotContain(DRAFT_TITLE);
    } finally {
      browser.quit();
    }
  }

  private static int status(HttpClient http, String address) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(address)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
