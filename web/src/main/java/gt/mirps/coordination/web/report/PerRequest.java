package gt.mirps.coordination.web.report;

import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * A value the report pages read from a service and keep for the rest of the request: Faces asks a
 * list's getter several times while it decodes, validates and renders a page, and each ask would
 * otherwise be a query.
 */
final class PerRequest {

  private PerRequest() {}

  /** The value named {@code name} in this request, read by {@code read} the first time. */
  @SuppressWarnings("unchecked")
  static <T> T value(String name, Supplier<T> read) {
    return (T)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .computeIfAbsent(PerRequest.class.getName() + "." + name, key -> read.get());
  }
}
