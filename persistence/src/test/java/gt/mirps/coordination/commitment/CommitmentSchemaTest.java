package gt.mirps.coordination.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules the database keeps by itself, tried with plain SQL that bypasses the domain. */
class CommitmentSchemaTest {

  private static final String AUDIT_VALUES = "0, CURRENT_TIMESTAMP, 's', CURRENT_TIMESTAMP, 's'";
  private static final String AUDIT_COLUMNS =
      "version, created_at, created_by, updated_at, updated_by";

  private final InMemoryDatabase database = new InMemoryDatabase();
  private Connection connection;

  @BeforeEach
  void connect() throws SQLException {
    connection = database.connection();
    sql(
        "INSERT INTO institution (id, name, name_key, kind, country_code, national_team_member, "
            + AUDIT_COLUMNS
            + ") VALUES (1, 'Municipalidad', 'municipalidad', 'MINISTRY', 'GT', false, "
            + AUDIT_VALUES
            + ")");
    sql(
        "INSERT INTO institution (id, name, name_key, kind, country_code, national_team_member, "
            + AUDIT_COLUMNS
            + ") VALUES (2, 'ACNUR', 'acnur', 'UN_AGENCY', 'GT', false, "
            + AUDIT_VALUES
            + ")");
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    connection.close();
    database.close();
  }

