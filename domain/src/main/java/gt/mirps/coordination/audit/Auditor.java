package gt.mirps.coordination.audit;

import gt.mirps.coordination.shared.ChangeAuthor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Writes audit entries for the acting user at the current time. */
@ApplicationScoped
public class Auditor {

  private final AuditTrail trail;
  private final Clock clock;

  /** For the container's proxies only. */
  protected Auditor() {
    this(null, Clock.systemUTC());
  }

  @Inject
  public Auditor(AuditTrail trail) {
    this(trail, Clock.systemUTC());
  }

  public Auditor(AuditTrail trail, Clock clock) {
    this.trail = trail;
    this.clock = clock;
  }

  public void record(String action, String recordType, long recordId, String detail) {
    trail.record(
        new AuditEntry(
            clock.instant(), ChangeAuthor.current(), action, recordType, recordId, detail));
  }
}
