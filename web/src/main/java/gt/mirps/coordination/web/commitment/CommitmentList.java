package gt.mirps.coordination.web.commitment;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentFilter;
import gt.mirps.coordination.commitment.CommitmentRegister;
import gt.mirps.coordination.commitment.CommitmentSort;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionEditor;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.shared.LazyRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The list of commitments, one page at a time from the database, filtered by status, submitting
 * institution, co-sponsor, thematic area, event and overdue, and sorted by the database on the
 * column the person chose (the most recently recorded first until then).
 */
@Named
@ViewScoped
public class CommitmentList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CommitmentRegister register;
  @Inject private transient InstitutionEditor institutions;
  @Inject private transient EventCatalog catalog;
  @Inject private Language language;

  private CommitmentStatus status;
  private Institution submitter;
  private Institution cosponsor;
  private ThematicArea area;
  private Event event;
  private boolean overdue;

  private final LazyRows<Commitment> commitments =
      new LazyRows<>(
          () -> register.count(filter()),
          (first, max, field, ascending) ->
              field == null
                  ? register.page(filter(), first, Math.max(1, max))
                  : register.page(filter(), sortOf(field), ascending, first, Math.max(1, max)),
          Commitment::id);

  CommitmentFilter filter() {
    return new CommitmentFilter(
        status,
        submitter == null ? null : submitter.id(),
        cosponsor == null ? null : cosponsor.id(),
        area,
        event == null ? null : event.id(),
        overdue ? register.today() : null);
  }

  public LazyRows<Commitment> getCommitments() {
    return commitments;
  }

  /** Clears every filter. */
  public void clear() {
    status = null;
    submitter = null;
    cosponsor = null;
    area = null;
    event = null;
    overdue = false;
  }

  /** The database order of a column's {@code field}. */
  static CommitmentSort sortOf(String field) {
    return switch (field) {
      case "title" -> CommitmentSort.TITLE;
      case "targetDate" -> CommitmentSort.TARGET_DATE;
      case "status" -> CommitmentSort.STATUS;
      case "submitter" -> CommitmentSort.SUBMITTER;
      default -> CommitmentSort.RECORDED;
    };
  }

  public boolean overdue(Commitment commitment) {
    return commitment.isOverdue(register.today());
  }

  public String date(LocalDate day) {
    return day == null ? "" : DateRanges.format(day, language.getCurrent());
  }

  public List<Institution> completeInstitution(String typed) {
    return Choices.institutions(institutions, typed);
  }

  public List<Event> completeEvent(String typed) {
    return Choices.events(catalog, typed);
  }

  public CommitmentStatus[] getStatuses() {
    return CommitmentStatus.values();
  }

  public ThematicArea[] getAreas() {
    return ThematicArea.values();
  }

  public CommitmentStatus getStatus() {
    return status;
  }

  public void setStatus(CommitmentStatus status) {
    this.status = status;
  }

  public Institution getSubmitter() {
    return submitter;
  }

  public void setSubmitter(Institution submitter) {
    this.submitter = submitter;
  }

  public Institution getCosponsor() {
    return cosponsor;
  }

  public void setCosponsor(Institution cosponsor) {
    this.cosponsor = cosponsor;
  }

  public ThematicArea getArea() {
    return area;
  }

  public void setArea(ThematicArea area) {
    this.area = area;
  }

  public Event getEvent() {
    return event;
  }

  public void setEvent(Event event) {
    this.event = event;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }
}
