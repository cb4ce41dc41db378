package gt.mirps.coordination.web.person;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionEditor;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.person.PersonFilter;
import gt.mirps.coordination.person.PersonSearch;
import gt.mirps.coordination.web.shared.LazyRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The people list: name and institution filters, pages read from the database. */
@Named
@ViewScoped
public class PersonList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PersonSearch search;
  @Inject private InstitutionEditor institutions;

  private String text;
  private Institution institution;

  private final LazyRows<Person> rows =
      new LazyRows<>(
          () -> search.count(filter()),
          (first, max, field, ascending) -> search.find(filter(), ascending, first, max),
          Person::id);

  private PersonFilter filter() {
    return new PersonFilter(text, institution == null ? null : institution.id());
  }

  public List<Institution> completeInstitution(String typed) {
    return institutions.suggestions(typed, 10);
  }

  public LazyRows<Person> getRows() {
    return rows;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Institution getInstitution() {
    return institution;
  }

  public void setInstitution(Institution institution) {
    this.institution = institution;
  }
}
