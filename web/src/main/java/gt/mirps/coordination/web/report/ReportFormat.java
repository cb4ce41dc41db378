package gt.mirps.coordination.web.report;

import gt.mirps.coordination.web.export.TabularWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.ResourceBundle;

/** The formats a report is exported in, all written from the same document. */
public enum ReportFormat {
  CSV("csv", "text/csv; charset=UTF-8"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  PDF("pdf", "application/pdf");

  private final String extension;
  private final String contentType;

  ReportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** The format of a file extension ("csv", "xlsx", "pdf"), or null. */
  public static ReportFormat ofExtension(String extension) {
    for (ReportFormat format : values()) {
      if (format.extension.equals(extension)) {
        return format;
      }
    }
    return null;
  }

  /** Writes {@code document} to {@code out}, reading its rows as it goes. */
  public <R> void write(
      ReportDocument<R> document, ResourceBundle texts, Locale locale, OutputStream out)
      throws IOException {
    switch (this) {
      case CSV -> TabularWriter.csv(document.columns(), document.rows(), out);
      case XLSX -> TabularWriter.xlsx(document.title(), document.columns(), document.rows(), out);
      case PDF -> ReportPdf.write(document, texts, locale, out);
    }
  }
}
