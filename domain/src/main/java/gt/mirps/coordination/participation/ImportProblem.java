package gt.mirps.coordination.participation;

import java.io.Serializable;
import java.util.List;

/**
 * Why one row of a participant list cannot be imported: its spreadsheet line, the field and the
 * value at fault, and the reason as a message key with its arguments (texts in the bundles).
 */
public record ImportProblem(
    int line, ImportField field, String value, String messageKey, List<String> arguments)
    implements Serializable {

  public ImportProblem {
    arguments = List.copyOf(arguments);
  }
}
