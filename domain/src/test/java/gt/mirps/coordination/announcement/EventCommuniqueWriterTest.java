package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.TestIds;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCommuniqueWriterTest {

  private final EventCommuniqueWriter writer = new EventCommuniqueWriter();
  private final SeedConferenceRecord seed = new SeedConferenceRecord();

  private AnnouncementContent seedDraft() {
    return writer.write(seed.conference, seed.participations.all, seed.commitments.all);
  }

  @Test
  void theDemoConferenceReadsAsACommuniqueNamingItsAuthoritiesWithTheirPositions() {
    AnnouncementContent draft = seedDraft();

    assertThat(draft.title())
        .isEqualTo(
            "La Vicepresidenta de la República y el Canciller participan en la II Conferencia"
                + " Nacional de Ciudades Solidarias");
    assertThat(draft.datelinePlace()).isEqualTo("Guatemala");
    assertThat(draft.datelineDate()).isEqualTo(LocalDate.of(2024, 9, 25));
    assertThat(draft.lead())
        .startsWith(
            "La Vicepresidenta de la República, Karin Herrera, y el Canciller Carlos Ramiro"
                + " Martínez participaron el 25 y 26 de septiembre de 2024 en la II Conferencia"
                + " Nacional de Ciudades Solidarias")
        .contains(
            "organizada por el Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)")
        .contains("celebrada en la Ciudad de Guatemala");
    String body = draft.bodyHtml();
    assertThat(body)
        .startsWith("<p>La Vicepresidenta de la República, Karin Herrera, y el Canciller")
        .contains("el 25 y 26 de septiembre de 2024")
        .contains("la Vicepresidenta de la República, Karin Herrera, como invitada de honor")
        .contains(
            "el Canciller Carlos Ramiro Martínez, del Ministerio de Relaciones Exteriores (MINEX),"
                + " como ponente")
        .contains(
            "la Representante de ACNUR en Guatemala, Besem Obenson, por parte de la organización")
        .contains(
            "el Vicecanciller Antonio Escobedo, del Ministerio de Relaciones Exteriores (MINEX)")
        .contains(
            "tuvo como propósito promover un intercambio de buenas prácticas con gobiernos locales")
        .contains("Marco Integral Regional para la Protección y Soluciones (MIRPS)")
        .contains(
            "En el segmento «La importancia de la creación de la Red Nacional de Ciudades"
                + " Solidarias», intervino el Canciller Carlos Ramiro Martínez.")
        .contains(
            "el Ministerio de Relaciones Exteriores (MINEX) se comprometió a continuar impulsando"
                + " acciones en beneficio de las personas refugiadas")
        .contains("de la Organización de los Estados Americanos (OEA)")
        .contains(
            "delegaciones de los países del MIRPS: Belice, Costa Rica, El Salvador, Honduras, México y Panamá")
        .contains("14 personas de 13 instituciones")
        .endsWith(EventCommuniqueWriter.CLOSING + "</p>")
        .doesNotContain("null")
        .doesNotContain("CONFERENCE")
        .doesNotContain("SPEAKER")
        .doesNotContain("September");
    assertThat(body.split("<p>")).hasSize(7);
    assertThat(RichText.sanitize(body)).isEqualTo(body);
  }

  @Test
  void aPersonWithoutConsentIsNotNamedButTheirPositionAndInstitutionAre() {
    Institution ministry =
        seed.institution(
            "Ministerio de Trabajo y Previsión Social", "MINTRAB", InstitutionKind.MINISTRY);
    Person private_ = seed.person("Ana Lucía Pérez", "Licda.", ministry, "Viceministra");
    private_.consentToPublicLists(false);
    seed.attended(private_, ParticipationRole.PANELLIST);
    Person plain = seed.person("José Gómez", null, ministry, null);
    plain.consentToPublicLists(false);
    seed.attended(plain, ParticipationRole.ATTENDEE);

    String body = seedDraft().bodyHtml();

    assertThat(body)
        .doesNotContain("Ana Lucía Pérez")
        .doesNotContain("José Gómez")
        .contains(
            "la Viceministra, del Ministerio de Trabajo y Previsión Social (MINTRAB), como"
                + " panelista");
  }

  @Test
  void anInstitutionWhoseOnlyPersonDidNotConsentIsStillListed() {
    Institution ngo = seed.institution("Asociación Pop No'j", null, InstitutionKind.NGO);
    Person someone = seed.person("María Tum", null, ngo, null);
    someone.consentToPublicLists(false);
    seed.attended(someone, ParticipationRole.ATTENDEE);

    String body = seedDraft().bodyHtml();

    assertThat(body).doesNotContain("María Tum").contains("de la Asociación Pop No&#39;j");
  }

  @Test
  void aOneDayMeetingWithNoSessionsNoCommitmentsAndNoPeopleStillGivesGoodText() {
    Event meeting =
        TestIds.assign(
            new Event(
                "Reunión del Equipo Técnico Nacional",
                EventKind.MEETING,
                LocalDateTime.of(2025, 3, 4, 9, 0),
                LocalDateTime.of(2025, 3, 4, 12, 0)),
            9001);

    AnnouncementContent draft = writer.write(meeting, List.of(), List.of());

    assertThat(draft.title()).isEqualTo("Se realizará la Reunión del Equipo Técnico Nacional");
    assertThat(draft.datelinePlace()).isEqualTo("Guatemala");
    assertThat(draft.datelineDate()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(draft.bodyHtml())
        .isEqualTo(
            "<p>La Reunión del Equipo Técnico Nacional se llevará a cabo el 4 de marzo de 2025.</p>\n"
                + "<p>"
                + EventCommuniqueWriter.CLOSING
                + "</p>");
  }

  @Test
  void aHeldWorkshopOrganisedByTwoWithOnlyDelegationsIsToldInThePast() {
    Institution igm =
        seed.institution(
            "Instituto Guatemalteco de Migración", "IGM", InstitutionKind.GOVERNMENT_AGENCY);
    Institution oim =
        seed.institution(
            "Organización Internacional para las Migraciones",
            "OIM",
            InstitutionKind.INTERNATIONAL_ORGANISATION);
    Event workshop =
        TestIds.assign(
            new Event(
                "Taller de <protección> & asilo",
                EventKind.WORKSHOP,
                LocalDateTime.of(2024, 9, 30, 9, 0),
                LocalDateTime.of(2024, 10, 2, 17, 0)),
            9002);
    workshop.organisedBy(List.of(igm, oim), List.of());
    workshop.locate("Hotel Camino Real", "Quetzaltenango", null);
    workshop.markHeld();
    Participation delegation =
        Participation.delegation(
            workshop,
            igm,
            5,
            ParticipationRole.DELEGATE,
            gt.mirps.coordination.participation.AttendanceState.REGISTERED,
            gt.mirps.coordination.participation.ParticipantCode.next());

    AnnouncementContent draft = writer.write(workshop, List.of(delegation), List.of());

    assertThat(draft.title()).isEqualTo("IGM organiza el Taller de <protección> & asilo");
    assertThat(draft.datelinePlace()).isEqualTo("Quetzaltenango");
    assertThat(draft.bodyHtml())
        .startsWith(
            "<p>El Taller de &lt;protección&gt; &amp; asilo se llevó a cabo del 30 de septiembre al"
                + " 2 de octubre de 2024 en el Hotel Camino Real, Quetzaltenango, organizado por el"
                + " Instituto Guatemalteco de Migración (IGM) y la Organización Internacional para"
                + " las Migraciones (OIM).</p>")
        .contains(
            "En el taller participaron representantes del Instituto Guatemalteco de Migración (IGM).")
        .contains("En total, se registró la asistencia de 5 personas.")
        .doesNotContain("<protección>");
  }

  @Test
  void aPlannedWorkshopWithSessionsAndSeveralCommitmentsIsToldInTheFuture() {
    Event workshop =
        TestIds.assign(
            new Event(
                "Taller de protección internacional",
                EventKind.WORKSHOP,
                LocalDateTime.of(2025, 6, 10, 9, 0),
                LocalDateTime.of(2025, 6, 12, 17, 0)),
            9003);
    workshop.describe(
        "Fortalecer las capacidades de los gobiernos locales.", "Plan Nacional de Movilidad");
    workshop.locate(null, null, SeedConferenceRecord.GUATEMALA_CITY);
    Person directora = seed.person("Ana Morales", "Licda.", seed.acnur, "Oficial de Protección");
    Person ministro =
        seed.person("Luis Pérez", "Lic.", seed.minex, "Director de Asuntos Migratorios");
    workshop.addSession(
        "Marco jurídico del asilo",
        LocalDateTime.of(2025, 6, 10, 9, 0),
        LocalDateTime.of(2025, 6, 10, 11, 0),
        List.of(directora));
    workshop.addSession(
        "Rutas de atención",
        LocalDateTime.of(2025, 6, 11, 9, 0),
        LocalDateTime.of(2025, 6, 11, 11, 0),
        List.of(directora, ministro));
    workshop.addSession(
        "Clausura",
        LocalDateTime.of(2025, 6, 12, 16, 0),
        LocalDateTime.of(2025, 6, 12, 17, 0),
        List.of());
    Commitment first =
        new Commitment(
            "Elaborar una guía de atención",
            seed.minex,
            CommitmentType.COORDINATION,
            ThematicArea.PROTECTION);
    first.cosponsor(seed.acnur);
    Commitment second =
        new Commitment(
            "Red municipal de enlaces",
            seed.vicePresidency,
            CommitmentType.COORDINATION,
            ThematicArea.PROTECTION);

    AnnouncementContent draft = writer.write(workshop, List.of(), List.of(first, second));

    assertThat(draft.title()).isEqualTo("Se realizará el Taller de protección internacional");
    assertThat(draft.bodyHtml())
        .contains(
            "El Taller de protección internacional se llevará a cabo del 10 al 12 de junio de 2025"
                + " en Guatemala.")
        .contains(
            "Enmarcado en el Plan Nacional de Movilidad, el taller tendrá como propósito"
                + " fortalecer las capacidades de los gobiernos locales.")
        .contains(
            "El programa incluirá 3 sesiones: «Marco jurídico del asilo», a cargo de la Oficial de"
                + " Protección, Ana Morales; «Rutas de atención», a cargo de la Oficial de Protección,"
                + " Ana Morales, y el Director de Asuntos Migratorios, Luis Pérez; y «Clausura».")
        .contains(
            "se asumieron 2 compromisos: el Ministerio de Relaciones Exteriores (MINEX) y el Alto"
                + " Comisionado de las Naciones Unidas para los Refugiados (ACNUR) se comprometieron"
                + " a elaborar una guía de atención; y la Vicepresidencia de la República de"
                + " Guatemala asumió el compromiso «Red municipal de enlaces».");
  }

  @Test
  void spanishDatesListsAndArticles() {
    assertThat(Spanish.days(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 9, 26)))
        .isEqualTo("el 25 y 26 de septiembre de 2024");
    assertThat(Spanish.days(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 9, 25)))
        .isEqualTo("el 25 de septiembre de 2024");
    assertThat(Spanish.days(LocalDate.of(2024, 9, 23), LocalDate.of(2024, 9, 27)))
        .isEqualTo("del 23 al 27 de septiembre de 2024");
    assertThat(Spanish.days(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2)))
        .isEqualTo("del 30 de diciembre de 2024 al 2 de enero de 2025");
    assertThat(Spanish.list(List.of("A", "B", "C"))).isEqualTo("A, B y C");
    assertThat(Spanish.list(List.of("Honduras", "Izabal"))).isEqualTo("Honduras e Izabal");
    assertThat(Spanish.withArticle("Secretaría de Bienestar Social")).startsWith("la ");
    assertThat(Spanish.withArticle("II Conferencia Nacional"))
        .isEqualTo("la II Conferencia Nacional");
    assertThat(Spanish.withArticle("HIAS")).isEqualTo("HIAS");
    assertThat(Spanish.of("el Ministerio")).isEqualTo("del Ministerio");
    assertThat(Spanish.genderOfPerson("Sra.", "Representante")).isEqualTo(Spanish.Gender.FEMININE);
    assertThat(Spanish.genderOfPerson(null, "Directora General"))
        .isEqualTo(Spanish.Gender.FEMININE);
    assertThat(Spanish.genderOfPerson("Canciller", "Canciller")).isEqualTo(Spanish.Gender.UNKNOWN);
  }
}
