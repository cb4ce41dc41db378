package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Communiqués saved before the search key existed get one at start-up, and are found again. */
class SearchKeyBackfillJpaTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  @Test
  void aCommuniqueWithoutSearchKeyIsIndexedAndFoundByThePublicSearch() throws SQLException {
    long old =
        database.fromTransaction(
            em ->
                JpaAnnouncementRepositoryTest.publish(
                    em,
                    "Alcaldía de Xelajú firma la Carta de Ciudades Solidarias",
                    "alcaldia-xelaju",
                    Instant.parse("2024-09-26T18:00:00Z"),
                    "Ciudades Solidarias"));
    long recent =
        database.fromTransaction(
            em ->
                JpaAnnouncementRepositoryTest.publish(
                    em,
                    "Otro comunicado",
                    "otro-comunicado",
                    Instant.parse("2024-10-01T18:00:00Z")));
    try (Connection connection = database.connection();
        PreparedStatement forget =
            connection.prepareStatement("update announcement set search_key = null where id = ?")) {
      forget.setLong(1, old);
      assertThat(forget.executeUpdate()).isEqualTo(1);
    }
    PublicSearch search = new PublicSearch("XELAJU carta", null, null);
    long foundBefore =
        database.fromTransaction(em -> new JpaAnnouncementRepository(em).countPublished(search));
    assertThat(foundBefore).isZero();

    int indexed =
        database.fromTransaction(
            em -> new SearchKeyBackfill(new JpaAnnouncementRepository(em)).indexAll());

    assertThat(indexed).isEqualTo(1);
    List<Long> found =
        database.fromTransaction(
            em ->
                new JpaAnnouncementRepository(em)
                    .searchPublished(search, 0, 10).stream().map(Announcement::id).toList());
    assertThat(found).containsExactly(old);
    String untouched =
        database.fromTransaction(
            em -> new JpaAnnouncementRepository(em).find(recent).orElseThrow().searchKey());
    assertThat(untouched).contains("otro comunicado");
    int again =
        database.fromTransaction(
            em -> new SearchKeyBackfill(new JpaAnnouncementRepository(em)).indexAll());
    assertThat(again).isZero();
  }
}
