package gt.mirps.coordination.web.announcement;

/** The file format of a generated dataset. */
public enum Format {
  CSV("csv", "text/csv"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String extension;
  private final String mimeType;

  Format(String extension, String mimeType) {
    this.extension = extension;
    this.mimeType = mimeType;
  }

  /** "csv", "xlsx". */
  public String extension() {
    return extension;
  }

  public String mimeType() {
    return mimeType;
  }
}
