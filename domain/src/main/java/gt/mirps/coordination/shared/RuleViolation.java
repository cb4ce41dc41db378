package gt.mirps.coordination.shared;

import java.util.Arrays;

/**
 * A domain rule refused a change. It carries a resource-bundle key rather than a sentence, so the
 * web layer can tell the user in their own language; the English message is for logs only.
 */
public class RuleViolation extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public RuleViolation(String messageKey, String logMessage, Object... arguments) {
    super(logMessage);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** The key of the user-facing message in the {@code messages} bundle. */
  public String messageKey() {
    return messageKey;
  }

  /** Values to fill into the user-facing message ({0}, {1}, ...). */
  public Object[] arguments() {
    return Arrays.copyOf(arguments, arguments.length);
  }
}
