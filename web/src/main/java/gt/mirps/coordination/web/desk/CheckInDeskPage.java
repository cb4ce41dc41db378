package gt.mirps.coordination.web.desk;

import gt.mirps.coordination.participation.CheckInDesk;
import gt.mirps.coordination.participation.DeskCounts;
import gt.mirps.coordination.participation.DeskEntry;
import gt.mirps.coordination.participation.ParticipantCode;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The check-in desk of one event ({@code ?evento=N}): one search box for a name, an institution or
 * a scanned badge code; Enter checks in the single or highlighted match; the last result, with an
 * undo; running counts; and the walk-in form. The page's script sends what was typed as request
 * parameters, so that a fast scanner never races the search.
 */
@Named("checkInDesk")
@ViewScoped
public class CheckInDeskPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private CheckInDesk desk;

  private Long eventId;
  private String eventTitle;
  private boolean eventFound;
  private List<DeskEntry> matches = List.of();
  private String searched;
  private DeskEntry last;
  private String problem;
  private String notice;
  private DeskCounts counts = new DeskCounts(0, 0, 0);

  private String walkInName;
  private String walkInInstitution;
  private String walkInPosition;

  /** Reads the event when the page opens. */
  public void load() {
    if (eventId == null) {
      problem = Notices.text("desk.event.missing");
      return;
    }
    try {
      eventTitle = desk.event(eventId).title();
      eventFound = true;
      refreshCounts();
    } catch (RuntimeException e) {
      Optional<RuleViolation> rule = Failures.ruleViolation(e);
      if (rule.isEmpty()) {
        throw e;
      }
      problem = Notices.text(rule.get().messageKey(), rule.get().arguments());
    }
  }

  /** The matches for what the box holds now (parameter {@code q}). */
  public void search() {
    searched = param("q");
    matches = eventFound ? desk.search(eventId, searched) : List.of();
  }

  /**
   * Enter in the box: a badge code of this event checks that participant in; otherwise the match at
   * the highlighted position (parameter {@code h}, the first by default) of a fresh search.
   */
  public void checkIn() {
    if (!eventFound) {
      return;
    }
    String typed = param("q");
    int highlighted = highlighted();
    problem = null;
    notice = null;
    try {
      String code = ParticipantCode.normalise(typed);
      List<DeskEntry> found = desk.search(eventId, typed);
      if (!code.isEmpty() && (found.isEmpty() || isCodeOfEvent(code))) {
        last = desk.checkInByCode(eventId, code);
      } else if (!found.isEmpty()) {
        DeskEntry chosen = found.get(Math.min(highlighted, found.size() - 1));
        last = desk.checkIn(eventId, chosen.id());
      } else {
        last = null;
        problem =
            Notices.text(
                typed == null || typed.isBlank() ? "desk.search.empty" : "desk.search.none",
                typed == null ? "" : typed.strip());
      }
    } catch (RuntimeException e) {
      last = null;
      problem = refusal(e);
    }
    matches = List.of();
    searched = null;
    refreshCounts();
  }

  /** Takes back the last check-in shown. */
  public void undo() {
    if (last == null || !eventFound) {
      return;
    }
    try {
      DeskEntry undone = desk.undoCheckIn(eventId, last.id());
      notice = Notices.text("desk.undone", undone.name());
      last = null;
      problem = null;
    } catch (RuntimeException e) {
      problem = refusal(e);
    }
    refreshCounts();
  }

  /** Registers and checks in someone who came without registering. */
  public void registerWalkIn() {
    if (!eventFound) {
      return;
    }
    try {
      last = desk.registerWalkIn(eventId, walkInName, null, walkInInstitution, walkInPosition);
      problem = null;
      notice = null;
      walkInName = null;
      walkInInstitution = null;
      walkInPosition = null;
      refreshCounts();
    } catch (RuntimeException e) {
      Optional<RuleViolation> rule = Failures.ruleViolation(e);
      if (rule.isEmpty()) {
        throw e;
      }
      String key = rule.get().messageKey();
      String field =
          key.startsWith("person.fullName")
              ? "walkIn:name"
              : key.startsWith("institution.")
                  ? "walkIn:institution"
                  : key.startsWith("person.position") ? "walkIn:position" : null;
      if (field != null) {
        Notices.violation(field, rule.get());
      } else {
        Notices.violation(rule.get());
      }
    }
  }

  /** Suggestions for the walk-in's institution: names from the directory. */
  public List<String> completeInstitution(String typed) {
    return desk.institutionNames(typed);
  }

  public void refreshCounts() {
    if (eventFound) {
      counts = desk.counts(eventId);
    }
  }

  /** "09:41", in Guatemala's time. */
  public String hour(Instant at) {
    return at == null ? "" : HOUR.format(at.atZone(GuatemalaTime.ZONE));
  }

  private boolean isCodeOfEvent(String code) {
    try {
      desk.find(eventId, code);
      return true;
    } catch (RuntimeException e) {
      if (Failures.ruleViolation(e).isEmpty()) {
        throw e;
      }
      return false;
    }
  }

  private static String refusal(RuntimeException e) {
    Optional<RuleViolation> rule = Failures.ruleViolation(e);
    if (rule.isEmpty()) {
      throw e;
    }
    return Notices.text(rule.get().messageKey(), rule.get().arguments());
  }

  private int highlighted() {
    try {
      return Math.max(0, Integer.parseInt(Optional.ofNullable(param("h")).orElse("0")));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String param(String name) {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    return params.get(name);
  }

  public Long getEventId() {
    return eventId;
  }

  public void setEventId(Long eventId) {
    this.eventId = eventId;
  }

  public String getEventTitle() {
    return eventTitle;
  }

  public boolean isEventFound() {
    return eventFound;
  }

  public List<DeskEntry> getMatches() {
    return matches;
  }

  public String getSearched() {
    return searched;
  }

  public DeskEntry getLast() {
    return last;
  }

  public String getProblem() {
    return problem;
  }

  public String getNotice() {
    return notice;
  }

  public DeskCounts getCounts() {
    return counts;
  }

  public String getWalkInName() {
    return walkInName;
  }

  public void setWalkInName(String walkInName) {
    this.walkInName = walkInName;
  }

  public String getWalkInInstitution() {
    return walkInInstitution;
  }

  public void setWalkInInstitution(String walkInInstitution) {
    this.walkInInstitution = walkInInstitution;
  }

  public String getWalkInPosition() {
    return walkInPosition;
  }

  public void setWalkInPosition(String walkInPosition) {
    this.walkInPosition = walkInPosition;
  }
}
