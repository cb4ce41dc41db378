package gt.mirps.coordination.solidarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditTrail;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaSolidarityCityRepositoryTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 9, 25);
  private static final LocalDate SIGNED = LocalDate.of(2023, 5, 10);
  private static final Set<SolidarityService> SERVICES =
      EnumSet.of(
          SolidarityService.EDUCATION,
          SolidarityService.HEALTH,
          SolidarityService.PSYCHOSOCIAL_SUPPORT,
          SolidarityService.SOCIAL_ASSISTANCE);

  private final InMemoryDatabase database = new InMemoryDatabase();
  private final List<AuditEntry> audited = new ArrayList<>();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private static SolidarityCity designation(
      EntityManager em, SolidarityCityKind kind, long territoryId, LocalDate signedOn) {
    return new SolidarityCity(kind, em.find(Territory.class, territoryId), signedOn, TODAY);
  }

  /** A municipality's designation, represented by its municipality, saved. */
  private static SolidarityCity municipality(EntityManager em, long territoryId) {
    SolidarityCity city = designation(em, SolidarityCityKind.MUNICIPALITY, territoryId, SIGNED);
    Institution municipality =
        new Institution(
            "Municipalidad de " + city.territory().name(),
            InstitutionKind.MUNICIPALITY,
            em.find(Country.class, Country.GUATEMALA),
            city.territory());
    em.persist(municipality);
    city.representedBy(municipality);
    city.changeServices(SERVICES);
    return new JpaSolidarityCityRepository(em).add(city);
  }

  private long save(SolidarityCityKind kind, long territoryId, LocalDate signedOn) {
    return database
        .fromTransaction(
            em ->
                new JpaSolidarityCityRepository(em)
                    .add(designation(em, kind, territoryId, signedOn)))
        .id();
  }

  private void end(long id, LocalDate day) {
    database.inTransaction(em -> em.find(SolidarityCity.class, id).end(day, TODAY));
  }

  private <T> T read(Function<JpaSolidarityCityRepository, T> query) {
    return database.fromTransaction(em -> query.apply(new JpaSolidarityCityRepository(em)));
  }

  private Optional<Long> activeIdFor(long territoryId) {
    return read(cities -> cities.activeFor(territoryId).map(SolidarityCity::id));
  }

  private int designationsIn(String departmentCode) {
    return read(cities -> cities.inDepartment(departmentCode).size());
  }

  @Test
  void aDesignationRoundTripsWithItsInstitutionServicesFocalPointAndNetwork() {
    long id =
        database.fromTransaction(
            em -> {
              SolidarityCity city = municipality(em, 1301L);
              Person focalPoint = new Person("Ana María López");
              em.persist(focalPoint);
              city.appointFocalPoint(focalPoint);
              city.joinNetwork();
              return city.id();
            });

    SolidarityCity read = read(cities -> cities.find(id).orElseThrow());

    assertThat(read.kind()).isEqualTo(SolidarityCityKind.MUNICIPALITY);
    assertThat(read.territory().fullName()).isEqualTo("Huehuetenango, Huehuetenango");
    assertThat(read.department().code()).isEqualTo("13");
    assertThat(read.institution())
        .get()
        .extracting(Institution::name)
        .isEqualTo("Municipalidad de Huehuetenango");
    assertThat(read.signedOn()).isEqualTo(SIGNED);
    assertThat(read.services()).containsExactlyElementsOf(SERVICES);
    assertThat(read.focalPoint()).get().extracting(Person::fullName).isEqualTo("Ana María López");
    assertThat(read.nationalNetworkMember()).isTrue();
    assertThat(read.isActive()).isTrue();
    assertThat(read.createdBy()).isEqualTo("system");
  }

  @Test
  void findIsEmptyForAnUnknownId() {
    Optional<SolidarityCity> unknown = read(cities -> cities.find(999_999L));

    assertThat(unknown).isEmpty();
  }

  @Test
  void changedServicesAreSaved() {
    long id = database.fromTransaction(em -> municipality(em, 1701L).id());

    database.inTransaction(
        em ->
            em.find(SolidarityCity.class, id)
                .changeServices(
                    EnumSet.of(
                        SolidarityService.HEALTH,
                        SolidarityService.SHELTER,
                        SolidarityService.LEGAL_AID)));

    Set<SolidarityService> services = read(cities -> cities.find(id).orElseThrow().services());
    assertThat(services)
        .containsExactly(
            SolidarityService.HEALTH, SolidarityService.LEGAL_AID, SolidarityService.SHELTER);
  }

  @Test
  void activeForFindsOnlyTheActiveDesignationOfTheTerritory() {
    long ended = save(SolidarityCityKind.MUNICIPALITY, 1301L, LocalDate.of(2021, 3, 1));
    end(ended, LocalDate.of(2022, 12, 31));
    long active = save(SolidarityCityKind.MUNICIPALITY, 1301L, SIGNED);
    long onlyEnded = save(SolidarityCityKind.MUNICIPALITY, 1701L, SIGNED);
    end(onlyEnded, LocalDate.of(2024, 1, 31));

    assertThat(activeIdFor(1301L)).contains(active);
    assertThat(activeIdFor(1701L)).isEmpty();
    assertThat(activeIdFor(1703L)).isEmpty();
  }

  @Test
  void activeListsByDepartmentThenTerritoryAndLeavesEndedOnesOut() {
    save(SolidarityCityKind.MUNICIPALITY, 2007L, SIGNED);
    save(SolidarityCityKind.DEPARTMENT, 17L, SIGNED);
    save(SolidarityCityKind.MUNICIPALITY, 1703L, SIGNED);
    save(SolidarityCityKind.MUNICIPALITY, 1301L, SIGNED);
    end(save(SolidarityCityKind.MUNICIPALITY, 1802L, SIGNED), TODAY);
    save(SolidarityCityKind.MUNICIPALITY, 1701L, SIGNED);
    save(SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP, 13L, SIGNED);
    save(SolidarityCityKind.MUNICIPALITY, 101L, SIGNED);

    List<SolidarityCity> active = read(JpaSolidarityCityRepository::active);

    assertThat(active)
        .extracting(c -> c.territory().code())
        .containsExactly("0101", "13", "1301", "17", "1701", "1703", "2007");
    assertThat(active)
        .extracting(c -> c.territory().fullName())
        .contains("Flores, Petén", "Esquipulas, Chiquimula", "Huehuetenango");
  }

  @Test
  void activeLoadsTheInstitutionWithTheDesignation() {
    database.inTransaction(
        em -> {
          municipality(em, 1701L);
          municipality(em, 1703L);
        });

    List<SolidarityCity> active = read(JpaSolidarityCityRepository::active);

    assertThat(active)
        .extracting(c -> c.institution().orElseThrow().name())
        .containsExactly("Municipalidad de Flores", "Municipalidad de San Benito");
    assertThat(active).allSatisfy(c -> assertThat(c.services()).hasSize(4));
  }

  @Test
  void inDepartmentListsTheDepartmentItsMunicipalitiesAndTheirEndedDesignations() {
    long endedCity = save(SolidarityCityKind.MUNICIPALITY, 1301L, LocalDate.of(2021, 3, 1));
    end(endedCity, LocalDate.of(2022, 12, 31));
    long city = save(SolidarityCityKind.MUNICIPALITY, 1301L, SIGNED);
    long chiantla = save(SolidarityCityKind.MUNICIPALITY, 1302L, SIGNED);
    long governorship = save(SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP, 13L, SIGNED);
    save(SolidarityCityKind.MUNICIPALITY, 1701L, SIGNED);
    save(SolidarityCityKind.DEPARTMENT, 17L, SIGNED);

    List<SolidarityCity> huehuetenango = read(cities -> cities.inDepartment("13"));
    List<SolidarityCity> nowhere = read(cities -> cities.inDepartment("99"));

    assertThat(huehuetenango)
        .extracting(SolidarityCity::id)
        .containsExactly(governorship, endedCity, city, chiantla);
    assertThat(huehuetenango.get(1).isActive()).isFalse();
    assertThat(nowhere).isEmpty();
  }

  @Test
  void findFiltersByDepartmentStateAndNetworkAndPagesInTheDatabase() {
    long endedCity = save(SolidarityCityKind.MUNICIPALITY, 1301L, LocalDate.of(2021, 3, 1));
    end(endedCity, LocalDate.of(2022, 12, 31));
    long governorship = save(SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP, 13L, SIGNED);
    long chiantla = save(SolidarityCityKind.MUNICIPALITY, 1302L, SIGNED);
    long flores = save(SolidarityCityKind.MUNICIPALITY, 1701L, SIGNED);
    database.inTransaction(em -> em.find(SolidarityCity.class, flores).joinNetwork());

    long all = read(cities -> cities.count(SolidarityCityFilter.all()));
    List<SolidarityCity> inHuehuetenango =
        read(cities -> cities.find(new SolidarityCityFilter("13", null, null), 0, 10));
    long activeInHuehuetenango =
        read(cities -> cities.count(new SolidarityCityFilter("13", true, null)));
    List<SolidarityCity> ended =
        read(cities -> cities.find(new SolidarityCityFilter(null, false, null), 0, 10));
    List<SolidarityCity> inNetwork =
        read(cities -> cities.find(new SolidarityCityFilter(null, null, true), 0, 10));
    List<SolidarityCity> secondPage = read(cities -> cities.find(SolidarityCityFilter.all(), 1, 2));

    assertThat(all).isEqualTo(4);
    assertThat(inHuehuetenango)
        .extracting(SolidarityCity::id)
        .containsExactly(governorship, endedCity, chiantla);
    assertThat(activeInHuehuetenango).isEqualTo(2);
    assertThat(ended).extracting(SolidarityCity::id).containsExactly(endedCity);
    assertThat(inNetwork).extracting(SolidarityCity::id).containsExactly(flores);
    assertThat(secondPage).extracting(SolidarityCity::id).containsExactly(endedCity, chiantla);
  }

  @Test
  void findAndCountFilterByAServiceOffered() {
    long governorship = save(SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP, 13L, SIGNED);
    long flores = save(SolidarityCityKind.MUNICIPALITY, 1701L, SIGNED);
    save(SolidarityCityKind.MUNICIPALITY, 1703L, SIGNED);
    database.inTransaction(
        em -> {
          em.find(SolidarityCity.class, governorship).changeServices(SERVICES);
          em.find(SolidarityCity.class, flores)
              .changeServices(EnumSet.of(SolidarityService.SHELTER, SolidarityService.HEALTH));
        });
    SolidarityCityFilter shelter =
        new SolidarityCityFilter(null, null, null, SolidarityService.SHELTER);
    SolidarityCityFilter health =
        new SolidarityCityFilter(null, true, null, SolidarityService.HEALTH);
    SolidarityCityFilter legalAid =
        new SolidarityCityFilter(null, null, null, SolidarityService.LEGAL_AID);

    List<SolidarityCity> sheltering = read(cities -> cities.find(shelter, 0, 10));
    long shelteringCount = read(cities -> cities.count(shelter));
    List<SolidarityCity> healing = read(cities -> cities.find(health, 0, 10));
    long healingCount = read(cities -> cities.count(health));
    long legalAidCount = read(cities -> cities.count(legalAid));

    assertThat(sheltering).extracting(SolidarityCity::id).containsExactly(flores);
    assertThat(shelteringCount).isEqualTo(1);
    assertThat(healing).extracting(SolidarityCity::id).containsExactly(governorship, flores);
    assertThat(healingCount).isEqualTo(2);
    assertThat(legalAidCount).isZero();
    assertThat(sheltering.get(0).services())
        .containsExactlyInAnyOrder(SolidarityService.SHELTER, SolidarityService.HEALTH);
  }

  @Test
  void activeCountByKindCountsOnlyActiveDesignationsAndEveryKind() {
    save(SolidarityCityKind.MUNICIPALITY, 1301L, SIGNED);
    save(SolidarityCityKind.MUNICIPALITY, 1701L, SIGNED);
    end(save(SolidarityCityKind.MUNICIPALITY, 1703L, SIGNED), TODAY);
    save(SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP, 13L, SIGNED);

    Map<SolidarityCityKind, Long> counts = read(JpaSolidarityCityRepository::activeCountByKind);

    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                SolidarityCityKind.MUNICIPALITY, 2L,
                SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP, 1L,
                SolidarityCityKind.DEPARTMENT, 0L));
  }

  @Test
  void theDatabaseRefusesASecondActiveDesignationOfOneTerritory() {
    save(SolidarityCityKind.MUNICIPALITY, 1301L, SIGNED);

    assertThatThrownBy(() -> save(SolidarityCityKind.MUNICIPALITY, 1301L, TODAY))
        .isInstanceOf(PersistenceException.class);
    assertThat(designationsIn("13")).isEqualTo(1);
  }

  @Test
  void theDatabaseAcceptsANewDesignationOfATerritoryOnceTheOldOneEnded() {
    long first = save(SolidarityCityKind.MUNICIPALITY, 1301L, LocalDate.of(2020, 1, 15));
    end(first, LocalDate.of(2021, 1, 15));
    long second = save(SolidarityCityKind.MUNICIPALITY, 1301L, LocalDate.of(2022, 1, 15));
    end(second, LocalDate.of(2023, 1, 15));

    long third = save(SolidarityCityKind.MUNICIPALITY, 1301L, SIGNED);

    assertThat(activeIdFor(1301L)).contains(third);
    assertThat(designationsIn("13")).isEqualTo(3);
  }

  @Test
  void theActiveListRunsTheSameFewStatementsForFewOrManyDesignations() {
    database.inTransaction(
        em -> {
          for (long territory : List.of(1301L, 1701L)) {
            withFocalPoint(em, municipality(em, territory));
          }
        });
    int forTwo = database.statementsRunBy(em -> readEverything(em));

    database.inTransaction(
        em -> {
          for (long territory : List.of(101L, 1703L, 1801L, 1802L, 2007L, 1302L)) {
            withFocalPoint(em, municipality(em, territory));
          }
        });
    int forEight = database.statementsRunBy(em -> readEverything(em));

    assertThat(forEight).isEqualTo(forTwo).isBetween(1, 3);
  }

  private static void withFocalPoint(EntityManager em, SolidarityCity city) {
    Person focalPoint = new Person("Enlace de " + city.territory().name());
    em.persist(focalPoint);
    city.appointFocalPoint(focalPoint);
  }

  private static void readEverything(EntityManager em) {
    for (SolidarityCity city : new JpaSolidarityCityRepository(em).active()) {
      assertThat(city.territory().fullName()).isNotBlank();
      assertThat(city.department().name()).isNotBlank();
      assertThat(city.institution().map(Institution::displayName)).isPresent();
      assertThat(city.focalPoint().map(Person::fullName)).isPresent();
      assertThat(city.services()).hasSize(SERVICES.size());
    }
  }

  @Test
  void theRegisterDesignatesEndsAndAuditsAgainstTheDatabase() {
    long id =
        database.fromTransaction(
            em ->
                register(em)
                    .designate(
                        SolidarityCityKind.MUNICIPALITY,
                        em.find(Territory.class, 1701L),
                        null,
                        SIGNED,
                        SERVICES)
                    .id());
    database.inTransaction(em -> register(em).end(id, LocalDate.of(2024, 6, 30)));

    Optional<LocalDate> endedOn = read(cities -> cities.find(id).orElseThrow().endedOn());
    assertThat(endedOn).contains(LocalDate.of(2024, 6, 30));
    assertThat(audited)
        .allSatisfy(entry -> assertThat(entry.recordId()).isEqualTo(id))
        .extracting(AuditEntry::action)
        .containsExactly("designate", "end");
  }

  @Test
  void theRegisterRefusesASecondActiveDesignationFoundInTheDatabase() {
    save(SolidarityCityKind.DEPARTMENT, 13L, SIGNED);

    assertThatThrownBy(
            () ->
                database.inTransaction(
                    em ->
                        register(em)
                            .designate(
                                SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP,
                                em.find(Territory.class, 13L),
                                null,
                                SIGNED,
                                SERVICES)))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("solidarityCity.territory.alreadyActive");
    assertThat(designationsIn("13")).isEqualTo(1);
    assertThat(audited).isEmpty();
  }

  /** The register on this entity manager; its audit entries are collected in {@link #audited}. */
  private SolidarityCityRegister register(EntityManager em) {
    AuditTrail trail =
        new AuditTrail() {
          @Override
          public void record(AuditEntry entry) {
            audited.add(entry);
          }

          @Override
          public List<AuditEntry> of(String recordType, long recordId) {
            throw new UnsupportedOperationException();
          }
        };
    return new SolidarityCityRegister(new JpaSolidarityCityRepository(em), new Auditor(trail));
  }
}
