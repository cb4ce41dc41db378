package gt.mirps.coordination.web.commitment;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentRegister;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.ProgressUpdate;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import gt.mirps.coordination.web.shared.RuleFields;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The page of one commitment: its facts, its progress timeline and the report of progress. */
@Named
@ViewScoped
public class CommitmentPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String DIALOG = "progress";

  /** Which field of the form a refused rule is about, to say it beside the field. */
  private static final RuleFields FIELDS =
      RuleFields.of(
          "commitment.progress.date", "date",
          "commitment.progress.narrative", "narrative",
          "commitment.cancellationReason", "reason",
          "commitment.status", "newStatus");

  @Inject private transient CommitmentRegister register;
  @Inject private Language language;

  private Long id;
  private transient Commitment commitment;

  private LocalDate date;
  private String narrative;
  private CommitmentStatus newStatus;
  private String reason;

  /** Opens the commitment named by {@code ?id=}; answers 404 when there is none. */
  public void load() throws IOException {
    if (getCommitment() == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
    }
  }

  public Commitment getCommitment() {
    if (commitment == null && id != null) {
      commitment = register.find(id).orElse(null);
    }
    return commitment;
  }

  /** Empties the progress dialog, dated today. */
  public void startReport() {
    date = register.today();
    narrative = null;
    newStatus = null;
    reason = null;
  }

  /** Reports progress; a refusal is shown in the dialog, which stays open. */
  public void report() {
    try {
      // The timeline names who reported: ChangeAuthorFilter makes it the signed-in person.
      register.report(id, date, narrative, newStatus, reason);
      Notices.done("commitments.progress.reported");
      commitment = null;
      startReport();
    } catch (RuntimeException e) {
      if (Failures.isConcurrentChange(e)) {
        Notices.error("record.changedByOther");
        FacesContext.getCurrentInstance().validationFailed();
        commitment = null;
        return;
      }
      RuleViolation violation = Failures.ruleViolation(e).orElseThrow(() -> e);
      Notices.violation(fieldOf(violation.messageKey()), violation);
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** The dialog field beside which a refusal of a progress report is shown. */
  static String fieldOf(String messageKey) {
    return FIELDS.clientIdOf(DIALOG + ":", messageKey);
  }

  /** The statuses the commitment may move to now. */
  public List<CommitmentStatus> getMoves() {
    Commitment c = getCommitment();
    return c == null
        ? List.of()
        : Arrays.stream(CommitmentStatus.values()).filter(c.status()::canMoveTo).toList();
  }

  /** The progress updates, newest first. */
  public List<ProgressUpdate> getTimeline() {
    List<ProgressUpdate> updates = new ArrayList<>(getCommitment().progressUpdates());
    Collections.reverse(updates);
    return updates;
  }

  public boolean isOverdue() {
    return getCommitment().isOverdue(register.today());
  }

  public String date(LocalDate day) {
    return day == null ? "" : DateRanges.format(day, language.getCurrent());
  }

  public String names(List<Institution> institutions) {
    return institutions.stream().map(Institution::displayName).collect(Collectors.joining(", "));
  }

  public Optional<String> eventTitle() {
    return getCommitment().event().map(e -> e.title());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getNarrative() {
    return narrative;
  }

  public void setNarrative(String narrative) {
    this.narrative = narrative;
  }

  public CommitmentStatus getNewStatus() {
    return newStatus;
  }

  public void setNewStatus(CommitmentStatus newStatus) {
    this.newStatus = newStatus;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
