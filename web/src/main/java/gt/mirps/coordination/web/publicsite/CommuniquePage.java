package gt.mirps.coordination.web.publicsite;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public page of one published communiqué ({@code /comunicados/{slug}}). Drafts, communiqués in
 * review and archived ones answer 404: the public list and page show only what is published now.
 */
@Named
@RequestScoped
public class CommuniquePage {

  @Inject private AnnouncementDesk desk;
  @Inject private Language language;

  private String slug;
  private Announcement announcement;

  /** Opens the communiqué named by {@code ?slug=}; answers 404 unless it is published. */
  public void load() throws IOException {
    Optional<Announcement> found = slug == null ? Optional.empty() : desk.findPublished(slug);
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    announcement = found.get();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Announcement getAnnouncement() {
    return announcement;
  }

  /** "Guatemala, 25 de septiembre de 2024". */
  public String dateline(Announcement a) {
    return Datelines.of(a, language.getCurrent());
  }

  /** The related events, earliest first. */
  public List<Event> getEvents() {
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
