package gt.mirps.coordination.system;

import java.sql.Connection;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a database's schema up to date with the Liquibase changelog in {@code db/changelog}. The
 * same code runs at server start-up and in the JPA tests, so the tests prove the real migrations.
 */
public final class SchemaMigrations {

  public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

  private SchemaMigrations() {}

  /** Applies every change not yet applied and commits; the connection stays open. */
  public static void apply(Connection connection) throws Exception {
    boolean autoCommit = connection.getAutoCommit();
    Map<String, Object> scope =
        Map.of(
            Scope.Attr.resourceAccessor.name(),
            new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader()),
            // No network here or in most offices: never phone home, never print a banner.
            "liquibase.analytics.enabled",
            Boolean.FALSE,
            "liquibase.showBanner",
            Boolean.FALSE);
    Scope.child(
        scope,
        () -> {
          Database database =
              DatabaseFactory.getInstance()
                  .findCorrectDatabaseImplementation(new JdbcConnection(connection));
          new CommandScope(UpdateCommandStep.COMMAND_NAME)
              .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
              .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
              .addArgumentValue(
                  ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
              .execute();
        });
    // Liquibase leaves the connection in manual-commit mode; hand it back as it came.
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    connection.setAutoCommit(autoCommit);
  }
}
