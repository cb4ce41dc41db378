package gt.mirps.coordination.web.announcement;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.Attachment;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import gt.mirps.coordination.solidarity.SolidarityCityRegister;
import gt.mirps.coordination.web.export.Column;
import gt.mirps.coordination.web.export.TabularWriter;
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Attaches a dataset generated from the record to a draft communiqué in one click: the institutions
 * that took part in its events, or the Solidarity Cities register, as CSV or XLSX with a Spanish
 * file name ({@code instituciones-participantes-<evento>.csv}, {@code
 * ciudades-solidarias-2024-11-25.xlsx}) and Spanish headers, whatever the user's language, since
 * the communiqué is published in Spanish. The file goes through {@link AnnouncementDesk#attach}, so
 * it is checked, stored and audited like an uploaded one.
 */
@ApplicationScoped
@Transactional
public class DatasetAttachments {

  static final Locale SPANISH = Locale.forLanguageTag("es-GT");

  /** How many participations are read per query. */
  private static final int PAGE = 500;

  /** The longest event slug put in a file name. */
  private static final int SLUG_MAX = 80;

  private AnnouncementDesk desk;
  private Registrations registrations;
  private SolidarityCityRegister solidarityCities;
  private Clock clock;

  /** For the container's proxies only. */
  protected DatasetAttachments() {}

  @Inject
  public DatasetAttachments(
      AnnouncementDesk desk, Registrations registrations, SolidarityCityRegister solidarityCities) {
    this(desk, registrations, solidarityCities, Clock.systemUTC());
  }

  DatasetAttachments(
      AnnouncementDesk desk,
      Registrations registrations,
      SolidarityCityRegister solidarityCities,
      Clock clock) {
    this.desk = desk;
    this.registrations = registrations;
    this.solidarityCities = solidarityCities;
    this.clock = clock;
  }

  /**
   * Renders {@code dataset} as {@code format} and attaches it to the draft {@code announcementId}.
   * Refused when the communiqué is not a draft, or for {@link Dataset#EVENT_INSTITUTIONS} when it
   * is related to no event.
   */
  public Attachment attach(long announcementId, Dataset dataset, Format format) {
    return attach(announcementId, null, dataset, format);
  }

  /**
   * As {@link #attach(long, Dataset, Format)}, from a form read at {@code versionRead}: refused in
   * the same transaction if someone changed the communiqué since.
   */
  public Attachment attach(long announcementId, long versionRead, Dataset dataset, Format format) {
    return attach(announcementId, Long.valueOf(versionRead), dataset, format);
  }

  private Attachment attach(long announcementId, Long versionRead, Dataset dataset, Format format) {
    Announcement announcement =
        desk.find(announcementId)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "announcement.notFound",
                        "No announcement " + announcementId,
                        announcementId));
    announcement.checkEditable();
    ResourceBundle texts = Messages.bundle(SPANISH);
    String fileName;
    byte[] content;
    switch (dataset) {
      case EVENT_INSTITUTIONS -> {
        List<Event> events =
            announcement.relatedEvents().stream()
                .sorted(Comparator.comparing(Event::startsAt).thenComparing(Event::id))
                .toList();
        if (events.isEmpty()) {
          throw new RuleViolation(
              "announcement.dataset.noEvent",
              "Announcement " + announcementId + " is related to no event");
        }
        List<DatasetTables.InstitutionRow> rows = new ArrayList<>();
        for (Event event : events) {
          rows.addAll(DatasetTables.institutionsOf(event, participationsOf(event.id())));
        }
        fileName = "instituciones-participantes-" + eventPart(events) + "." + format.extension();
        content =
            render(
                format,
                texts.getString("dataset.sheet.institutions"),
                DatasetTables.institutionColumns(texts),
                rows);
      }
      case SOLIDARITY_CITIES -> {
        LocalDate today = LocalDate.now(clock.withZone(GuatemalaTime.ZONE));
        fileName = "ciudades-solidarias-" + today + "." + format.extension();
        content =
            render(
                format,
                texts.getString("dataset.sheet.solidarityCities"),
                DatasetTables.solidarityCityColumns(texts),
                solidarityCities.active());
      }
      default -> throw new IllegalArgumentException("Unknown dataset " + dataset);
    }
    return versionRead == null
        ? desk.attach(announcementId, fileName, format.mimeType(), content)
        : desk.attach(announcementId, versionRead, fileName, format.mimeType(), content);
  }

  private List<Participation> participationsOf(long eventId) {
    long count = registrations.countOfEvent(eventId);
    List<Participation> all = new ArrayList<>();
    for (int first = 0; first < count; first += PAGE) {
      all.addAll(registrations.ofEvent(eventId, first, PAGE));
    }
    return all;
  }

  /** The event's slug, cut at a word; "3-eventos" for several. */
  private static String eventPart(List<Event> events) {
    if (events.size() > 1) {
      return events.size() + "-eventos";
    }
    String slug = Text.slug(events.get(0).title());
    if (slug.isEmpty()) {
      return "evento-" + events.get(0).id();
    }
    if (slug.length() <= SLUG_MAX) {
      return slug;
    }
    String cut = slug.substring(0, SLUG_MAX);
    int hyphen = cut.lastIndexOf('-');
    return hyphen > 0 ? cut.substring(0, hyphen) : cut;
  }

  /** The rows as the bytes of a file in {@code format}. */
  static <R> byte[] render(
      Format format, String sheetName, List<Column<R>> columns, Iterable<R> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      switch (format) {
        case CSV -> TabularWriter.csv(columns, rows, out);
        case XLSX -> TabularWriter.xlsx(sheetName, columns, rows, out);
        default -> throw new IllegalArgumentException("Unknown format " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
