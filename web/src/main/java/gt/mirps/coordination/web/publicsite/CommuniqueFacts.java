package gt.mirps.coordination.web.publicsite;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a communiqué's page prints beside its text, in the reader's language: the dateline and the
 * related events. Shared by the public page and the team's preview ({@code
 * WEB-INF/includes/communique-article.xhtml}).
 */
@Named
@RequestScoped
public class CommuniqueFacts {

  @Inject private Language language;

  /** "Guatemala, 25 de septiembre de 2024". */
  public String dateline(Announcement announcement) {
    return Datelines.of(announcement, language.getCurrent());
  }

  /** The related events, earliest first. */
  public List<Event> events(Announcement announcement) {
    return announcement.relatedEvents().stream()
        .sorted(Comparator.comparing(Event::firstDay).thenComparing(Event::title))
        .toList();
  }

  public String days(Event event) {
    return DateRanges.format(event.firstDay(), event.lastDay(), language.getCurrent());
  }

  /** Where the event took place ("Hotel X, Ciudad de Guatemala"), or empty. */
  public String place(Event event) {
    return Stream.of(event.venue(), event.city())
        .flatMap(Optional::stream)
        .collect(Collectors.joining(", "));
  }

  /** The event's organisers and co-organisers, by name. */
  public String organisers(Event event) {
    return Stream.concat(event.organisers().stream(), event.coOrganisers().stream())
        .map(Institution::displayName)
        .collect(Collectors.joining(", "));
  }
}
