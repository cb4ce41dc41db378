package gt.mirps.coordination.web.participation;

import java.util.Arrays;

/** A file refused as a participant list, with the reason as a message key and its arguments. */
public class UnreadableFile extends Exception {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public UnreadableFile(String messageKey, String logMessage, Object... arguments) {
    super(logMessage);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public UnreadableFile(String messageKey, String logMessage, Throwable cause) {
    super(logMessage, cause);
    this.messageKey = messageKey;
    this.arguments = new Object[0];
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return Arrays.copyOf(arguments, arguments.length);
  }
}
