package gt.mirps.coordination.web.person;

import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A person in a form is their id (the merge page's autocompletes). */
@Named
@ApplicationScoped
public class PersonConverter implements Converter<Person> {

  @Inject private People people;

  @Override
  public Person getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return people.find(Long.parseLong(value.strip())).orElse(null);
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Person value) {
    return value == null || value.id() == null ? "" : value.id().toString();
  }
}
