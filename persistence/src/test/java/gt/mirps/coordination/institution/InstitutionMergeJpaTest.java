package gt.mirps.coordination.institution;

import static gt.mirps.coordination.directory.Directory.attends;
import static gt.mirps.coordination.directory.Directory.delegation;
import static gt.mirps.coordination.directory.Directory.event;
import static gt.mirps.coordination.directory.Directory.foreignKeysTo;
import static gt.mirps.coordination.directory.Directory.institution;
import static gt.mirps.coordination.directory.Directory.municipality;
import static gt.mirps.coordination.directory.Directory.person;
import static gt.mirps.coordination.directory.Directory.rowsPointingTo;
import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.directory.Directory.ForeignKey;
import gt.mirps.coordination.directory.Directory.ListTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Territory;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Merging two records of one institution against the real schema. */
class InstitutionMergeJpaTest {

  private final InMemoryDatabase database = new InMemoryDatabase();
  private final ListTrail trail = new ListTrail();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  /** Ids of the records the fixture makes. */
  private record Fixture(
      long duplicate,
      long kept,
      long child,
      long person,
      long first,
      long second,
      long submitted,
      long sponsored,
      long city) {}

  /**
   * A duplicate referenced from every table that can point to an institution, and a kept record
   * that already shares a delegation, an event and commitments with it.
   */
  private Fixture fullyReferenced() {
    return database.fromTransaction(
        em -> {
          Institution kept = municipality(em, "Municipalidad de Huehuetenango", 1301L);
          Institution duplicate = municipality(em, "Muni de Huehuetenango", 1301L);
          duplicate.abbreviate("MUNIHUE");
          duplicate.addAlias("Municipalidad de Huehue");
          Institution other = institution(em, "Ministerio de Relaciones Exteriores", "MINEX");
          Institution child = institution(em, "Oficina Municipal de la Niñez", "OMN");
          child.placeUnder(duplicate);

          Person alcalde = person(em, "Mauro Guzmán");
          alcalde.joinInstitution(duplicate, "Alcalde", LocalDate.of(2024, 1, 15));

          Event first = event(em, "Reunión de alcaldes", 10);
          first.organisedBy(duplicate);
          Event second = event(em, "Taller municipal", 11);
          second.organisedBy(kept);
          second.coOrganisedBy(duplicate);
          attends(em, first, alcalde, duplicate);
          delegation(em, first, duplicate, 3);
          delegation(em, first, kept, 2);
          delegation(em, second, duplicate, 4);

          Commitment submitted =
              new Commitment(
                  "Oficina de atención a personas retornadas",
                  duplicate,
                  CommitmentType.POLICY,
                  ThematicArea.PROTECTION);
          submitted.cosponsor(kept);
          submitted.cosponsor(other);
          em.persist(submitted);
          Commitment sponsored =
              new Commitment(
                  "Ferias de empleo", other, CommitmentType.TECHNICAL, ThematicArea.EMPLOYMENT);
          sponsored.cosponsor(duplicate);
          em.persist(sponsored);

          SolidarityCity city =
              new SolidarityCity(
                  SolidarityCityKind.MUNICIPALITY,
                  em.find(Territory.class, 1301L),
                  LocalDate.of(2024, 9, 25),
                  LocalDate.of(2025, 1, 1));
          city.representedBy(duplicate);
          em.persist(city);
          em.flush();
          return new Fixture(
              duplicate.id(),
              kept.id(),
              child.id(),
              alcalde.id(),
              first.id(),
              second.id(),
              submitted.id(),
              sponsored.id(),
              city.id());
        });
  }

  private Institution merge(long duplicate, long kept) {
    return database.fromTransaction(
        em ->
            new InstitutionMerger(
                    new JpaInstitutionRepository(em),
                    new JpaInstitutionReferences(em),
                    trail.auditor())
                .merge(duplicate, kept));
  }

