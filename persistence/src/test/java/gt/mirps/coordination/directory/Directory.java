package gt.mirps.coordination.directory;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditTrail;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipantCode;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Records for the directory's JPA tests, and the database's own list of foreign keys. */
public final class Directory {

  private Directory() {}

  /** An audit trail that keeps entries in a list. */
  public static final class ListTrail implements AuditTrail {
    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(AuditEntry entry) {
      entries.add(entry);
    }

    @Override
    public List<AuditEntry> of(String recordType, long recordId) {
      return entries.stream()
          .filter(e -> e.recordType().equals(recordType) && e.recordId() == recordId)
          .toList();
    }

    public Auditor auditor() {
      return new Auditor(this);
    }
  }

  public static Institution institution(EntityManager em, String name, String acronym) {
    Institution institution =
        new Institution(name, InstitutionKind.GOVERNMENT_AGENCY, guatemala(em), null);
    institution.abbreviate(acronym);
    em.persist(institution);
    return institution;
  }

  public static Institution municipality(EntityManager em, String name, long territoryId) {
    Institution institution =
        new Institution(
            name,
            InstitutionKind.MUNICIPALITY,
            guatemala(em),
            em.find(Territory.class, territoryId));
    em.persist(institution);
    return institution;
  }

  public static Country guatemala(EntityManager em) {
    return em.find(Country.class, "GT");
  }

  public static Person person(EntityManager em, String name) {
    Person person = new Person(name);
    em.persist(person);
    return person;
  }

  public static Event event(EntityManager em, String title, int day) {
    Event event =
        new Event(
            title,
            EventKind.MEETING,
            LocalDateTime.of(2024, 9, day, 9, 0),
            LocalDateTime.of(2024, 9, day, 17, 0));
    em.persist(event);
    return event;
  }

  public static Participation attends(
      EntityManager em, Event event, Person person, Institution as) {
    Participation participation =
        Participation.ofPerson(
            event,
            person,
            as,
            null,
            ParticipationRole.ATTENDEE,
            AttendanceState.REGISTERED,
            ParticipantCode.next());
    em.persist(participation);
    return participation;
  }

  public static Participation delegation(
      EntityManager em, Event event, Institution of, int headCount) {
    Participation participation =
        Participation.delegation(
            event,
            of,
            headCount,
            ParticipationRole.DELEGATE,
            AttendanceState.REGISTERED,
            ParticipantCode.next());
    em.persist(participation);
    return participation;
  }

  /** A table and a column with a foreign key to another table. */
  public record ForeignKey(String table, String column) {}

  /** Every foreign key of the schema that points to {@code table}, as the database knows it. */
  public static List<ForeignKey> foreignKeysTo(InMemoryDatabase database, String table)
      throws SQLException {
    List<ForeignKey> keys = new ArrayList<>();
    try (Connection connection = database.connection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet rows = meta.getExportedKeys(null, null, table.toUpperCase())) {
        while (rows.next()) {
          keys.add(
              new ForeignKey(
                  rows.getString("FKTABLE_NAME").toLowerCase(),
                  rows.getString("FKCOLUMN_NAME").toLowerCase()));
        }
      }
    }
    return keys;
  }

  /** How many rows of {@code key}'s table point to {@code id}. */
  public static long rowsPointingTo(InMemoryDatabase database, ForeignKey key, long id)
      throws SQLException {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM " + key.table() + " WHERE " + key.column() + " = " + id)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
