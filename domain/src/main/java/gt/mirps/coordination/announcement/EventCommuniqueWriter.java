package gt.mirps.coordination.announcement;

import gt.mirps.coordination.announcement.Spanish.Gender;
import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventSession;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Affiliation;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the first draft of a Spanish communiqué about an event from its record, in the manner of
 * the seed communiqué ("El Canciller … participaron en la II Conferencia Nacional de Ciudades
 * Solidarias…"): a title, a dateline, a lead and a body of paragraphs.
 *
 * <p>The body says who took part, when, where and who organised it; the authorities and others who
 * took part with their positions and roles; the event's purpose; its sessions and speakers; the
 * commitments made at it; and a closing line. Parts the record lacks are left out, never written as
 * empty. <b>People are named only if they consented to public lists</b>; without consent their
 * position and institution may still be written, never their name. Every record text is escaped
 * into the HTML.
 */
public final class EventCommuniqueWriter {

  /** At most this many people below the prominent roles are named one by one. */
  static final int NAMED_ATTENDEES_MAX = 6;

  /** Foreign institutions beyond this many are written as the countries they come from. */
  static final int FOREIGN_LISTED_MAX = 3;

  static final String CLOSING =
      "El Equipo Técnico Nacional del MIRPS reafirma su compromiso de continuar impulsando"
          + " acciones en beneficio de las personas refugiadas y en contexto de movilidad humana.";

  private static final String DEFAULT_DATELINE = "Guatemala";

  /** The roles whose people a communiqué names first, in this order. */
  private static final List<ParticipationRole> PROMINENT =
      List.of(
          ParticipationRole.GUEST_OF_HONOUR,
          ParticipationRole.SPEAKER,
          ParticipationRole.ORGANISER,
          ParticipationRole.MODERATOR,
          ParticipationRole.PANELLIST);

  /** How the draft speaks of the event: before it happens or after. */
  private record Tense(boolean past) {
    String participated(boolean many) {
      return past ? (many ? "participaron" : "participó") : (many ? "participarán" : "participará");
    }

    String participate(boolean many) {
      return past ? (many ? "participan" : "participa") : (many ? "participarán" : "participará");
    }

    String tookPlace() {
      return past ? "se llevó a cabo" : "se llevará a cabo";
    }

    String had() {
      return past ? "contó" : "contará";
    }

    String spoke(boolean many) {
      return past
          ? (many ? "intervinieron" : "intervino")
          : (many ? "intervendrán" : "intervendrá");
    }

    String included() {
      return past ? "incluyó" : "incluirá";
    }

    String aimed() {
      return past ? "tuvo" : "tendrá";
    }
  }

  /** A person taking part, as the draft may speak of them. */
  private record Mention(
      Person person,
      Gender gender,
      String position,
      Institution institution,
      ParticipationRole role) {

    boolean named() {
      return person.publicConsent();
    }

    boolean writable() {
      return named() || position != null || institution != null;
    }

    /**
     * "la Vicepresidenta de la República, Karin Herrera" or "el Canciller Carlos Ramiro Martínez".
     */
    String reference(boolean withInstitution) {
      String text;
      if (position != null) {
        String article = Spanish.article(gender);
        if (named()) {
          text =
              appositive()
                  ? article + " " + position + ", " + person.fullName()
                  : article + " " + position + " " + person.fullName();
        } else {
          text = article + " " + position;
        }
        if (withInstitution && institution != null && !positionNamesInstitution()) {
          text += ", " + Spanish.of(Spanish.withArticle(institution.displayName()));
        }
        return text;
      }
      if (named()) {
        return institution == null || !withInstitution
            ? person.fullName()
            : person.fullName() + ", " + Spanish.of(Spanish.withArticle(institution.displayName()));
      }
      return Spanish.byGender(gender, "una representante ", "un representante ")
          + Spanish.of(Spanish.withArticle(institution.displayName()));
    }

    /** A long position ("Vicepresidenta de la República") is set off from the name by commas. */
    boolean appositive() {
      return position != null && position.strip().contains(" ");
    }

    /** Whether the reference ends with an apposition that a following clause must close. */
    boolean endsWithApposition(boolean withInstitution) {
      boolean institutionAdded =
          withInstitution
              && institution != null
              && (position == null ? named() : !positionNamesInstitution());
      return institutionAdded || (named() && appositive());
    }

    private boolean positionNamesInstitution() {
      String folded = Spanish.fold(position);
      return folded.contains(" de ")
          || folded.contains(" del ")
          || institution.acronym().map(a -> folded.contains(Spanish.fold(a))).orElse(false);
    }

    String rolePhrase() {
      return switch (role) {
        case GUEST_OF_HONOUR ->
            Spanish.byGender(gender, "como invitada de honor", "como invitado de honor");
        case SPEAKER -> "como ponente";
        case ORGANISER -> "por parte de la organización";
        case MODERATOR -> Spanish.byGender(gender, "como moderadora", "como moderador");
        case PANELLIST -> "como panelista";
        case OBSERVER -> Spanish.byGender(gender, "como observadora", "como observador");
        case DELEGATE, ATTENDEE -> "";
      };
    }
  }

  /**
   * The draft for {@code event}, with the people and delegations registered for it and the
   * commitments made at it. Cancelled participations, no-shows and cancelled commitments are left
   * out; for a held event where the desk checked people in, only those who attended count.
   */
  public AnnouncementContent write(
      Event event, List<Participation> participations, List<Commitment> commitments) {
    Tense tense = new Tense(event.status() != EventStatus.PLANNED);
    List<Participation> present = takingPart(event, participations);
    List<Mention> mentions = mentions(present);
    List<Mention> prominent = mentions.stream().filter(m -> PROMINENT.contains(m.role())).toList();
    List<Mention> headliners = prominent.stream().limit(2).toList();
    EventName name = eventName(event);

    List<String> paragraphs = new ArrayList<>();
    String opening = opening(event, name, headliners, tense);
    paragraphs.add(opening);
    participation(name, mentions, present, tense).ifPresent(paragraphs::add);
    purpose(event, name, tense).ifPresent(paragraphs::add);
    sessions(event, present, tense).ifPresent(paragraphs::add);
    commitments(name, commitments).ifPresent(paragraphs::add);
    paragraphs.add(CLOSING);

    StringBuilder body = new StringBuilder();
    for (String paragraph : paragraphs) {
      body.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    String lead = opening.length() <= Announcement.LEAD_MAX ? opening : null;
    return new AnnouncementContent(
        title(event, name, headliners, present, tense),
        datelinePlace(event),
        event.firstDay(),
        lead,
        body.toString().strip(),
        null);
  }

  /**
   * The participations a communiqué counts: not cancelled, not no-shows and, for a held event where
   * people were checked in, only those who attended.
   */
  public static List<Participation> takingPart(Event event, List<Participation> participations) {
    List<Participation> coming =
        participations.stream()
            .filter(p -> p.state() != AttendanceState.CANCELLED)
            .filter(p -> p.state() != AttendanceState.NO_SHOW)
            .toList();
    boolean checkedIn = coming.stream().anyMatch(p -> p.state() == AttendanceState.ATTENDED);
    if (event.status() == EventStatus.HELD && checkedIn) {
      return coming.stream().filter(p -> p.state() == AttendanceState.ATTENDED).toList();
    }
    return coming;
  }

  /** The people who took part, prominent roles first in their order, then the rest as recorded. */
  private static List<Mention> mentions(List<Participation> present) {
    List<Mention> all = new ArrayList<>();
    for (Participation participation : present) {
      participation
          .person()
          .map(person -> mention(person, participation))
          .filter(Mention::writable)
          .ifPresent(all::add);
    }
    List<Mention> prominent =
        all.stream()
            .filter(m -> PROMINENT.contains(m.role()))
            .sorted(Comparator.comparingInt(m -> PROMINENT.indexOf(m.role())))
            .toList();
    List<Mention> others =
        all.stream()
            .filter(m -> !PROMINENT.contains(m.role()))
            .filter(Mention::named)
            .limit(NAMED_ATTENDEES_MAX)
            .toList();
    List<Mention> result = new ArrayList<>(prominent);
    result.addAll(others);
    return result;
  }

  private static Mention mention(Person person, Participation participation) {
    String position =
        participation.positionAtEvent().or(person::position).filter(p -> !p.isBlank()).orElse(null);
    Institution institution =
        participation
            .institution()
            .or(() -> person.currentAffiliation().map(Affiliation::institution))
            .orElse(null);
    Gender gender = Spanish.genderOfPerson(person.honorific().orElse(null), position);
    return new Mention(person, gender, position, institution, participation.role());
  }

  /** How the draft calls the event: "la II Conferencia…", or "la actividad «…»" if unsure. */
  private record EventName(String full, String shortName, Gender gender) {
    String participle(String feminine, String masculine) {
      return Spanish.byGender(gender, feminine, masculine);
    }
  }

  private static EventName eventName(Event event) {
    String title = event.title();
    Gender gender = Spanish.genderOfName(title);
    String full =
        gender == Gender.UNKNOWN
            ? (Spanish.startsWithArticle(title)
                ? Spanish.withArticle(title)
                : kindNoun(event.kind()) + " «" + title + "»")
            : Spanish.withArticle(title);
    if (gender == Gender.UNKNOWN) {
      gender = Spanish.genderOfName(kindNoun(event.kind()).substring(3));
    }
    return new EventName(full, kindNoun(event.kind()), gender);
  }

  /** "la conferencia", "el taller"… */
  private static String kindNoun(EventKind kind) {
    return switch (kind) {
      case CONFERENCE -> "la conferencia";
      case MEETING -> "la reunión";
      case WORKSHOP -> "el taller";
      case TRAINING -> "la capacitación";
      case CEREMONY -> "la ceremonia";
      case VISIT -> "la visita";
    };
  }

  private static String opening(
      Event event, EventName name, List<Mention> headliners, Tense tense) {
    String days = Spanish.days(event.firstDay(), event.lastDay());
    Optional<String> place = place(event);
    Optional<String> organisers = institutions(event.organisers());
    Optional<String> coOrganisers = institutions(event.coOrganisers());
    List<String> about = new ArrayList<>();
    place.ifPresent(p -> about.add(name.participle("celebrada", "celebrado") + " " + p));
    organisers.ifPresent(o -> about.add(name.participle("organizada", "organizado") + " por " + o));
    String aboutText = Spanish.list(about);
    String support = coOrganisers.map(c -> ", con el apoyo " + Spanish.of(c)).orElse("");
    if (!headliners.isEmpty()) {
      String who = peopleList(headliners, false);
      boolean apposition = headliners.get(headliners.size() - 1).endsWithApposition(false);
      return Spanish.upperFirst(who)
          + (apposition ? "," : "")
          + " "
          + tense.participated(headliners.size() > 1)
          + " "
          + days
          + " en "
          + name.full()
          + (aboutText.isEmpty() ? "" : ", " + aboutText)
          + support
          + ".";
    }
    return Spanish.upperFirst(name.full())
        + " "
        + tense.tookPlace()
        + " "
        + days
        + place.map(p -> " " + p).orElse("")
        + organisers
            .map(o -> ", " + name.participle("organizada", "organizado") + " por " + o)
            .orElse("")
        + support
        + ".";
  }

  /** People in a list: "A y B", with commas closing appositions before "y" and ";" for more. */
  private static String peopleList(List<Mention> people, boolean withInstitution) {
    List<String> items = new ArrayList<>();
    boolean long_ = people.stream().anyMatch(m -> m.endsWithApposition(withInstitution));
    for (int i = 0; i < people.size(); i++) {
      Mention mention = people.get(i);
      String text = mention.reference(withInstitution);
      boolean last = i == people.size() - 1;
      if (!last && mention.endsWithApposition(withInstitution) && people.size() == 2) {
        text += ",";
      }
      items.add(text);
    }
    return people.size() > 2 && long_ ? Spanish.list(items, "; ") : Spanish.list(items);
  }

  /**
   * "en la Ciudad de Guatemala", "en el Hotel Barceló, Ciudad de Guatemala", "en Flores, Petén".
   */
  private static Optional<String> place(Event event) {
    Optional<String> town =
        event
            .city()
            .or(() -> event.territory().map(EventCommuniqueWriter::placeName))
            .filter(t -> !t.isBlank());
    Optional<String> venue = event.venue().filter(v -> !v.isBlank());
    if (venue.isPresent()) {
      return Optional.of(
          "en " + Spanish.withArticle(venue.get()) + town.map(t -> ", " + t).orElse(""));
    }
    return town.map(t -> "en " + Spanish.withArticle(t));
  }

  /** "el Alto Comisionado… (ACNUR) y la Organización… (OEA)". */
  private static Optional<String> institutions(Set<Institution> institutions) {
    if (institutions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Spanish.list(
            institutions.stream().map(i -> Spanish.withArticle(i.displayName())).toList()));
  }

  private static Optional<String> participation(
      EventName name, List<Mention> mentions, List<Participation> present, Tense tense) {
    List<String> sentences = new ArrayList<>();
    if (!mentions.isEmpty()) {
      List<String> items = new ArrayList<>();
      for (Mention mention : mentions) {
        String phrase = mention.rolePhrase();
        String reference = mention.reference(true);
        items.add(phrase.isEmpty() ? reference : reference + ", " + phrase);
      }
      sentences.add(
          Spanish.upperFirst(name.shortName())
              + " "
              + tense.had()
              + " con la participación "
              + Spanish.of(Spanish.list(items, "; "))
              + ".");
    }
    Set<Institution> mentioned = new LinkedHashSet<>();
    mentions.forEach(m -> Optional.ofNullable(m.institution()).ifPresent(mentioned::add));
    List<Institution> others = new ArrayList<>();
    for (Participation participation : present) {
      participation
          .institution()
          .filter(i -> !mentioned.contains(i) && !others.contains(i))
          .ifPresent(others::add);
    }
    List<Institution> national =
        others.stream().filter(i -> i.country().code().equals(Country.GUATEMALA)).toList();
    List<Institution> foreign =
        others.stream().filter(i -> !i.country().code().equals(Country.GUATEMALA)).toList();
    List<String> groups = new ArrayList<>();
    if (!national.isEmpty()) {
      groups.add(
          "representantes "
              + Spanish.list(
                  national.stream()
                      .map(i -> Spanish.of(Spanish.withArticle(i.displayName())))
                      .toList()));
    }
    if (!foreign.isEmpty()) {
      if (foreign.size() <= FOREIGN_LISTED_MAX) {
        groups.add(
            (national.isEmpty() ? "representantes " : "")
                + Spanish.list(
                    foreign.stream()
                        .map(
                            i ->
                                Spanish.of(Spanish.withArticle(i.displayName()))
                                    + " ("
                                    + i.country().nameEs()
                                    + ")")
                        .toList()));
      } else {
        Set<String> countries = new TreeSet<>(Spanish::compareFolded);
        foreign.forEach(i -> countries.add(i.country().nameEs()));
        boolean allMirps = foreign.stream().allMatch(i -> i.country().mirpsMember());
        groups.add(
            "delegaciones de "
                + (allMirps ? "los países del MIRPS: " : "")
                + Spanish.list(List.copyOf(countries)));
      }
    }
    if (!groups.isEmpty()) {
      String verb = tense.participated(true);
      String text =
          groups.size() == 2 ? groups.get(0) + ", así como " + groups.get(1) : groups.get(0);
      sentences.add(
          (mentions.isEmpty() ? "En " + name.shortName() + " " : "También ")
              + verb
              + " "
              + text
              + ".");
    }
    int people = present.stream().mapToInt(Participation::headCount).sum();
    Set<Institution> all = new LinkedHashSet<>();
    present.forEach(p -> p.institution().ifPresent(all::add));
    if (people > 1) {
      String count =
          people + " personas" + (all.size() > 1 ? " de " + all.size() + " instituciones" : "");
      sentences.add(
          tense.past()
              ? "En total, se registró la asistencia de " + count + "."
              : "Se prevé la asistencia de " + count + ".");
    }
    return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
  }

  private static Optional<String> purpose(Event event, EventName name, Tense tense) {
    Optional<String> purpose = event.purpose().filter(p -> !p.isBlank()).map(Spanish::clause);
    Optional<String> framework = event.framework().filter(f -> !f.isBlank()).map(String::strip);
    if (purpose.isEmpty() && framework.isEmpty()) {
      return Optional.empty();
    }
    String frame =
        framework
            .map(
                f ->
                    f.equalsIgnoreCase("MIRPS")
                        ? "el Marco Integral Regional para la Protección y Soluciones (MIRPS)"
                        : Spanish.withArticle(f))
            .orElse(null);
    if (purpose.isEmpty()) {
      return Optional.of(
          Spanish.upperFirst(name.shortName())
              + " "
              + (tense.past() ? "se enmarcó" : "se enmarca")
              + " en "
              + frame
              + ".");
    }
    String aim =
        Spanish.startsWithInfinitive(purpose.get())
            ? " como propósito " + Spanish.lowerFirst(purpose.get())
            : " el siguiente propósito: " + Spanish.lowerFirst(purpose.get());
    String start =
        frame == null
            ? Spanish.upperFirst(name.shortName())
            : name.participle("Enmarcada", "Enmarcado") + " en " + frame + ", " + name.shortName();
    return Optional.of(start + " " + tense.aimed() + aim + ".");
  }

  private static Optional<String> sessions(Event event, List<Participation> present, Tense tense) {
    List<EventSession> sessions = event.sessions();
    if (sessions.isEmpty()) {
      return Optional.empty();
    }
    if (sessions.size() == 1) {
      EventSession session = sessions.get(0);
      List<Mention> speakers = speakers(session, present);
      String segment = "«" + Spanish.clause(session.title()) + "»";
      if (speakers.isEmpty()) {
        return Optional.of("El programa " + tense.included() + " el segmento " + segment + ".");
      }
      return Optional.of(
          "En el segmento "
              + segment
              + ", "
              + tense.spoke(speakers.size() > 1)
              + " "
              + peopleList(speakers, false)
              + ".");
    }
    List<String> items = new ArrayList<>();
    for (EventSession session : sessions) {
      List<Mention> speakers = speakers(session, present);
      String item = "«" + Spanish.clause(session.title()) + "»";
      if (!speakers.isEmpty()) {
        item += ", a cargo " + Spanish.of(peopleList(speakers, false));
      }
      items.add(item);
    }
    return Optional.of(
        "El programa "
            + tense.included()
            + " "
            + sessions.size()
            + " sesiones: "
            + Spanish.list(items, "; ")
            + ".");
  }

  /** The speakers of a session the draft may write of, as they took part in the event. */
  private static List<Mention> speakers(EventSession session, List<Participation> present) {
    List<Mention> result = new ArrayList<>();
    for (Person speaker : session.speakers()) {
      Participation participation =
          present.stream()
              .filter(p -> p.person().map(q -> same(q, speaker)).orElse(false))
              .findFirst()
              .orElse(null);
      Mention mention;
      if (participation != null) {
        mention = mention(speaker, participation);
      } else {
        String position = speaker.position().filter(p -> !p.isBlank()).orElse(null);
        mention =
            new Mention(
                speaker,
                Spanish.genderOfPerson(speaker.honorific().orElse(null), position),
                position,
                speaker.currentAffiliation().map(Affiliation::institution).orElse(null),
                ParticipationRole.SPEAKER);
      }
      if (mention.writable()) {
        result.add(mention);
      }
    }
    return result;
  }

  private static boolean same(Person a, Person b) {
    return a == b || (a.id() != null && a.id().equals(b.id()));
  }

  private static Optional<String> commitments(EventName name, List<Commitment> commitments) {
    List<Commitment> kept =
        commitments.stream().filter(c -> c.status() != CommitmentStatus.CANCELLED).toList();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    for (Commitment commitment : kept) {
      List<Institution> who = new ArrayList<>();
      who.add(commitment.submitter());
      who.addAll(commitment.cosponsors());
      String institutions =
          Spanish.list(who.stream().map(i -> Spanish.withArticle(i.displayName())).toList());
      String title = Spanish.clause(commitment.title());
      boolean many = who.size() > 1;
      items.add(
          Spanish.startsWithInfinitive(title)
              ? institutions
                  + (many ? " se comprometieron a " : " se comprometió a ")
                  + Spanish.lowerFirst(title)
              : institutions
                  + (many ? " asumieron el compromiso «" : " asumió el compromiso «")
                  + title
                  + "»");
    }
    String intro = "Como resultado " + Spanish.of(name.shortName()) + ", ";
    if (items.size() == 1) {
      return Optional.of(intro + items.get(0) + ".");
    }
    return Optional.of(
        intro
            + "se asumieron "
            + items.size()
            + " compromisos: "
            + Spanish.list(items, "; ")
            + ".");
  }

  private static String title(
      Event event,
      EventName name,
      List<Mention> headliners,
      List<Participation> present,
      Tense tense) {
    List<Mention> titled =
        headliners.stream().filter(m -> m.position() != null || m.named()).toList();
    String title;
    if (!titled.isEmpty()) {
      List<String> who = new ArrayList<>();
      for (Mention mention : titled) {
        who.add(
            mention.position() != null
                ? Spanish.article(mention.gender()) + " " + mention.position()
                : mention.person().fullName());
      }
      title =
          Spanish.upperFirst(Spanish.list(who))
              + " "
              + tense.participate(titled.size() > 1)
              + " en "
              + name.full();
    } else if (!event.organisers().isEmpty()) {
      Institution organiser = event.organisers().iterator().next();
      title =
          Spanish.upperFirst(
                  organiser.acronym().orElseGet(() -> Spanish.withArticle(organiser.name())))
              + (tense.past() ? " organiza " : " organizará ")
              + name.full();
    } else {
      Set<Institution> institutions = new LinkedHashSet<>();
      present.forEach(p -> p.institution().ifPresent(institutions::add));
      title =
          institutions.size() > 1
              ? institutions.size()
                  + " instituciones "
                  + tense.participate(true)
                  + " en "
                  + name.full()
              : (tense.past() ? "Se realiza " : "Se realizará ") + name.full();
    }
    return title.length() <= Announcement.TITLE_MAX ? title : event.title();
  }

  /** "Flores, Petén", but "Guatemala" rather than "Guatemala, Guatemala". */
  private static String placeName(Territory territory) {
    return territory.department().map(Territory::name).filter(territory.name()::equals).isPresent()
        ? territory.name()
        : territory.fullName();
  }

  /** The town of the dateline: the event's municipality, else its place, else "Guatemala". */
  private static String datelinePlace(Event event) {
    return event
        .territory()
        .filter(Territory::isMunicipality)
        .map(Territory::name)
        .or(event::city)
        .or(() -> event.territory().map(Territory::name))
        .filter(t -> t.length() <= Announcement.PLACE_MAX)
        .orElse(DEFAULT_DATELINE);
  }

  /** The text safe inside an HTML element. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
