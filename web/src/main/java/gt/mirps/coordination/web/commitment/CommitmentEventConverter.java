package gt.mirps.coordination.web.commitment;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An event in a commitment form or filter is its id. */
@Named
@ApplicationScoped
public class CommitmentEventConverter implements Converter<Event> {

  @Inject private EventCatalog catalog;

  @Override
  public Event getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return catalog.find(Long.parseLong(value.strip())).orElse(null);
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Event value) {
    return value == null || value.id() == null ? "" : value.id().toString();
  }
}
