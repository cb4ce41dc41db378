package gt.mirps.coordination.web.institution;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.institution.InstitutionEditor;
import gt.mirps.coordination.institution.InstitutionMerger;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Merging two records of one institution: choose the duplicate and the record to keep, see what
 * moves, confirm.
 */
@Named
@ViewScoped
public class InstitutionMergePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InstitutionDirectory directory;
  @Inject private InstitutionEditor editor;
  @Inject private InstitutionMerger merger;

  private Long duplicateId;
  private Institution duplicate;
  private Institution kept;
  private InstitutionMerger.Preview preview;

  /** Starts from the record the person came from (the address's "duplicado"). */
  public void load() {
    if (!FacesContext.getCurrentInstance().isPostback() && duplicateId != null) {
      duplicate = directory.find(duplicateId).orElse(null);
    }
  }

  public List<Institution> complete(String typed) {
    return editor.suggestions(typed, 10);
  }

  /** Shows what the merge would move; nothing changes yet. */
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
    if (preview == null) {
      return null;
    }
    try {
      Institution result = merger.merge(preview.duplicate().id(), preview.kept().id());
      Notices.done("directory.merge.done", preview.duplicate().displayName(), result.displayName());
      return "institucion.xhtml?faces-redirect=true&id=" + result.id();
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

  /** "Everything of X moves to Y, and X is deleted." */
  public String getSummary() {
    return preview == null
        ? ""
        : Notices.text(
            "directory.merge.summary",
            preview.duplicate().displayName(),
            preview.kept().displayName());
  }

  public InstitutionMerger.Preview getPreview() {
    return preview;
  }

  public Long getDuplicateId() {
    return duplicateId;
  }

  public void setDuplicateId(Long duplicateId) {
    this.duplicateId = duplicateId;
  }

  public Institution getDuplicate() {
    return duplicate;
  }

  public void setDuplicate(Institution duplicate) {
    this.duplicate = duplicate;
  }

  public Institution getKept() {
    return kept;
  }

  public void setKept(Institution kept) {
    this.kept = kept;
  }
}
