package gt.mirps.coordination.web.health;

import gt.mirps.coordination.system.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and every schema migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject private DatabaseStatus database;

  @Override
  public HealthCheckResponse call() {
    boolean answers = database.answers();
    boolean migrated = database.schemaUpToDate();
    return HealthCheckResponse.named("database")
        .status(answers && migrated)
        .withData("answers", answers)
        .withData("schemaUpToDate", migrated)
        .build();
  }
}
