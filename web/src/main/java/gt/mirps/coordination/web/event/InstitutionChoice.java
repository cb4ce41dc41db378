package gt.mirps.coordination.web.event;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** An institution chosen in the event form's autocomplete, carried by its id. */
// A CDI bean (the archive discovers annotated beans only), so that Faces can inject into it.
@Dependent
@FacesConverter(value = "eventInstitutionChoice", managed = true)
public class InstitutionChoice implements Converter<Institution> {

  @Inject private InstitutionDirectory directory;

  @Override
  public Institution getAsObject(FacesContext context, UIComponent component, String value) {
    return Ids.parse(value).flatMap(directory::find).orElse(null);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Institution value) {
    return value == null || value.id() == null ? "" : value.id().toString();
  }
}
