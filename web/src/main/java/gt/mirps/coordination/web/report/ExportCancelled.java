package gt.mirps.coordination.web.report;

/** Thrown between two pages of rows when the person cancelled the export. */
public class ExportCancelled extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExportCancelled() {
    super("The export was cancelled", null, false, false);
  }
}