  @Test
  void mergingAFullyReferencedDuplicateLeavesNoReferenceToIt() throws SQLException {
    Fixture fixture = fullyReferenced();
    List<ForeignKey> keys = foreignKeysTo(database, "institution");
    assertThat(keys)
        .contains(
            new ForeignKey("participation", "institution_id"),
            new ForeignKey("commitment", "submitter_id"),
            new ForeignKey("institution", "parent_id"),
            new ForeignKey("solidarity_city", "institution_id"));
    // The fixture must point to the duplicate from every foreign key the schema has, so a key
    // added by a later migration and not handled by the merge makes this test fail.
    for (ForeignKey key : keys) {
      assertThat(rowsPointingTo(database, key, fixture.duplicate()))
          .as("rows of %s pointing to the duplicate before the merge", key)
          .isPositive();
    }

    merge(fixture.duplicate(), fixture.kept());

    for (ForeignKey key : keys) {
      assertThat(rowsPointingTo(database, key, fixture.duplicate())).as(key.toString()).isZero();
    }
    boolean stillThere =
        database.fromTransaction(
            em -> new JpaInstitutionRepository(em).find(fixture.duplicate()).isPresent());
    assertThat(stillThere).isFalse();
  }

  @Test
  void everyReferenceFollowsTheKeptRecordAndNothingIsCountedTwice() {
    Fixture f = fullyReferenced();

    merge(f.duplicate(), f.kept());

    database.inTransaction(
        em -> {
          Institution kept = em.find(Institution.class, f.kept());
          assertThat(kept.isKnownAs("Muni de Huehuetenango")).isTrue();
          assertThat(kept.isKnownAs("munihue")).isTrue();
          assertThat(kept.isKnownAs("Municipalidad de Huehue")).isTrue();
          assertThat(em.find(Institution.class, f.child()).parent()).contains(kept);
          assertThat(
                  em.find(Person.class, f.person())
                      .currentAffiliation()
                      .orElseThrow()
                      .institution())
              .isEqualTo(kept);
          assertThat(em.find(Event.class, f.first()).organisers()).containsExactly(kept);
          Event second = em.find(Event.class, f.second());
          assertThat(second.organisers()).containsExactly(kept);
          assertThat(second.coOrganisers()).isEmpty();
          Commitment submitted = em.find(Commitment.class, f.submitted());
          assertThat(submitted.submitter()).isEqualTo(kept);
          assertThat(submitted.cosponsors())
              .extracting(Institution::name)
              .containsExactly("Ministerio de Relaciones Exteriores");
          assertThat(em.find(Commitment.class, f.sponsored()).cosponsors()).containsExactly(kept);
          assertThat(em.find(SolidarityCity.class, f.city()).institution()).contains(kept);

          List<Participation> delegations =
              em.createQuery(
                      "select p from Participation p where p.person is null"
                          + " and p.institution.id = :kept order by p.event.startsAt",
                      Participation.class)
                  .setParameter("kept", f.kept())
                  .getResultList();
          assertThat(delegations)
              .extracting(p -> Map.entry(p.event().id(), p.headCount()))
              .containsExactly(Map.entry(f.first(), 5), Map.entry(f.second(), 4));
        });
    assertThat(trail.entries)
        .extracting(AuditEntry::action, AuditEntry::recordId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("institution.merged", f.kept()),
            org.assertj.core.groups.Tuple.tuple("institution.mergedInto", f.duplicate()));
  }

  @Test
  void aKeptRecordUnderTheDuplicateTakesItsPlaceInTheTree() {
    long[] ids =
        database.fromTransaction(
            em -> {
              Institution top = institution(em, "Presidencia", "PRES");
              Institution duplicate = institution(em, "Secretaría de Bienestar", "SBS");
              duplicate.placeUnder(top);
              Institution kept = institution(em, "Secretaría de Bienestar Social", null);
              kept.placeUnder(duplicate);
              Institution sibling = institution(em, "Dirección de hogares", null);
              sibling.placeUnder(duplicate);
              em.flush();
              return new long[] {top.id(), duplicate.id(), kept.id(), sibling.id()};
            });

    merge(ids[1], ids[2]);

    database.inTransaction(
        em -> {
          Institution kept = em.find(Institution.class, ids[2]);
          assertThat(kept.parent().map(Institution::id)).contains(ids[0]);
          assertThat(kept.acronym()).contains("SBS");
          assertThat(em.find(Institution.class, ids[3]).parent()).contains(kept);
        });
  }
}
