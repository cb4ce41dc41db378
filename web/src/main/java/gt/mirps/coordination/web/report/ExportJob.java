package gt.mirps.coordination.web.report;

import gt.mirps.coordination.web.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One report being written in the background to a temporary file: it counts the rows written, stops
 * between pages when cancelled, and deletes its file when cancelled, failed or discarded.
 */
public final class ExportJob implements Progress, Runnable {

  private static final Logger LOG = Logger.getLogger(ExportJob.class.getName());

  /** Where a job is. */
  public enum State {
    RUNNING,
    DONE,
    CANCELLED,
    FAILED
  }

  private final String id = UUID.randomUUID().toString();
  private final ReportFormat format;
  private final Function<Progress, ReportDocument<?>> report;
  private final ResourceBundle texts;
  private final Locale locale;
  private final Path file;
  private final AtomicLong written = new AtomicLong();
  private volatile long total = -1;
  private volatile boolean cancelled;
  private volatile State state = State.RUNNING;
  private volatile String fileName;
  private volatile Future<?> future;

  ExportJob(
      ReportFormat format,
      Function<Progress, ReportDocument<?>> report,
      ResourceBundle texts,
      Locale locale)
      throws IOException {
    this.format = format;
    this.report = report;
    this.texts = texts;
    this.locale = locale;
    this.file = Files.createTempFile("mirps-report-", "." + format.extension());
    this.fileName = "informe." + format.extension();
  }

  @Override
  public void run() {
    try {
      ReportDocument<?> document = report.apply(this);
      fileName = document.fileName() + "." + format.extension();
      try (OutputStream out = Files.newOutputStream(file)) {
        format.write(document, texts, locale, out);
      }
      state = cancelled ? State.CANCELLED : State.DONE;
    } catch (ExportCancelled stopped) {
      state = State.CANCELLED;
    } catch (IOException | RuntimeException failure) {
      LOG.log(Level.WARNING, "The export " + id + " to " + format + " failed", failure);
      state = cancelled ? State.CANCELLED : State.FAILED;
    } finally {
      if (state != State.DONE) {
        delete();
      }
    }
  }

  void startedAs(Future<?> running) {
    this.future = running;
  }

  /** Asks the job to stop before its next page; its file is deleted. */
  public void cancel() {
    cancelled = true;
    Future<?> running = future;
    if (state != State.RUNNING || (running != null && running.isDone())) {
      discard();
    }
  }

  /** Deletes the file: handed over, cancelled, or the session ended. */
  public void discard() {
    cancelled = true;
    delete();
  }

  private void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete the temporary export file " + file, e);
    }
  }

  @Override
  public void total(long rows) {
    total = rows;
  }

  @Override
  public void advance() {
    written.incrementAndGet();
  }

  @Override
  public boolean cancelled() {
    return cancelled;
  }

  public String id() {
    return id;
  }

  public State state() {
    return state;
  }

  public long written() {
    return written.get();
  }

  /** Rows in all, or -1 until counted. */
  public long total() {
    return total;
  }

  /** Percent done, 0–100; 99 while the last rows are packed into the file. */
  public int percent() {
    if (state == State.DONE) {
      return 100;
    }
    long all = total;
    if (all <= 0) {
      return 0;
    }
    return (int) Math.min(99, written.get() * 100 / all);
  }

  /**
   * Where the job is, in its person's language: "Preparing the XLSX file: 1,200 of 5,001 rows.", or
   * "counting the rows" while the count is not known yet.
   */
  public String status() {
    long all = total;
    if (all < 0) {
      return Messages.format(texts, locale, "reports.export.counting", format.name());
    }
    return Messages.format(
        texts, locale, "reports.export.running", written.get(), all, format.name());
  }

  public ReportFormat format() {
    return format;
  }

  public String fileName() {
    return fileName;
  }

  Path file() {
    return file;
  }
}
