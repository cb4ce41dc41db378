package gt.mirps.coordination.system;

/** Whether the database can serve the application: it answers and its schema is up to date. */
public interface DatabaseStatus {

  /** True once every schema migration has been applied in this run. */
  boolean schemaUpToDate();

  /** True if a connection can be obtained and answers within a couple of seconds. */
  boolean answers();
}
