package gt.mirps.coordination.web.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PublicSiteTest {

  private static Announcement published(String title, String slug, Instant at) {
    Announcement a = new Announcement(title);
    a.rewrite(
        new AnnouncementContent(
            title,
            "Guatemala",
            LocalDate.of(2024, 9, 26),
            "Primer párrafo <y> más",
            "<p>Texto</p>",
            null));
    a.submit();
    a.publish(slug, "equipo", at);
    return a;
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static String child(Element parent, String name) {
    return parent.getElementsByTagNameNS(AtomFeed.NAMESPACE, name).item(0).getTextContent();
  }

  @Test
  void theFeedIsAtomWithOneEntryPerCommunique() throws Exception {
    Instant newer = Instant.parse("2024-09-27T15:00:00.123Z");
    List<Announcement> items =
        List.of(
            published("Comunicado & dos", "comunicado-dos", newer),
            published("Comunicado uno", "comunicado-uno", Instant.parse("2024-09-26T15:00:00Z")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    AtomFeed.write("https://mirps.example/app", items, Instant.EPOCH, out);

    Element feed = parse(out.toByteArray()).getDocumentElement();
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeed.NAMESPACE);
    assertThat(child(feed, "id")).isEqualTo("https://mirps.example/app/comunicados");
    assertThat(child(feed, "updated")).isEqualTo("2024-09-27T15:00:00Z");
    var entries = feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry");
    assertThat(entries.getLength()).isEqualTo(2);
    Element first = (Element) entries.item(0);
    assertThat(child(first, "id"))
        .isEqualTo("https://mirps.example/app/comunicados/comunicado-dos");
    assertThat(child(first, "title")).isEqualTo("Comunicado & dos");
    assertThat(child(first, "summary")).isEqualTo("Primer párrafo <y> más");
    assertThat(
            ((Element) first.getElementsByTagNameNS(AtomFeed.NAMESPACE, "link").item(0))
                .getAttribute("href"))
        .isEqualTo("https://mirps.example/app/comunicados/comunicado-dos");
  }

  @Test
  void anEmptyFeedIsUpdatedNow() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    AtomFeed.write("http://x", List.of(), Instant.parse("2026-01-02T03:04:05Z"), out);

    Element feed = parse(out.toByteArray()).getDocumentElement();
    assertThat(child(feed, "updated")).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").getLength()).isZero();
  }

  @Test
  void theDatelineNamesThePlaceAndTheDay() {
    Announcement a = published("Uno", "uno", Instant.EPOCH);

    assertThat(Datelines.of(a, Locale.forLanguageTag("es-GT")))
        .isEqualTo("Guatemala, 26 de septiembre de 2024");
    assertThat(Datelines.of(new Announcement("Borrador"), Locale.forLanguageTag("es-GT")))
        .isEmpty();
  }

  @Test
  void downloadNamesCannotBreakTheHeader() {
    assertThat(PublicAddresses.contentDisposition("Población \"2024\";\r\n.csv"))
        .isEqualTo(
            "attachment; filename=\"Poblaci_n _2024____.csv\";"
                + " filename*=UTF-8''Poblaci%C3%B3n%20%222024%22%3B%0D%0A.csv");
    assertThat(PublicAddresses.contentDisposition("datos.xlsx"))
        .isEqualTo("attachment; filename=\"datos.xlsx\"; filename*=UTF-8''datos.xlsx");
  }
}
