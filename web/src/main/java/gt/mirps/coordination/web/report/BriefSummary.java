package gt.mirps.coordination.web.report;

import gt.mirps.coordination.report.EventBrief;
import gt.mirps.coordination.report.EventBrief.CommitmentLine;
import gt.mirps.coordination.report.EventBrief.InstitutionPart;
import gt.mirps.coordination.report.EventBrief.Representative;
import gt.mirps.coordination.report.EventBrief.SessionLine;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Messages;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An event brief put into words in the reader's language and cut to {@link Limits}: the facts as
 * label and value, one line per institution, session and commitment, and "y 23 instituciones más"
 * for what was cut. The PDF and the page show the same summary.
 */
public record BriefSummary(
    String title,
    List<Line> facts,
    List<Line> institutions,
    String moreInstitutions,
    List<Line> sessions,
    String moreSessions,
    List<Line> commitments,
    String moreCommitments,
    List<String> communiqueUrls)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A label (an institution, a session's time) and what goes with it. */
  public record Line(String label, String text) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * How much of the brief fits: at most this many institutions, representatives per institution,
   * sessions and commitments, and characters of the purpose and of any one text.
   */
  public record Limits(
      int institutions,
      int representatives,
      int sessions,
      int commitments,
      int purposeChars,
      int textChars) {

    /** Everything. */
    static final Limits NONE =
        new Limits(
            Integer.MAX_VALUE,
            Integer.MAX_VALUE,
            Integer.MAX_VALUE,
            Integer.MAX_VALUE,
            Integer.MAX_VALUE,
            Integer.MAX_VALUE);

    /** From everything down to the least that still tells the event, tried in this order. */
    static final List<Limits> STEPS =
        List.of(
            NONE,
            new Limits(30, 4, 12, 12, 700, 300),
            new Limits(20, 3, 8, 8, 500, 200),
            new Limits(14, 2, 6, 6, 350, 160),
            new Limits(10, 2, 4, 4, 250, 130),
            new Limits(6, 1, 3, 3, 180, 110),
            new Limits(4, 1, 2, 2, 120, 90),
            new Limits(2, 0, 1, 1, 80, 80));
  }

  /** The summary of {@code brief} within {@code limits}, in {@code locale}'s words. */
  public static BriefSummary of(
      EventBrief brief, Limits limits, String siteUrl, ResourceBundle texts, Locale locale) {
    List<Line> facts = new ArrayList<>();
    facts.add(
        new Line(
            texts.getString("brief.fact.kind"),
            texts.getString("event.kind." + brief.kind().name())
                + " · "
                + texts.getString("event.status." + brief.status().name())));
    facts.add(
        new Line(
            texts.getString("brief.fact.dates"),
            DateRanges.format(brief.firstDay(), brief.lastDay(), locale)));
    if (!brief.place().isBlank()) {
      facts.add(new Line(texts.getString("brief.fact.place"), cut(brief.place(), limits)));
    }
    if (!brief.organisers().isEmpty()) {
      facts.add(
          new Line(
              texts.getString("brief.fact.organisers"),
              cut(String.join(", ", brief.organisers()), limits)));
    }
    if (!brief.coOrganisers().isEmpty()) {
      facts.add(
          new Line(
              texts.getString("brief.fact.coOrganisers"),
              cut(String.join(", ", brief.coOrganisers()), limits)));
    }
    long institutionCount = brief.institutions().stream().filter(i -> i.name() != null).count();
    facts.add(
        new Line(
            texts.getString("brief.fact.participants"),
            Messages.format(
                texts, locale, "brief.participants", brief.participants(), institutionCount)));
    if (brief.purpose() != null && limits.purposeChars() > 0) {
      facts.add(
          new Line(
              texts.getString("brief.fact.purpose"), cut(brief.purpose(), limits.purposeChars())));
    }

    List<Line> institutions = new ArrayList<>();
    for (InstitutionPart part : first(brief.institutions(), limits.institutions())) {
      institutions.add(institution(part, limits, texts, locale));
    }
    int hiddenInstitutions = brief.institutions().size() - institutions.size();

    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", locale);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
    List<Line> sessions = new ArrayList<>();
    for (SessionLine session : first(brief.sessions(), limits.sessions())) {
      String when =
          day.format(session.startsAt())
              + " "
              + time.format(session.startsAt())
              + "–"
              + time.format(session.endsAt());
      String text = session.title();
      if (!session.speakers().isEmpty()) {
        text += " — " + String.join(", ", session.speakers());
      }
      sessions.add(new Line(when, cut(text, limits)));
    }
    int hiddenSessions = brief.sessions().size() - sessions.size();

    DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    List<Line> commitments = new ArrayList<>();
    for (CommitmentLine commitment : first(brief.commitments(), limits.commitments())) {
      String text = commitment.submitter();
      if (commitment.targetDate() != null) {
        text +=
            " · "
                + Messages.format(
                    texts, locale, "brief.commitment.due", date.format(commitment.targetDate()));
      }
      commitments.add(
          new Line(
              texts.getString("commitment.status." + commitment.status().name()),
              cut(commitment.title(), limits) + " (" + text + ")"));
    }
    int hiddenCommitments = brief.commitments().size() - commitments.size();

    String base = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    return new BriefSummary(
        brief.title(),
        facts,
        institutions,
        more(texts, locale, "brief.moreInstitutions", hiddenInstitutions),
        sessions,
        more(texts, locale, "brief.moreSessions", hiddenSessions),
        commitments,
        more(texts, locale, "brief.moreCommitments", hiddenCommitments),
        brief.communiqueSlugs().stream().map(slug -> base + "/comunicados/" + slug).toList());
  }

  private static Line institution(
      InstitutionPart part, Limits limits, ResourceBundle texts, Locale locale) {
    String name = part.name() == null ? texts.getString("brief.onTheirOwn") : part.name();
    List<String> people = new ArrayList<>();
    for (Representative representative : first(part.representatives(), limits.representatives())) {
      people.add(person(representative));
    }
    int hidden = part.representatives().size() - people.size();
    StringBuilder text =
        new StringBuilder(Messages.format(texts, locale, "brief.people", part.headCount()));
    if (!people.isEmpty()) {
      text.append(": ").append(String.join("; ", people));
    }
    if (hidden > 0) {
      text.append(' ').append(Messages.format(texts, locale, "brief.morePeople", hidden));
    }
    return new Line(cut(name, limits), cut(text.toString(), limits));
  }

  /** "Carlos Ramiro Martínez, Canciller"; without consent only "Canciller". */
  private static String person(Representative representative) {
    if (representative.name() == null) {
      return representative.position();
    }
    return representative.position() == null
        ? representative.name()
        : representative.name() + ", " + representative.position();
  }

  private static <T> List<T> first(List<T> all, int max) {
    return all.size() <= max ? all : all.subList(0, max);
  }

  private static String more(ResourceBundle texts, Locale locale, String key, int hidden) {
    return hidden > 0 ? Messages.format(texts, locale, key, hidden) : null;
  }

  private static String cut(String text, Limits limits) {
    return cut(text, limits.textChars());
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = text.lastIndexOf(' ', max - 1);
    return text.substring(0, end > max / 2 ? end : max - 1).strip() + "…";
  }
}
