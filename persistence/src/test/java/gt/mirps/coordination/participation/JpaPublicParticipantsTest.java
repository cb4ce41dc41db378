package gt.mirps.coordination.participation;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.directory.Directory;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaPublicParticipantsTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  @Test
  void onlyConsentingPeopleAndDelegationsArePublicPagedAndCountedByTheDatabase() {
    long eventId =
        database.fromTransaction(
            em -> {
              Institution minex = Directory.institution(em, "Ministerio de Relaciones", "MINEX");
              Event event = Directory.event(em, "Reunión abierta", 10);
              Event other = Directory.event(em, "Otra reunión", 11);
              for (String name : List.of("Ana López", "Luis Pérez", "Rosa Díaz")) {
                Person person = Directory.person(em, name);
                person.consentToPublicLists(true);
                Directory.attends(em, event, person, minex);
              }
              Directory.attends(em, event, Directory.person(em, "Sin Consentimiento"), minex);
              Person withdrawn = Directory.person(em, "Cancelada Con Consentimiento");
              withdrawn.consentToPublicLists(true);
              Directory.attends(em, event, withdrawn, minex).cancel();
              Directory.delegation(em, event, minex, 4);
              Person elsewhere = Directory.person(em, "De Otro Evento");
              elsewhere.consentToPublicLists(true);
              Directory.attends(em, other, elsewhere, minex);
              return event.id();
            });

    long total =
        database.fromTransaction(em -> new JpaPublicParticipants(em).countOfEvent(eventId));
    List<String> firstPage =
        database.fromTransaction(
            em ->
                new JpaPublicParticipants(em)
                    .ofEvent(eventId, 0, 3).stream().map(Participation::displayName).toList());
    List<String> secondPage =
        database.fromTransaction(
            em ->
                new JpaPublicParticipants(em)
                    .ofEvent(eventId, 3, 3).stream().map(Participation::displayName).toList());

    assertThat(total).isEqualTo(4);
    assertThat(firstPage).containsExactly("Ana López", "Luis Pérez", "Rosa Díaz");
    assertThat(secondPage).hasSize(1).noneMatch(name -> name.contains("Consentimiento"));
  }
}
