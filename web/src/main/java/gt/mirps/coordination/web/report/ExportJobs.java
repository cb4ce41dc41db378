package gt.mirps.coordination.web.report;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.SessionScoped;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The background exports of one signed-in person: kept in their session, so nobody else can see or
 * download them, run by the server's managed executor, and their files deleted when handed over,
 * cancelled, failed or when the session ends.
 */
@SessionScoped
public class ExportJobs implements Serializable {

  private static final long serialVersionUID = 1L;

  @Resource private transient ManagedExecutorService executor;

  private transient Map<String, ExportJob> jobs;

  /** Starts writing {@code report} as {@code format} in the background. */
  public ExportJob start(
      ReportFormat format,
      Function<Progress, ReportDocument<?>> report,
      ResourceBundle texts,
      Locale locale)
      throws IOException {
    ExportJob job = new ExportJob(format, report, texts, locale);
    jobs().put(job.id(), job);
    job.startedAs(executor.submit(job));
    return job;
  }

  /** The job {@code id} of this person, if any. */
  public Optional<ExportJob> find(String id) {
    return Optional.ofNullable(jobs().get(id));
  }

  /** The finished job {@code id}, removed from the session: its file can be handed over once. */
  public Optional<ExportJob> take(String id) {
    ExportJob job = jobs().get(id);
    if (job == null || job.state() != ExportJob.State.DONE) {
      return Optional.empty();
    }
    return Optional.ofNullable(jobs().remove(id));
  }

  /** Cancels job {@code id} and forgets it. */
  public void cancel(String id) {
    ExportJob job = jobs().remove(id);
    if (job != null) {
      job.cancel();
    }
  }

  private synchronized Map<String, ExportJob> jobs() {
    if (jobs == null) {
      jobs = new ConcurrentHashMap<>();
    }
    return jobs;
  }

  @PreDestroy
  void sessionEnded() {
    jobs().values().forEach(ExportJob::discard);
    jobs().clear();
  }
}