  private void sql(String statement) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.executeUpdate(statement);
    }
  }

  private static String text(String value) {
    return value == null ? "NULL" : "'" + value + "'";
  }

  private void insertCommitment(
      long id,
      String submitter,
      String event,
      String type,
      String area,
      String status,
      String reason)
      throws SQLException {
    sql(
        "INSERT INTO commitment (id, title, event_id, submitter_id, commitment_type, thematic_area,"
            + " status, cancellation_reason, "
            + AUDIT_COLUMNS
            + ") VALUES ("
            + id
            + ", 'Ventanilla', "
            + event
            + ", "
            + submitter
            + ", "
            + text(type)
            + ", "
            + text(area)
            + ", "
            + text(status)
            + ", "
            + text(reason)
            + ", "
            + AUDIT_VALUES
            + ")");
  }

  private void insertCommitment(long id, String status, String reason) throws SQLException {
    insertCommitment(id, "1", "NULL", "POLICY", "PROTECTION", status, reason);
  }

  private void insertUpdate(long id, long commitmentId, String from, String to)
      throws SQLException {
    sql(
        "INSERT INTO progress_update (id, commitment_id, reported_on, narrative, from_status,"
            + " to_status, author, "
            + AUDIT_COLUMNS
            + ") VALUES ("
            + id
            + ", "
            + commitmentId
            + ", DATE('2024-09-20'), 'Avance', "
            + text(from)
            + ", "
            + text(to)
            + ", 'ana', "
            + AUDIT_VALUES
            + ")");
  }

  private static AbstractThrowableAssert<?, ?> refused(ThrowingCallable statement) {
    return assertThatThrownBy(statement).isInstanceOf(SQLException.class);
  }

  private int rows(String table) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  @Test
  void aWellFormedCommitmentIsAccepted() throws SQLException {
    insertCommitment(1, "PLANNING", null);
    insertCommitment(2, "CANCELLED", "Sin fondos");

    assertThat(rows("commitment")).isEqualTo(2);
  }

  @Test
  void aCommitmentNeedsAnExistingSubmitter() {
    refused(() -> insertCommitment(1, "NULL", "NULL", "POLICY", "HEALTH", "PLANNING", null))
        .hasMessageContaining("SUBMITTER_ID");
    refused(() -> insertCommitment(1, "99", "NULL", "POLICY", "HEALTH", "PLANNING", null))
        .hasMessageContaining("FK_COMMITMENT_SUBMITTER");
  }

  @Test
  void aCommitmentsEventMustExist() {
    refused(() -> insertCommitment(1, "1", "99", "POLICY", "HEALTH", "PLANNING", null))
        .hasMessageContaining("FK_COMMITMENT_EVENT");
  }

  @Test
  void anUnknownTypeAreaOrStatusIsRefused() {
    refused(() -> insertCommitment(1, "1", "NULL", "PROMISE", "HEALTH", "PLANNING", null))
        .hasMessageContaining("CK_COMMITMENT_TYPE");
    refused(() -> insertCommitment(1, "1", "NULL", "POLICY", "SPORTS", "PLANNING", null))
        .hasMessageContaining("CK_COMMITMENT_AREA");
    refused(() -> insertCommitment(1, "1", "NULL", "POLICY", "HEALTH", "DONE", null))
        .hasMessageContaining("CK_COMMITMENT_STATUS");
  }

  @Test
  void aBlankTitleIsRefused() {
    refused(
            () ->
                sql(
                    "INSERT INTO commitment (id, title, submitter_id, commitment_type,"
                        + " thematic_area, status, "
                        + AUDIT_COLUMNS
                        + ") VALUES (1, '  ', 1, 'POLICY', 'HEALTH', 'PLANNING', "
                        + AUDIT_VALUES
                        + ")"))
        .hasMessageContaining("CK_COMMITMENT_TITLE");
  }

  @Test
  void cancellingWithoutAReasonIsRefused() {
    refused(() -> insertCommitment(1, "CANCELLED", null))
        .hasMessageContaining("CK_COMMITMENT_CANCELLATION");
    refused(() -> insertCommitment(1, "CANCELLED", "   "))
        .hasMessageContaining("CK_COMMITMENT_CANCELLATION");
  }

  @Test
  void aCancellationReasonWithoutCancellingIsRefused() {
    refused(() -> insertCommitment(1, "IN_PROGRESS", "Sin fondos"))
        .hasMessageContaining("CK_COMMITMENT_CANCELLATION");
  }

  @Test
  void aCosponsorIsRecordedOnceAndMustExist() throws SQLException {
    insertCommitment(1, "PLANNING", null);
    sql("INSERT INTO commitment_cosponsor (commitment_id, institution_id) VALUES (1, 2)");

    refused(
            () ->
                sql(
                    "INSERT INTO commitment_cosponsor (commitment_id, institution_id) VALUES (1, 2)"))
        .hasMessageContaining("UQ_COMMITMENT_COSPONSOR");
    refused(
            () ->
                sql(
                    "INSERT INTO commitment_cosponsor (commitment_id, institution_id) VALUES (1, 99)"))
        .hasMessageContaining("FK_COSPONSOR_INSTITUTION");
    refused(
            () ->
                sql(
                    "INSERT INTO commitment_cosponsor (commitment_id, institution_id) VALUES (99, 2)"))
        .hasMessageContaining("FK_COSPONSOR_COMMITMENT");
    assertThat(rows("commitment_cosponsor")).isEqualTo(1);
  }

  @Test
  void progressUpdatesWithAnAllowedMoveOrNoneAreAccepted() throws SQLException {
    insertCommitment(1, "FULFILLED", null);

    insertUpdate(1, 1, "PLANNING", "IN_PROGRESS");
    insertUpdate(2, 1, null, null);
    insertUpdate(3, 1, "IN_PROGRESS", "FULFILLED");

    assertThat(rows("progress_update")).isEqualTo(3);
  }

  @Test
  void aStatusChangeNamesBothStatusesOrNeither() throws SQLException {
    insertCommitment(1, "PLANNING", null);

    refused(() -> insertUpdate(1, 1, "PLANNING", null))
        .hasMessageContaining("CK_PROGRESS_UPDATE_STATUS_PAIR");
    refused(() -> insertUpdate(1, 1, null, "IN_PROGRESS"))
        .hasMessageContaining("CK_PROGRESS_UPDATE_STATUS_PAIR");
  }

  @Test
  void aProgressUpdateWithAMoveThatIsNotAllowedIsRefused() throws SQLException {
    insertCommitment(1, "PLANNING", null);

    refused(() -> insertUpdate(1, 1, "PLANNING", "FULFILLED"))
        .hasMessageContaining("CK_PROGRESS_UPDATE_MOVE");
    refused(() -> insertUpdate(1, 1, "FULFILLED", "IN_PROGRESS"))
        .hasMessageContaining("CK_PROGRESS_UPDATE_MOVE");
    refused(() -> insertUpdate(1, 1, "CANCELLED", "PLANNING"))
        .hasMessageContaining("CK_PROGRESS_UPDATE_MOVE");
    refused(() -> insertUpdate(1, 1, "IN_PROGRESS", "DONE"))
        .hasMessageContaining("CK_PROGRESS_UPDATE_MOVE");
  }

  @Test
  void aProgressUpdateBelongsToAnExistingCommitmentAndHasADateAndNarrative() throws SQLException {
    insertCommitment(1, "PLANNING", null);

    refused(() -> insertUpdate(1, 99, null, null))
        .hasMessageContaining("FK_PROGRESS_UPDATE_COMMITMENT");
    refused(
            () ->
                sql(
                    "INSERT INTO progress_update (id, commitment_id, reported_on, narrative, author, "
                        + AUDIT_COLUMNS
                        + ") VALUES (1, 1, NULL, 'Avance', 'ana', "
                        + AUDIT_VALUES
                        + ")"))
        .hasMessageContaining("REPORTED_ON");
    refused(
            () ->
                sql(
                    "INSERT INTO progress_update (id, commitment_id, reported_on, narrative, author, "
                        + AUDIT_COLUMNS
                        + ") VALUES (1, 1, DATE('2024-09-20'), ' ', 'ana', "
                        + AUDIT_VALUES
                        + ")"))
        .hasMessageContaining("CK_PROGRESS_UPDATE_NARRATIVE");
  }

  @Test
  void aCommitmentWithProgressCannotBeDeletedAlone() throws SQLException {
    insertCommitment(1, "PLANNING", null);
    insertUpdate(1, 1, null, null);

    refused(() -> sql("DELETE FROM commitment WHERE id = 1"))
        .hasMessageContaining("FK_PROGRESS_UPDATE_COMMITMENT");
    assertThatCode(
            () -> {
              sql("DELETE FROM progress_update WHERE commitment_id = 1");
              sql("DELETE FROM commitment WHERE id = 1");
            })
        .doesNotThrowAnyException();
  }
}
