package gt.mirps.coordination.web.shared;

import gt.mirps.coordination.shared.RuleViolation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which field of a form a refused domain rule is about, so that the refusal is said beside that
 * field. A rule's message key belongs to a namespace when it starts with the namespace and a dot
 * ({@code event.title.required} belongs to {@code event.title}); the longest namespace wins.
 */
public final class RuleFields {

  private final Map<String, String> fieldByNamespace;

  private RuleFields(Map<String, String> fieldByNamespace) {
    this.fieldByNamespace = fieldByNamespace;
  }

  /** Pairs of namespace and field id: {@code of("event.title", "title", "event.kind", "kind")}. */
  public static RuleFields of(String... namespaceThenField) {
    if (namespaceThenField.length % 2 != 0) {
      throw new IllegalArgumentException("namespaces and fields come in pairs");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namespaceThenField.length; i += 2) {
      fields.put(namespaceThenField[i], namespaceThenField[i + 1]);
    }
    return new RuleFields(Map.copyOf(fields));
  }

  /** The field's id within its form, or null when the rule is about the whole record. */
  public String fieldOf(String messageKey) {
    String best = null;
    for (String namespace : fieldByNamespace.keySet()) {
      if (messageKey.startsWith(namespace + ".")
          && (best == null || namespace.length() > best.length())) {
        best = namespace;
      }
    }
    return best == null ? null : fieldByNamespace.get(best);
  }

  /** The field's client id ({@code formPrefix} + field id), or null for the whole record. */
  public String clientIdOf(String formPrefix, String messageKey) {
    String field = formPrefix == null ? null : fieldOf(messageKey);
    return field == null ? null : formPrefix + field;
  }

  /**
   * Says the refusal beside its field in the form whose ids start with {@code formPrefix} (for
   * example {@code "event:"}), or for the whole page when it concerns no field of that form.
   */
  public void say(String formPrefix, RuleViolation violation) {
    String clientId = clientIdOf(formPrefix, violation.messageKey());
    if (clientId == null) {
      Notices.violation(violation);
    } else {
      Notices.violation(clientId, violation);
    }
  }
}
