package gt.mirps.coordination.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.system.InMemoryDatabase;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaTagRepositoryTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private void addAll(String... labels) {
    database.inTransaction(
        em -> {
          JpaTagRepository tags = new JpaTagRepository(em);
          for (String label : labels) {
            tags.add(new Tag(label));
          }
        });
  }

  private List<String> search(String prefix, int max) {
    return database.fromTransaction(
        em ->
            new JpaTagRepository(em)
                .searchByLabelPrefix(prefix, max).stream().map(Tag::label).toList());
  }

  @Test
  void aTagRoundTripsThroughTheDatabase() {
    long id =
        database.fromTransaction(
            em -> new JpaTagRepository(em).add(new Tag("Carlos Ramiro Martínez")).id());

    Tag read = database.fromTransaction(em -> em.find(Tag.class, id));

    assertThat(read.label()).isEqualTo("Carlos Ramiro Martínez");
    assertThat(read.slug()).isEqualTo("carlos-ramiro-martinez");
    assertThat(read.createdBy()).isEqualTo("system");
    assertThat(read.createdAt()).isNotNull();
  }

  @Test
  void findsATagBySlug() {
    addAll("migración", "Acnur");

    Optional<Tag> migration =
        database.fromTransaction(em -> new JpaTagRepository(em).findBySlug("migracion"));
    Optional<Tag> none =
        database.fromTransaction(em -> new JpaTagRepository(em).findBySlug("migración"));

    assertThat(migration).map(Tag::label).contains("migración");
    assertThat(none).isEmpty();
  }

  @Test
  void theDatabaseRefusesASecondTagWithTheSameSlug() {
    addAll("Acnur");

    assertThatThrownBy(() -> addAll("ACNUR")).isInstanceOf(PersistenceException.class);
    long count =
        database.fromTransaction(
            em -> em.createQuery("select count(t) from Tag t", Long.class).getSingleResult());
    assertThat(count).isEqualTo(1);
  }

  @Test
  void theDatabaseRefusesAnEmptySlug() throws SQLException {
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement()) {
      assertThatThrownBy(
              () ->
                  sql.executeUpdate(
                      "INSERT INTO tag (id, label, slug, version, created_at, created_by,"
                          + " updated_at, updated_by) VALUES (1, '!', '', 0, CURRENT_TIMESTAMP,"
                          + " 's', CURRENT_TIMESTAMP, 's')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_TAG_SLUG");
    }
  }

  @Test
  void searchFindsLabelsByPrefixIgnoringAccentsCaseAndPunctuation() {
    addAll("migración", "Movilidad humana", "MINEX", "Carlos Ramiro Martínez", "canciller");

    assertThat(search("Mi", 10)).containsExactly("migración", "MINEX");
    assertThat(search("MIGRÁ", 10)).containsExactly("migración");
    assertThat(search("carlos r", 10)).containsExactly("Carlos Ramiro Martínez");
    assertThat(search("c", 10)).containsExactly("canciller", "Carlos Ramiro Martínez");
    assertThat(search("m", 2)).containsExactly("migración", "MINEX");
    assertThat(search("refugiados", 10)).isEmpty();
  }

  @Test
  void searchWithNothingToSearchForFindsNothing() {
    addAll("Acnur", "OEA");

    assertThat(search("", 10)).isEmpty();
    assertThat(search("%", 10)).isEmpty();
    assertThat(search("_", 10)).isEmpty();
  }
}
