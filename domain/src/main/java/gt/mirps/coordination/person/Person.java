package gt.mirps.coordination.person;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Someone who takes part in events: "Carlos Ramiro Martínez, Canciller". Contact details are
 * private; the person appears in public lists only with consent, which is off until given.
 */
@Entity
@Table(name = "person")
@NamedQuery(
    name = "Person.findByNameKey",
    query = "select p from Person p where p.nameKey = :key order by p.id")
public class Person extends AuditedEntity {

  public static final int NAME_MAX = 200;
  public static final int HONORIFIC_MAX = 40;
  public static final int POSITION_MAX = 300;
  public static final int EMAIL_MAX = Text.EMAIL_MAX;

  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-.]{7,25}$");

  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

  @Column(name = "full_name", nullable = false, length = NAME_MAX)
  private String fullName;

  @Column(name = "name_key", nullable = false, length = NAME_MAX)
  private String nameKey;

  @Column(name = "honorific", length = HONORIFIC_MAX)
  private String honorific;

  @Column(name = "position", length = POSITION_MAX)
  private String position;

  @Column(name = "email", length = EMAIL_MAX)
  private String email;

  @Column(name = "phone", length = 30)
  private String phone;

  @Column(name = "public_consent", nullable = false)
  private boolean publicConsent;

  @ElementCollection
  @CollectionTable(name = "person_affiliation", joinColumns = @JoinColumn(name = "person_id"))
  @OrderBy("since ASC")
  private List<Affiliation> affiliations = new ArrayList<>();

  protected Person() {
    // for JPA
  }

  public Person(String fullName) {
    rename(fullName);
  }

  public void rename(String newName) {
    this.fullName = Text.required(newName, NAME_MAX, "person.fullName");
    this.nameKey = Text.searchKey(fullName);
  }

  /** Honorific ("Sr.", "Licda.") and current position ("Canciller"); blanks clear them. */
  public void describe(String newHonorific, String newPosition) {
    this.honorific = Text.optional(newHonorific, HONORIFIC_MAX, "person.honorific");
    this.position = Text.optional(newPosition, POSITION_MAX, "person.position");
  }

  /** Sets how to reach the person; each must be well formed when given, blank clears it. */
  public void contactAt(String newEmail, String newPhone) {
    String cleanedEmail = Text.email(newEmail, "person.email");
    String cleanedPhone = Text.optional(newPhone, 30, "person.phone");
    if (cleanedPhone != null
        && (!PHONE.matcher(cleanedPhone).matches() || digits(cleanedPhone) < 7)) {
      throw new RuleViolation("person.phone.invalid", "Not a phone number: " + cleanedPhone);
    }
    this.email = cleanedEmail;
    this.phone = cleanedPhone;
  }

  private static long digits(String text) {
    return text.chars().filter(Character::isDigit).count();
  }

  /** Gives or withdraws consent to appear in public lists. */
  public void consentToPublicLists(boolean consent) {
    this.publicConsent = consent;
  }

  /**
   * Records that the person holds {@code newPosition} at {@code institution} from {@code since};
   * the post they held until then ends that day. Their current position becomes the new one.
   */
  public void joinInstitution(Institution institution, String newPosition, LocalDate since) {
    Optional<Affiliation> current = currentAffiliation();
    if (current.isPresent()) {
      if (since.isBefore(current.get().since())) {
        throw new RuleViolation(
            "person.affiliation.beforeCurrent",
            "A new affiliation cannot start before the current one");
      }
      current.get().endOn(since);
    }
    Affiliation joined = new Affiliation(institution, newPosition, since);
    affiliations.add(joined);
    this.position = joined.position().orElse(position);
  }

  /** Records that the person left their current post on {@code day}. */
  public void leaveInstitution(LocalDate day) {
    currentAffiliation()
        .orElseThrow(
            () -> new RuleViolation("person.affiliation.none", "The person has no current post"))
        .endOn(day);
  }

  /**
   * Takes over another record of the same person (a merge): what this record lacks (honorific,
   * position, email, phone) comes from the duplicate; what it has stays. Moving participations and
   * affiliations is the merging service's job.
   */
  public void absorbDetailsOf(Person duplicate) {
    if (duplicate == this || (id != null && id.equals(duplicate.id))) {
      throw new RuleViolation("person.merge.self", "A person cannot absorb themselves");
    }
    if (honorific == null) {
      honorific = duplicate.honorific;
    }
    if (position == null) {
      position = duplicate.position;
    }
    if (email == null) {
      email = duplicate.email;
    }
    if (phone == null) {
      phone = duplicate.phone;
    }
  }

  public Optional<Affiliation> currentAffiliation() {
    return affiliations.stream().filter(Affiliation::isCurrent).reduce((a, b) -> b);
  }

  /** Where the person worked on {@code day}, if the history says. */
  public Optional<Affiliation> affiliationOn(LocalDate day) {
    return affiliations.stream().filter(a -> a.covers(day)).reduce((a, b) -> b);
  }

  public Long id() {
    return id;
  }

  public String fullName() {
    return fullName;
  }

  public Optional<String> honorific() {
    return Optional.ofNullable(honorific);
  }

  public Optional<String> position() {
    return Optional.ofNullable(position);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public boolean publicConsent() {
    return publicConsent;
  }

  public List<Affiliation> affiliations() {
    return Collections.unmodifiableList(affiliations);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Person that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Person.class.hashCode();
  }

  @Override
  public String toString() {
    return "Person[" + id + ", " + fullName + "]";
  }
}
