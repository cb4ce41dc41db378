package gt.mirps.coordination.web.event;

import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A speaker chosen in the session form's autocomplete, carried by its id. */
// A CDI bean (the archive discovers annotated beans only), so that Faces can inject into it.
@Dependent
@FacesConverter(value = "eventPersonChoice", managed = true)
public class PersonChoice implements Converter<Person> {

  @Inject private People people;

  @Override
  public Person getAsObject(FacesContext context, UIComponent component, String value) {
    return Ids.parse(value).flatMap(people::find).orElse(null);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Person value) {
    return value == null || value.id() == null ? "" : value.id().toString();
  }
}
