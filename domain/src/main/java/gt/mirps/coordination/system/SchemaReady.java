package gt.mirps.coordination.system;

/**
 * Fired once at start-up after the schema migrations have been applied; whatever needs the database
 * at start-up (such as the demo data) waits for it.
 */
public record SchemaReady() {}
