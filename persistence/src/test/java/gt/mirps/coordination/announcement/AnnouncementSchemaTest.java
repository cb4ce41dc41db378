package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The database keeps the communiqué rules even against SQL that bypasses the domain. */
class AnnouncementSchemaTest {

  private static final String AUDIT_VALUES = "0, CURRENT_TIMESTAMP, 's', CURRENT_TIMESTAMP, 's'";
  private static final String AUDIT_COLUMNS =
      "version, created_at, created_by, updated_at, updated_by";

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private static String announcement(long id, String state, String slug, String publishedAt) {
    return "INSERT INTO announcement (id, state, slug, published_at, "
        + AUDIT_COLUMNS
        + ") VALUES ("
        + id
        + ", '"
        + state
        + "', "
        + (slug == null ? "NULL" : "'" + slug + "'")
        + ", "
        + (publishedAt == null ? "NULL" : "TIMESTAMP('" + publishedAt + "')")
        + ", "
        + AUDIT_VALUES
        + ")";
  }

  private static void attachment(Connection connection, long id, long size, String mediaType)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO attachment (id, announcement_id, position, file_name, media_type,"
                + " size_bytes, sha256, content, "
                + AUDIT_COLUMNS
                + ") VALUES (?, 1, 0, 'a.csv', ?, ?, ?, ?, "
                + AUDIT_VALUES
                + ")")) {
      insert.setLong(1, id);
      insert.setString(2, mediaType);
      insert.setLong(3, size);
      insert.setString(4, String.format("%064d", id));
      insert.setBytes(5, new byte[] {'a'});
      insert.executeUpdate();
    }
  }

  @Test
  void draftsNeedNoSlugButPublishedOnesDo() throws SQLException {
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(announcement(1, "DRAFT", null, null));
      sql.executeUpdate(announcement(2, "IN_REVIEW", null, null));
      sql.executeUpdate(announcement(3, "PUBLISHED", "uno", "2024-09-25 12:00:00"));
      sql.executeUpdate(announcement(4, "ARCHIVED", "dos", "2024-09-25 12:00:00"));

      assertThatThrownBy(() -> sql.executeUpdate(announcement(5, "PUBLISHED", null, null)))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_ANNOUNCEMENT_PUBLISHED");
      assertThatThrownBy(() -> sql.executeUpdate(announcement(6, "ARCHIVED", "tres", null)))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_ANNOUNCEMENT_PUBLISHED");
      assertThatThrownBy(
              () -> sql.executeUpdate(announcement(7, "PUBLISHED", null, "2024-09-25 12:00:00")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_ANNOUNCEMENT_PUBLISHED");
    }
  }

  @Test
  void theStateMustBeOneOfTheFour() throws SQLException {
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement()) {
      assertThatThrownBy(
              () -> sql.executeUpdate(announcement(1, "DELETED", "uno", "2024-09-25 12:00:00")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_ANNOUNCEMENT_STATE");
    }
  }

  @Test
  void aSlugBelongsToOneCommunique() throws SQLException {
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(announcement(1, "PUBLISHED", "uno", "2024-09-25 12:00:00"));

      assertThatThrownBy(
              () -> sql.executeUpdate(announcement(2, "ARCHIVED", "uno", "2024-09-25 12:00:00")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("UQ_ANNOUNCEMENT_SLUG");
    }
  }

  @Test
  void anAttachmentIsBetweenOneByteAndTwentyMegabytes() throws SQLException {
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(announcement(1, "DRAFT", null, null));
      attachment(connection, 1, 1, "text/csv");
      attachment(connection, 2, 20971520, "text/csv");

      assertThatThrownBy(() -> attachment(connection, 3, 0, "text/csv"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_ATTACHMENT_SIZE");
      assertThatThrownBy(() -> attachment(connection, 4, 20971521, "text/csv"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_ATTACHMENT_SIZE");
    }
  }

  @Test
  void anAttachmentHasOneOfTheAllowedMediaTypes() throws SQLException {
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(announcement(1, "DRAFT", null, null));
      for (MediaType type : MediaType.values()) {
        attachment(connection, 10 + type.ordinal(), 1, type.mimeType());
      }

      assertThatThrownBy(() -> attachment(connection, 1, 1, "image/gif"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_ATTACHMENT_MEDIA_TYPE");
      assertThatThrownBy(() -> attachment(connection, 2, 1, "text/html"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_ATTACHMENT_MEDIA_TYPE");
    }
  }

  @Test
  void aRelatedEventMustExist() throws SQLException {
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(announcement(1, "DRAFT", null, null));

      assertThatThrownBy(
              () ->
                  sql.executeUpdate(
                      "INSERT INTO announcement_event (announcement_id, event_id) VALUES (1, 999)"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("FK_ANNOUNCEMENT_EVENT_EVENT");
    }
  }

  @Test
  void aTagIsOnACommuniqueOnce() throws SQLException {
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(announcement(1, "DRAFT", null, null));
      sql.executeUpdate(
          "INSERT INTO tag (id, label, slug, "
              + AUDIT_COLUMNS
              + ") VALUES (1, 'OEA', 'oea', "
              + AUDIT_VALUES
              + ")");
      sql.executeUpdate(
          "INSERT INTO announcement_tag (announcement_id, tag_id, position) VALUES (1, 1, 0)");

      assertThatThrownBy(
              () ->
                  sql.executeUpdate(
                      "INSERT INTO announcement_tag (announcement_id, tag_id, position)"
                          + " VALUES (1, 1, 1)"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("PK_ANNOUNCEMENT_TAG");
      assertThat(connection.isClosed()).isFalse();
    }
  }
}
