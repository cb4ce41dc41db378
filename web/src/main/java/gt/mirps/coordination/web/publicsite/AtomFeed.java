package gt.mirps.coordination.web.publicsite;

import gt.mirps.coordination.announcement.Announcement;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom 1.0 feed (RFC 4287) of published communiqués: each entry has the communiqué's address as
 * id and link, its title, its publication time as updated and its lead as summary.
 */
final class AtomFeed {

  static final String NAMESPACE = "http://www.w3.org/2005/Atom";
  static final String TITLE = "Comunicados · MIRPS Guatemala";
  static final String AUTHOR = "Equipo técnico nacional del MIRPS Guatemala";

  private AtomFeed() {}

  /**
   * Writes the feed of {@code announcements} (published, newest first) of the site at {@code site}
   * (absolute, without a final slash); {@code now} is its time when it has no entry.
   */
  static void write(String site, List<Announcement> announcements, Instant now, OutputStream out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(NAMESPACE);
      element(xml, "id", site + "/comunicados");
      element(xml, "title", TITLE);
      Instant updated =
          announcements.stream()
              .map(a -> a.publishedAt().orElseThrow())
              .max(Instant::compareTo)
              .orElse(now);
      element(xml, "updated", time(updated));
      link(xml, "self", site + "/comunicados/feed.atom", "application/atom+xml");
      link(xml, "alternate", site + "/comunicados", "text/html");
      xml.writeStartElement("author");
      element(xml, "name", AUTHOR);
      xml.writeEndElement();
      for (Announcement announcement : announcements) {
        String address = site + PublicAddresses.address(announcement);
        xml.writeStartElement("entry");
        element(xml, "id", address);
        element(xml, "title", announcement.title().orElse(""));
        element(xml, "updated", time(announcement.publishedAt().orElseThrow()));
        element(xml, "published", time(announcement.publishedAt().orElseThrow()));
        link(xml, "alternate", address, "text/html");
        element(xml, "summary", announcement.lead().orElse(announcement.title().orElse("")));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new java.io.IOException("Cannot write the Atom feed", e));
    }
  }

  private static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
    xml.writeAttribute("type", type);
  }
}
