package gt.mirps.coordination.web.participation;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * What an autocomplete last offered, by id, and the converter that turns the id the browser sends
 * back into the item chosen. Only items offered in this view can be chosen.
 */
public final class Candidates<T> implements Converter<T>, Serializable {

  private static final long serialVersionUID = 1L;

  private final transient ToLongFunction<T> idOf;
  private final transient Map<Long, T> offered = new HashMap<>();

  Candidates(ToLongFunction<T> idOf) {
    this.idOf = idOf;
  }

  List<T> remember(List<T> items) {
    items.forEach(this::rememberOne);
    return items;
  }

  T rememberOne(T item) {
    offered.put(idOf.applyAsLong(item), item);
    return item;
  }

  @Override
  public T getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return offered.get(Long.parseLong(value.strip()));
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, T value) {
    return value == null ? "" : Long.toString(idOf.applyAsLong(value));
  }
}
