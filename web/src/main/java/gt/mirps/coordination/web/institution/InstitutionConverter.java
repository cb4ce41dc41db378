package gt.mirps.coordination.web.institution;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An institution in a form is its id (autocompletes of parent, affiliation, merge). */
@Named
@ApplicationScoped
public class InstitutionConverter implements Converter<Institution> {

  @Inject private InstitutionDirectory directory;

  @Override
  public Institution getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return directory.find(Long.parseLong(value.strip())).orElse(null);
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Institution value) {
    return value == null || value.id() == null ? "" : value.id().toString();
  }
}
