package gt.mirps.coordination.institution;

import gt.mirps.coordination.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Another name an institution is known by, with its folded form for search. */
@Embeddable
public class Alias {

  @Column(name = "alias_text", nullable = false, length = Institution.NAME_MAX)
  private String text;

  @Column(name = "alias_key", nullable = false, length = Institution.NAME_MAX)
  private String searchKey;

  protected Alias() {
    // for JPA
  }

  Alias(String text) {
    this.text = Text.required(text, Institution.NAME_MAX, "institution.alias");
    this.searchKey = Text.searchKey(this.text);
  }

  public String text() {
    return text;
  }

  String searchKey() {
    return searchKey;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Alias that && searchKey.equals(that.searchKey);
  }

  @Override
  public int hashCode() {
    return searchKey.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
