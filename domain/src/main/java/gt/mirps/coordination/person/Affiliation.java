package gt.mirps.coordination.person;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A post a person held at an institution, from one day until another (or until now). */
@Embeddable
public class Affiliation {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "institution_id", nullable = false)
  private Institution institution;

  @Column(name = "position", length = Person.POSITION_MAX)
  private String position;

  @Column(name = "since", nullable = false)
  private LocalDate since;

  @Column(name = "until")
  private LocalDate until;

  protected Affiliation() {
    // for JPA
  }

  Affiliation(Institution institution, String position, LocalDate since) {
    this.institution = Objects.requireNonNull(institution, "institution");
    this.position = Text.optional(position, Person.POSITION_MAX, "person.position");
    this.since = Objects.requireNonNull(since, "since");
  }

  void endOn(LocalDate day) {
    if (day.isBefore(since)) {
      throw new RuleViolation(
          "person.affiliation.endBeforeStart", "An affiliation cannot end before it starts");
    }
    this.until = day;
  }

  public Institution institution() {
    return institution;
  }

  public Optional<String> position() {
    return Optional.ofNullable(position);
  }

  public LocalDate since() {
    return since;
  }

  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  public boolean isCurrent() {
    return until == null;
  }

  /** True if the affiliation covered {@code day}. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(since) && (until == null || !day.isAfter(until));
  }
}
