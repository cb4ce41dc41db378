package gt.mirps.coordination.web.person;

import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.person.PersonEditor;
import gt.mirps.coordination.person.PersonMerger;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Merging two records of one person: choose both, see what moves, confirm. */
@Named
@ViewScoped
public class PersonMergePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private People people;
  @Inject private PersonEditor editor;
  @Inject private PersonMerger merger;

  private Long duplicateId;
  private Person duplicate;
  private Person kept;
  private PersonMerger.Preview preview;

  /** Starts from the record the person came from (the address's "duplicado"). */
  public void load() {
    if (!FacesContext.getCurrentInstance().isPostback() && duplicateId != null) {
      duplicate = people.find(duplicateId).orElse(null);
    }
  }

  public List<Person> complete(String typed) {
    return editor.suggestions(typed, 10);
  }

  /** Shows what the merge would move, or what prevents it; nothing changes yet. */
  public void showPreview() {
    preview = null;
    if (duplicate == null) {
      Notices.fieldError("merge:duplicate", "directory.merge.chooseDuplicate");
      return;
    }
    if (kept == null) {
      Notices.fieldError("merge:kept", "directory.merge.chooseKept");
      return;
    }
    try {
      preview = merger.preview(duplicate.id(), kept.id());
    } catch (RuntimeException e) {
      Notices.violation(Failures.ruleViolation(e).orElseThrow(() -> e));
    }
  }

  public String merge() {
    if (preview == null || !preview.possible()) {
      return null;
    }
    try {
      Person result = merger.merge(preview.duplicate().id(), preview.kept().id());
      Notices.done("directory.merge.done", preview.duplicate().fullName(), result.fullName());
      return "persona.xhtml?faces-redirect=true&id=" + result.id();
    } catch (RuntimeException e) {
      preview = null;
      Notices.violation(Failures.ruleViolation(e).orElseThrow(() -> e));
      return null;
    }
  }

  /** Choosing again forgets the preview, which was of the former pair. */
  public void changed() {
    preview = null;
  }

  /** "Carlos Ramiro Martínez · Canciller (#12)", to tell two records of one name apart. */
  public String label(Person person) {
    return person == null
        ? ""
        : person.fullName()
            + person.position().map(p -> " · " + p).orElse("")
            + person.email().map(e -> " · " + e).orElse("")
            + " (#"
            + person.id()
            + ")";
  }

  /** "Everything of X moves to Y, and X is deleted", or why that cannot be. */
  public String getSummary() {
    if (preview == null) {
      return "";
    }
    if (!preview.sharedEvents().isEmpty()) {
      return Notices.text("person.merge.sameEvent", String.join(", ", preview.sharedEvents()));
    }
    if (!preview.sharedSessions().isEmpty()) {
      return Notices.text("person.merge.sameSession", String.join(", ", preview.sharedSessions()));
    }
    return Notices.text(
        "directory.merge.summary", label(preview.duplicate()), label(preview.kept()));
  }

  public PersonMerger.Preview getPreview() {
    return preview;
  }

  public Long getDuplicateId() {
    return duplicateId;
  }

  public void setDuplicateId(Long duplicateId) {
    this.duplicateId = duplicateId;
  }

  public Person getDuplicate() {
    return duplicate;
  }

  public void setDuplicate(Person duplicate) {
    this.duplicate = duplicate;
  }

  public Person getKept() {
    return kept;
  }

  public void setKept(Person kept) {
    this.kept = kept;
  }
}
