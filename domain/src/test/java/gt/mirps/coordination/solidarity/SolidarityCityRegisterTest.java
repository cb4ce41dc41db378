package gt.mirps.coordination.solidarity;

import static gt.mirps.coordination.solidarity.Places.FLORES;
import static gt.mirps.coordination.solidarity.Places.HUEHUETENANGO;
import static gt.mirps.coordination.solidarity.Places.HUEHUETENANGO_CITY;
import static gt.mirps.coordination.solidarity.Places.SAN_BENITO;
import static gt.mirps.coordination.solidarity.Places.governorshipOf;
import static gt.mirps.coordination.solidarity.Places.municipalityOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Territory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SolidarityCityRegisterTest {

  /** 25 September 2024, 09:00 in Guatemala. */
  private static final Clock MORNING =
      Clock.fixed(Instant.parse("2024-09-25T15:00:00Z"), ZoneOffset.UTC);

  /** Still 25 September in Guatemala (21:00), already the 26th in UTC. */
  private static final Clock EVENING =
      Clock.fixed(Instant.parse("2024-09-26T03:00:00Z"), ZoneOffset.UTC);

  private static final LocalDate SIGNED = LocalDate.of(2023, 5, 10);
  private static final Set<SolidarityService> SERVICES =
      EnumSet.of(
          SolidarityService.EDUCATION,
          SolidarityService.HEALTH,
          SolidarityService.PSYCHOSOCIAL_SUPPORT,
          SolidarityService.SOCIAL_ASSISTANCE);

  private final InMemorySolidarityCities cities = new InMemorySolidarityCities();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();

  private SolidarityCityRegister registerAt(Clock clock) {
    return new SolidarityCityRegister(cities, new Auditor(trail, clock), clock);
  }

  private final SolidarityCityRegister register = registerAt(MORNING);

  private SolidarityCity designateMunicipality(Territory municipality) {
    return register.designate(
        SolidarityCityKind.MUNICIPALITY,
        municipality,
        municipalityOf(municipality),
        SIGNED,
        SERVICES);
  }

  private static AbstractObjectAssert<?, String> refusedWith(ThrowingCallable change) {
    return assertThatThrownBy(change)
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey());
  }

  private AuditEntry lastEntryOf(SolidarityCity city) {
    var entries = trail.of(SolidarityCityRegister.RECORD_TYPE, city.id());
    return entries.get(entries.size() - 1);
  }

  @Test
  void designatingRecordsTheDesignationAndAuditsIt() {
    ChangeAuthor.actingAs(
        "ana.lopez",
        () -> {
          SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);

          assertThat(cities.find(city.id())).containsSame(city);
          assertThat(city.institution()).isPresent();
          assertThat(city.services()).containsExactlyElementsOf(SERVICES);
          AuditEntry entry = lastEntryOf(city);
          assertThat(entry.action()).isEqualTo("designate");
          assertThat(entry.recordType()).isEqualTo("SolidarityCity");
          assertThat(entry.actor()).isEqualTo("ana.lopez");
          assertThat(entry.at()).isEqualTo(MORNING.instant());
          assertThat(entry.detail()).get().asString().contains("1301", "2023-05-10");
        });
  }

  @Test
  void designatingWithoutAnInstitutionIsAllowed() {
    SolidarityCity city =
        register.designate(SolidarityCityKind.DEPARTMENT, HUEHUETENANGO, null, SIGNED, Set.of());

    assertThat(city.institution()).isEmpty();
    assertThat(city.services()).isEmpty();
  }

  @Test
  void aSecondActiveDesignationOfTheSameTerritoryIsRefused() {
    designateMunicipality(HUEHUETENANGO_CITY);

    refusedWith(() -> designateMunicipality(HUEHUETENANGO_CITY))
        .isEqualTo("solidarityCity.territory.alreadyActive");
    assertThat(cities.size()).isEqualTo(1);
    assertThat(trail.all()).hasSize(1);
  }

  @Test
  void aGovernorshipIsRefusedWhileItsDepartmentIsActivelyDesignated() {
    register.designate(SolidarityCityKind.DEPARTMENT, HUEHUETENANGO, null, SIGNED, SERVICES);

    refusedWith(
            () ->
                register.designate(
                    SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP,
                    HUEHUETENANGO,
                    governorshipOf(HUEHUETENANGO),
                    SIGNED,
                    SERVICES))
        .isEqualTo("solidarityCity.territory.alreadyActive");
  }

  @Test
  void differentTerritoriesAreDesignatedSideBySide() {
    designateMunicipality(HUEHUETENANGO_CITY);
    designateMunicipality(FLORES);
    designateMunicipality(SAN_BENITO);
    register.designate(
        SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP,
        HUEHUETENANGO,
        governorshipOf(HUEHUETENANGO),
        SIGNED,
        SERVICES);

    assertThat(register.active())
        .extracting(c -> c.territory().code())
        .containsExactly("13", "1301", "1701", "1703");
    assertThat(register.activeCountByKind())
        .isEqualTo(
            Map.of(
                SolidarityCityKind.MUNICIPALITY, 3L,
                SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP, 1L,
                SolidarityCityKind.DEPARTMENT, 0L));
  }

  @Test
  void aTerritoryCanBeDesignatedAgainOnceItsDesignationEnded() {
    SolidarityCity first = designateMunicipality(HUEHUETENANGO_CITY);
    register.end(first.id(), LocalDate.of(2024, 1, 31));

    SolidarityCity second =
        register.designate(
            SolidarityCityKind.MUNICIPALITY,
            HUEHUETENANGO_CITY,
            null,
            LocalDate.of(2024, 8, 1),
            SERVICES);

    assertThat(second.isActive()).isTrue();
    assertThat(cities.activeFor(HUEHUETENANGO_CITY.id())).containsSame(second);
    assertThat(register.inDepartment("13")).containsExactly(first, second);
  }

  @Test
  void aRuleOfTheDesignationItselfRefusesItBeforeAnythingIsKept() {
    refusedWith(
            () ->
                register.designate(
                    SolidarityCityKind.MUNICIPALITY,
                    HUEHUETENANGO_CITY,
                    municipalityOf(FLORES),
                    SIGNED,
                    SERVICES))
        .isEqualTo("solidarityCity.institution.otherTerritory");
    assertThat(cities.size()).isZero();
    assertThat(trail.all()).isEmpty();
  }

  @Test
  void aSigningDateThatIsTodayInGuatemalaIsAccepted() {
    LocalDate guatemalaToday = LocalDate.of(2024, 9, 25);

    SolidarityCity city =
        registerAt(EVENING)
            .designate(
                SolidarityCityKind.MUNICIPALITY,
                HUEHUETENANGO_CITY,
                null,
                guatemalaToday,
                SERVICES);

    assertThat(city.signedOn()).isEqualTo(guatemalaToday);
  }

  @Test
  void aSigningDateThatIsTodayInUtcButTomorrowInGuatemalaIsRefused() {
    LocalDate utcToday = LocalDate.of(2024, 9, 26);

    refusedWith(
            () ->
                registerAt(EVENING)
                    .designate(
                        SolidarityCityKind.MUNICIPALITY,
                        HUEHUETENANGO_CITY,
                        null,
                        utcToday,
                        SERVICES))
        .isEqualTo("solidarityCity.signedOn.inFuture");
  }

  @Test
  void anEndThatIsTodayInGuatemalaIsAccepted() {
    SolidarityCityRegister evening = registerAt(EVENING);
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);

    evening.end(city.id(), LocalDate.of(2024, 9, 25));

    assertThat(city.endedOn()).contains(LocalDate.of(2024, 9, 25));
  }

  @Test
  void anEndThatIsTomorrowInGuatemalaIsRefused() {
    SolidarityCityRegister evening = registerAt(EVENING);
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);

    refusedWith(() -> evening.end(city.id(), LocalDate.of(2024, 9, 26)))
        .isEqualTo("solidarityCity.endedOn.inFuture");
    assertThat(city.isActive()).isTrue();
  }

  @Test
  void endingIsAudited() {
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);

    register.end(city.id(), LocalDate.of(2024, 6, 30));

    assertThat(city.isActive()).isFalse();
    assertThat(lastEntryOf(city).action()).isEqualTo("end");
    assertThat(lastEntryOf(city).detail()).contains("ended on 2024-06-30");
  }

  @Test
  void endingTwiceIsRefusedAndNotAudited() {
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);
    register.end(city.id(), LocalDate.of(2024, 6, 30));

    refusedWith(() -> register.end(city.id(), LocalDate.of(2024, 7, 1)))
        .isEqualTo("solidarityCity.end.alreadyEnded");
    assertThat(trail.of(SolidarityCityRegister.RECORD_TYPE, city.id()))
        .extracting(AuditEntry::action)
        .containsExactly("designate", "end");
  }

  @Test
  void changingServicesIsAudited() {
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);

    register.changeServices(city.id(), EnumSet.of(SolidarityService.SHELTER));

    assertThat(city.services()).containsExactly(SolidarityService.SHELTER);
    assertThat(lastEntryOf(city).action()).isEqualTo("changeServices");
    assertThat(lastEntryOf(city).detail()).get().asString().contains("SHELTER");
  }

  @Test
  void settingAndClearingTheFocalPointIsAudited() {
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);
    Person focalPoint = new Person("Ana María López");

    register.setFocalPoint(city.id(), focalPoint);
    assertThat(city.focalPoint()).containsSame(focalPoint);
    assertThat(lastEntryOf(city).action()).isEqualTo("setFocalPoint");

    register.setFocalPoint(city.id(), null);
    assertThat(city.focalPoint()).isEmpty();
    assertThat(lastEntryOf(city).detail()).contains("no focal point");
  }

  @Test
  void designatingWithAFocalPointAndTheNetworkRecordsThemTogether() {
    Person focalPoint = new Person("Ana María López");

    SolidarityCity city =
        register.designate(
            SolidarityCityKind.MUNICIPALITY,
            HUEHUETENANGO_CITY,
            municipalityOf(HUEHUETENANGO_CITY),
            SIGNED,
            SERVICES,
            focalPoint,
            true);

    assertThat(city.focalPoint()).containsSame(focalPoint);
    assertThat(city.nationalNetworkMember()).isTrue();
    assertThat(cities.size()).isEqualTo(1);
    assertThat(trail.of(SolidarityCityRegister.RECORD_TYPE, city.id()))
        .extracting(AuditEntry::action)
        .containsExactly("designate", "revise");
  }

  @Test
  void revisingSavesTheFormsFactsAndAuditsThem() {
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);
    Person focalPoint = new Person("Ana María López");

    register.revise(
        city.id(), city.version(), null, EnumSet.of(SolidarityService.LEGAL_AID), focalPoint, true);

    assertThat(city.institution()).isEmpty();
    assertThat(city.services()).containsExactly(SolidarityService.LEGAL_AID);
    assertThat(city.focalPoint()).containsSame(focalPoint);
    assertThat(city.nationalNetworkMember()).isTrue();
    assertThat(lastEntryOf(city).action()).isEqualTo("revise");
    assertThat(lastEntryOf(city).detail()).get().asString().contains("LEGAL_AID");
  }

  @Test
  void revisingOrEndingFromAnOlderVersionIsRefusedAndChangesNothing() {
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);
    long stale = city.version() + 1;

    refusedWith(
            () ->
                register.revise(
                    city.id(), stale, null, EnumSet.noneOf(SolidarityService.class), null, true))
        .isEqualTo("record.changedByOther");
    refusedWith(() -> register.end(city.id(), stale, LocalDate.of(2024, 9, 1)))
        .isEqualTo("record.changedByOther");

    assertThat(city.services()).isEqualTo(SERVICES);
    assertThat(city.nationalNetworkMember()).isFalse();
    assertThat(city.isActive()).isTrue();
    assertThat(trail.of(SolidarityCityRegister.RECORD_TYPE, city.id()))
        .extracting(AuditEntry::action)
        .containsExactly("designate");
  }

  @Test
  void endingFromTheVersionReadEndsTheDesignation() {
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);

    register.end(city.id(), city.version(), LocalDate.of(2024, 9, 1));

    assertThat(city.endedOn()).contains(LocalDate.of(2024, 9, 1));
  }

  @Test
  void theRegisterFiltersByDepartmentStateAndNetworkAndPages() {
    SolidarityCity huehue = designateMunicipality(HUEHUETENANGO_CITY);
    SolidarityCity sanBenito = designateMunicipality(SAN_BENITO);
    register.joinNetwork(sanBenito.id());
    register.end(huehue.id(), LocalDate.of(2024, 9, 1));
    String peten = sanBenito.department().code();

    assertThat(register.count(SolidarityCityFilter.all())).isEqualTo(2);
    assertThat(register.search(new SolidarityCityFilter(peten, null, null), 0, 10))
        .containsExactly(sanBenito);
    assertThat(register.search(new SolidarityCityFilter(null, false, null), 0, 10))
        .containsExactly(huehue);
    assertThat(register.search(new SolidarityCityFilter(null, null, true), 0, 10))
        .containsExactly(sanBenito);
    assertThat(register.search(SolidarityCityFilter.all(), 1, 10)).hasSize(1);
  }

  @Test
  void joiningAndLeavingTheNetworkAreAudited() {
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);

    register.joinNetwork(city.id());
    assertThat(city.nationalNetworkMember()).isTrue();
    register.leaveNetwork(city.id());
    assertThat(city.nationalNetworkMember()).isFalse();

    assertThat(trail.of(SolidarityCityRegister.RECORD_TYPE, city.id()))
        .extracting(AuditEntry::action)
        .containsExactly("designate", "joinNetwork", "leaveNetwork");
  }

  @Test
  void editingAnEndedDesignationIsRefusedAndNotAudited() {
    SolidarityCity city = designateMunicipality(HUEHUETENANGO_CITY);
    long id = city.id();
    register.end(id, LocalDate.of(2024, 6, 30));

    refusedWith(() -> register.changeServices(id, Set.of())).isEqualTo("solidarityCity.ended");
    refusedWith(() -> register.setFocalPoint(id, new Person("Ana María López")))
        .isEqualTo("solidarityCity.ended");
    refusedWith(() -> register.joinNetwork(id)).isEqualTo("solidarityCity.ended");
    refusedWith(() -> register.leaveNetwork(id)).isEqualTo("solidarityCity.ended");
    assertThat(trail.of(SolidarityCityRegister.RECORD_TYPE, id))
        .extracting(AuditEntry::action)
        .containsExactly("designate", "end");
  }

  @Test
  void changingAnUnknownDesignationIsRefused() {
    refusedWith(() -> register.joinNetwork(999)).isEqualTo("solidarityCity.notFound");
    refusedWith(() -> register.end(999, LocalDate.of(2024, 6, 30)))
        .isEqualTo("solidarityCity.notFound");
    assertThat(trail.all()).isEmpty();
  }
}
