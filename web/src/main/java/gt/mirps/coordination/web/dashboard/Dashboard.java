package gt.mirps.coordination.web.dashboard;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.ReviewQueue;
import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditHistory;
import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentFilter;
import gt.mirps.coordination.commitment.CommitmentRegister;
import gt.mirps.coordination.commitment.CommitmentSort;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.participation.EventTurnouts;
import gt.mirps.coordination.participation.Turnout;
import gt.mirps.coordination.security.UserAccount;
import gt.mirps.coordination.security.UserAccounts;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.shared.LazyRows;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The team's home: upcoming events, what waits for the person (communiqués to publish or to rework,
 * overdue commitments) and the latest changes. Each part is read from the database only when the
 * page shows it, a few rows at a time.
 */
@Named
@ViewScoped
public class Dashboard implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int UPCOMING_DAYS = 30;
  static final int EVENTS_SHOWN = 20;
  static final int QUEUE_SHOWN = 10;
  static final int OVERDUE_SHOWN = 5;

  @Inject private transient EventCatalog catalog;
  @Inject private transient CommitmentRegister commitments;
  @Inject private transient ReviewQueue reviews;
  @Inject private transient AuditHistory history;
  @Inject private transient EventTurnouts turnouts;
  @Inject private transient SecurityContext security;
  @Inject private transient UserAccounts accounts;
  @Inject private Language language;

  private transient List<Event> upcoming;
  private transient Map<Long, Turnout> upcomingTurnouts;
  private transient List<Announcement> awaitingPublication;
  private transient Long countAwaitingPublication;
  private transient List<Announcement> returned;
  private transient List<Commitment> overdue;
  private transient Long countOverdue;
  private transient Map<String, String> displayNames;

  private final LazyRows<AuditEntry> changes =
      new LazyRows<>(
          () -> history.count(),
          (first, max, field, ascending) ->
              history.latest(first, Math.max(1, Math.min(max, AuditHistory.PAGE_SIZE_MAX))),
          AuditEntry::id);

  /** The events starting from today to {@value #UPCOMING_DAYS} days ahead, soonest first. */
  public List<Event> getUpcoming() {
    if (upcoming == null) {
      LocalDateTime today = GuatemalaTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.DAYS);
      upcoming =
          catalog.between(today, today.plusDays(UPCOMING_DAYS + 1L)).stream()
              .filter(e -> !e.startsAt().isBefore(today))
              .limit(EVENTS_SHOWN)
              .toList();
    }
    return upcoming;
  }

  /** "12 inscritos · 3 con llegada registrada" for one of the upcoming events. */
  public String turnout(Event event) {
    if (upcomingTurnouts == null) {
      upcomingTurnouts = turnouts.of(getUpcoming());
    }
    Turnout turnout = upcomingTurnouts.getOrDefault(event.id(), Turnout.NONE);
    return Notices.text("dashboard.upcoming.turnout", turnout.registered(), turnout.checkedIn());
  }

  /** The communiqués in review, the one waiting longest first. */
  public List<Announcement> getAwaitingPublication() {
    if (awaitingPublication == null) {
      awaitingPublication = reviews.awaitingPublication(QUEUE_SHOWN);
    }
    return awaitingPublication;
  }

  public long getCountAwaitingPublication() {
    if (countAwaitingPublication == null) {
      countAwaitingPublication = reviews.countAwaitingPublication();
    }
    return countAwaitingPublication;
  }

  /** The person's drafts a reviewer returned with a comment. */
  public List<Announcement> getReturned() {
    if (returned == null) {
      Principal caller = security.getCallerPrincipal();
      returned = caller == null ? List.of() : reviews.returnedTo(caller.getName(), QUEUE_SHOWN);
    }
    return returned;
  }

  /** The most overdue commitments: the earliest target date first. */
  public List<Commitment> getOverdue() {
    if (overdue == null) {
      overdue =
          commitments.page(overdueFilter(), CommitmentSort.TARGET_DATE, true, 0, OVERDUE_SHOWN);
    }
    return overdue;
  }

  public long getCountOverdue() {
    if (countOverdue == null) {
      countOverdue = commitments.count(overdueFilter());
    }
    return countOverdue;
  }

  private CommitmentFilter overdueFilter() {
    return CommitmentFilter.all().withOverdueOn(commitments.today());
  }

  /** How many days a commitment is past its target date. */
  public long daysOverdue(Commitment commitment) {
    return commitment
        .targetDate()
        .map(day -> ChronoUnit.DAYS.between(day, commitments.today()))
        .orElse(0L);
  }

  /** "12 días de atraso", in the person's language. */
  public String overdueBy(Commitment commitment) {
    return Notices.text("dashboard.overdue.days", daysOverdue(commitment));
  }

  public LazyRows<AuditEntry> getChanges() {
    return changes;
  }

  /** "25 y 26 de septiembre de 2024", in the person's language. */
  public String days(Event event) {
    return DateRanges.format(event.firstDay(), event.lastDay(), language.getCurrent());
  }

  public String date(Commitment commitment) {
    return commitment
        .targetDate()
        .map(day -> DateRanges.format(day, language.getCurrent()))
        .orElse("");
  }

  /** The venue and the city of an event, as far as they are known. */
  public String place(Event event) {
    String venue = event.venue().orElse(null);
    String city = event.city().orElse(null);
    if (venue == null || city == null) {
      return venue == null ? (city == null ? "" : city) : venue;
    }
    return venue + ", " + city;
  }

  public String what(AuditEntry entry) {
    return ChangeWording.what(entry, Messages.bundle(language.getCurrent()));
  }

  /** The display name of who made the change ("Marta Gómez"), or "el sistema". */
  public String who(AuditEntry entry) {
    return ChangeWording.who(entry, Messages.bundle(language.getCurrent()), this::displayName);
  }

  /** An account's display name, read once per view; the username if the account is gone. */
  private String displayName(String username) {
    if (displayNames == null) {
      displayNames = new HashMap<>();
    }
    return displayNames.computeIfAbsent(
        username, u -> accounts.findByUsername(u).map(UserAccount::displayName).orElse(u));
  }

  public String record(AuditEntry entry) {
    return ChangeWording.record(entry, Messages.bundle(language.getCurrent()));
  }

  /** The path of the page that shows the changed record, or null if it has none. */
  public String page(AuditEntry entry) {
    return ChangeWording.page(entry).orElse(null);
  }

  /** "hace 5 minutos". */
  public String ago(AuditEntry entry) {
    return ChangeWording.ago(
        entry.at(), Instant.now(), Messages.bundle(language.getCurrent()), language.getCurrent());
  }

  /** The exact time of a change in Guatemala, for the tooltip. */
  public String when(AuditEntry entry) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(language.getCurrent())
        .withZone(GuatemalaTime.ZONE)
        .format(entry.at());
  }
}
