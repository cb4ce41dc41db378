package gt.mirps.coordination.participation;

import java.io.Serializable;

/**
 * One row of a participant list as the file gave it, before any check: {@code line} is the row
 * number the person sees in their spreadsheet (the header is line 1), the rest are raw texts (null
 * or blank when the file leaves them out).
 */
public record ImportRow(
    int line,
    String name,
    String honorific,
    String position,
    String institution,
    String email,
    String phone,
    String role)
    implements Serializable {

  /** The raw text of {@code field} in this row. */
  public String value(ImportField field) {
    return switch (field) {
      case NAME -> name;
      case HONORIFIC -> honorific;
      case POSITION -> position;
      case INSTITUTION -> institution;
      case EMAIL -> email;
      case PHONE -> phone;
      case ROLE -> role;
    };
  }
}
