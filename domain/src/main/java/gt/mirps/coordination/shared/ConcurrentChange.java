package gt.mirps.coordination.shared;

/**
 * Someone else saved the record after this person opened it: their change would silently overwrite
 * the other one, so it is refused and the person is offered to reload. Services that edit a record
 * take the version the person's form was built from and call {@link #check}; the database's
 * optimistic lock ({@code @Version}) catches the rarer race between two commits.
 */
public class ConcurrentChange extends RuleViolation {

  public static final String MESSAGE_KEY = "record.changedByOther";

  public ConcurrentChange(String recordType, Object recordId) {
    super(
        MESSAGE_KEY,
        recordType + " " + recordId + " was changed by someone else since it was read",
        recordType,
        recordId);
  }

  /**
   * Refuses the change when {@code entity} is no longer at {@code versionRead}, the version the
   * person's form showed.
   */
  public static void check(AuditedEntity entity, long versionRead, String recordType, Object id) {
    if (entity.version() != versionRead) {
      throw new ConcurrentChange(recordType, id);
    }
  }
}
