package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipantFilter;
import gt.mirps.coordination.participation.ParticipantRoster;
import gt.mirps.coordination.participation.ParticipantSort;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The participants of one event: the table (searched, sorted and paged in the database), the
 * changes of role and attendance state on each row, and the downloads.
 */
@Named
@ViewScoped
public class ParticipantsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int RECENT_EVENTS = 30;

  @Inject private transient EventCatalog events;
  @Inject private transient ParticipantRoster roster;
  @Inject private transient Registrations registrations;
  @Inject private Language language;

  private Long eventId;
  private transient Event event;
  private transient ParticipantTable table;
  private String text;
  private ParticipationRole role;
  private AttendanceState state;
  private transient List<Participation> selected = new ArrayList<>();

  /** The role each row's list shows, by name: a map gives the page no type to convert to. */
  private final Map<Long, String> roles = new HashMap<>();

  private final Map<Long, Long> versions = new HashMap<>();

  /**
   * Reads the event named in the address; without one the page offers the latest events to choose
   * from, and says so when the one named does not exist.
   */
  public void load() {
    event = eventId == null ? null : events.find(eventId).orElse(null);
    if (event == null) {
      if (eventId != null) {
        Notices.error("participants.event.unknown");
      }
      return;
    }
    table = new ParticipantTable(roster, eventId, this::filter, this::shown);
  }

  private ParticipantFilter filter() {
    return new ParticipantFilter(text, role, state, ParticipantSort.NAME, true);
  }

  /**
   * Keeps the role each row shows and the version it was shown at: a change is made from that
   * version, or refused if someone changed the participant in between.
   */
  private void shown(List<Participation> page) {
    for (Participation p : page) {
      roles.put(p.id(), p.role().name());
      versions.putIfAbsent(p.id(), p.version());
    }
  }

  /** Runs the search form's filter from the first page. */
  public void search() {
    versions.clear();
  }

  public void clearSearch() {
    text = null;
    role = null;
    state = null;
    versions.clear();
  }

  /** Forgets what the rows showed, to show what is recorded now. */
  public void reload() {
    versions.clear();
    roles.clear();
  }

  public void changeRole(Participation row) {
    String chosenName = roles.get(row.id());
    Long versionShown = versions.get(row.id());
    if (chosenName == null || versionShown == null) {
      return;
    }
    ParticipationRole chosen = ParticipationRole.valueOf(chosenName);
    if (attempt(() -> roster.changeRole(row.id(), chosen, versionShown))) {
      Notices.done("participants.roleChanged", nameOf(row), Notices.text(roleKey(chosen)));
    }
    versions.remove(row.id());
  }

  public void confirm(Participation row) {
    move(row, registrations::confirm, AttendanceState.CONFIRMED);
  }

  public void accept(Participation row) {
    move(row, roster::acceptInvitation, AttendanceState.REGISTERED);
  }

  public void cancel(Participation row) {
    move(row, registrations::cancel, AttendanceState.CANCELLED);
  }

  public void noShow(Participation row) {
    move(row, registrations::markNoShow, AttendanceState.NO_SHOW);
  }

  private void move(Participation row, LongFunction<Participation> change, AttendanceState to) {
    if (attempt(() -> change.apply(row.id()))) {
      Notices.done(
          "participants.stateChanged", nameOf(row), Notices.text("participants.state." + to));
    }
    versions.remove(row.id());
  }

  /** Runs a change; a refusal is told to the person and nothing is changed. */
  private static boolean attempt(Runnable change) {
    try {
      change.run();
      return true;
    } catch (RuntimeException failure) {
      if (Failures.isConcurrentChange(failure)) {
        Notices.error(ConcurrentChange.MESSAGE_KEY);
        return false;
      }
      Notices.violation(Failures.ruleViolation(failure).orElseThrow(() -> failure));
      return false;
    }
  }

  /** Sends the browser to the badges of the rows ticked in the table. */
  public void badgesOfSelected() throws IOException {
    if (selected == null || selected.isEmpty()) {
      Notices.error("participants.export.noneSelected");
      return;
    }
    String codes = selected.stream().map(Participation::code).collect(Collectors.joining(","));
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(download("gafetes.pdf") + "&codigos=" + codes);
  }

  /** The address of one of the event's downloads ("lista.xlsx", "gafetes.pdf"...). */
  public String download(String file) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/equipo/participantes/descargas/"
        + file
        + "?evento="
        + eventId;
  }

  public String nameOf(Participation row) {
    return row.person()
        .map(Person::fullName)
        .orElseGet(() -> row.institution().map(Institution::name).orElse(""));
  }

  public String roleKey(ParticipationRole participationRole) {
    return "participants.role." + participationRole.name();
  }

  /** Whether the row's participant may move to {@code target} ("CONFIRMED", "CANCELLED"...). */
  public boolean canMove(Participation row, String target) {
    return row.state().canMoveTo(AttendanceState.valueOf(target));
  }

  /** When the participant checked in, in the reader's language, Guatemala's time. */
  public String checkedIn(Participation row) {
    return row.checkedInAt()
        .map(at -> LocalDateTime.ofInstant(at, GuatemalaTime.ZONE))
        .map(
            at ->
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(language.getCurrent())
                    .format(at))
        .orElse("");
  }

  /** The events to choose from when the address names none. */
  public List<Event> getRecentEvents() {
    return events.latest(RECENT_EVENTS);
  }

  public String days(Event shown) {
    return DateRanges.format(shown.firstDay(), shown.lastDay(), language.getCurrent());
  }

  public String getHeading() {
    return event == null ? "" : Notices.text("participants.heading", event.title());
  }

  public String delegationSize(Participation row) {
    return Notices.text("participants.table.delegation", row.headCount());
  }

  public String getDays() {
    return event == null ? "" : days(event);
  }

  public ParticipationRole[] getRoleChoices() {
    return ParticipationRole.values();
  }

  public AttendanceState[] getStateChoices() {
    return AttendanceState.values();
  }

  public Long getEventId() {
    return eventId;
  }

  public void setEventId(Long eventId) {
    this.eventId = eventId;
  }

  public Event getEvent() {
    return event;
  }

  public ParticipantTable getTable() {
    return table;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ParticipationRole getRole() {
    return role;
  }

  public void setRole(ParticipationRole role) {
    this.role = role;
  }

  public AttendanceState getState() {
    return state;
  }

  public void setState(AttendanceState state) {
    this.state = state;
  }

  public List<Participation> getSelected() {
    return selected;
  }

  public void setSelected(List<Participation> selected) {
    this.selected = selected;
  }

  public Map<Long, String> getRoles() {
    return roles;
  }
}
