package gt.mirps.coordination.announcement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a communiqué may carry: open-data tables (CSV, XLS, XLSX), documents (PDF) and
 * images (PNG, JPEG). Which one a file is comes from its content, see {@link MediaTypes}.
 */
public enum MediaType {
  CSV("text/csv", List.of("csv"), Set.of("application/csv", "text/x-csv")),
  XLS("application/vnd.ms-excel", List.of("xls"), Set.of()),
  XLSX(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      List.of("xlsx"),
      Set.of()),
  PDF("application/pdf", List.of("pdf"), Set.of("application/x-pdf")),
  PNG("image/png", List.of("png"), Set.of()),
  JPEG("image/jpeg", List.of("jpg", "jpeg"), Set.of("image/jpg", "image/pjpeg"));

  /** The longest MIME type, for the database column. */
  public static final int MIME_TYPE_MAX = 100;

  private final String mimeType;
  private final List<String> extensions;
  private final Set<String> aliases;

  MediaType(String mimeType, List<String> extensions, Set<String> aliases) {
    this.mimeType = mimeType;
    this.extensions = extensions;
    this.aliases = aliases;
  }

  /** "text/csv", as sent in a Content-Type header. */
  public String mimeType() {
    return mimeType;
  }

  /** The file-name extensions of this type, without the dot, the usual one first. */
  public List<String> extensions() {
    return extensions;
  }

  /** True if {@code fileName} ends with one of this type's extensions, ignoring case. */
  public boolean fitsFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(ext -> lower.endsWith("." + ext));
  }

  /**
   * True if a browser that declared {@code declared} (parameters and case ignored) meant this type:
   * its MIME type or a common alias of it ("image/jpg").
   */
  public boolean isDeclaredAs(String declared) {
    String essence = essence(declared);
    return mimeType.equals(essence) || aliases.contains(essence);
  }

  /** The type whose MIME type is exactly {@code mimeType}. */
  public static Optional<MediaType> ofMimeType(String mimeType) {
    return Arrays.stream(values()).filter(t -> t.mimeType.equals(mimeType)).findFirst();
  }

  /** "Text/CSV; charset=UTF-8" becomes "text/csv". */
  static String essence(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }
}
