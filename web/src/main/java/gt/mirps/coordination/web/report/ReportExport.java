package gt.mirps.coordination.web.report;

import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Function;

/**
 * The export panel of a report page: starts one export at a time in the background, shows its
 * progress while the page polls, cancels it, and offers the file when it is ready. The page stays
 * usable meanwhile: the work happens in {@link ExportJobs}, not in the request.
 */
@Named
@ViewScoped
public class ReportExport implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ExportJobs jobs;
  @Inject private Language language;

  private String jobId;

  /** Starts exporting the report {@code report} builds, as {@code format}. */
  void start(ReportFormat format, Function<Progress, ReportDocument<?>> report) {
    if (isRunning()) {
      Notices.error("reports.export.busy");
      return;
    }
    forget();
    try {
      jobId =
          jobs.start(format, report, Messages.bundle(language.getCurrent()), language.getCurrent())
              .id();
    } catch (IOException cannotCreateFile) {
      Notices.error("reports.export.failed");
    }
  }

  private Optional<ExportJob> job() {
    return jobId == null ? Optional.empty() : jobs.find(jobId);
  }

  /** Stops the running export; its file is deleted. */
  public void cancel() {
    if (jobId != null) {
      forget();
      Notices.done("reports.export.cancelled");
    }
  }

  /** Forgets a finished export that was not downloaded (its file is deleted). */
  private void forget() {
    if (jobId != null) {
      jobs.cancel(jobId);
      jobId = null;
    }
  }

  private boolean is(ExportJob.State state) {
    return job().map(j -> j.state() == state).orElse(false);
  }

  public boolean isRunning() {
    return is(ExportJob.State.RUNNING);
  }

  public boolean isReady() {
    return is(ExportJob.State.DONE);
  }

  public boolean isFailed() {
    return is(ExportJob.State.FAILED);
  }

  public int getPercent() {
    return job().map(ExportJob::percent).orElse(0);
  }

  /** "1,200 of 5,001 rows" while running, in the person's language. */
  public String getStatus() {
    return job().map(ExportJob::status).orElse("");
  }

  public String getJobId() {
    return jobId;
  }

  public String getFileName() {
    return job().map(ExportJob::fileName).orElse("");
  }
}
