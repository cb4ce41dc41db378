package gt.mirps.coordination.announcement;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.commitment.CommitmentRepository;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventRepository;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.participation.ParticipationRepository;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.tag.TagDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The use cases of writing, reviewing and publishing communiqués, and of reading the published
 * ones. Every change is written to the audit trail as ("Announcement", id, what changed).
 */
@ApplicationScoped
@Transactional
public class AnnouncementDesk {

  public static final String RECORD_TYPE = "Announcement";
  public static final int PAGE_SIZE_MAX = 100;

  /** How many participations a draft from an event reads per query. */
  static final int PARTICIPANTS_PER_READ = ParticipationRepository.ALL_OF_EVENT_PER_READ;

  private final AnnouncementRepository announcements;
  private final TagDirectory tags;
  private final EventRepository events;
  private final ParticipationRepository participations;
  private final CommitmentRepository commitments;
  private final Auditor auditor;
  private final Clock clock;
  private final EventCommuniqueWriter writer = new EventCommuniqueWriter();

  /** For the container's proxies only. */
  protected AnnouncementDesk() {
    this(null, null, null, null, null, null, Clock.systemUTC());
  }

  @Inject
  public AnnouncementDesk(
      AnnouncementRepository announcements,
      TagDirectory tags,
      EventRepository events,
      ParticipationRepository participations,
      CommitmentRepository commitments,
      Auditor auditor) {
    this(announcements, tags, events, participations, commitments, auditor, Clock.systemUTC());
  }

  public AnnouncementDesk(
      AnnouncementRepository announcements,
      TagDirectory tags,
      EventRepository events,
      ParticipationRepository participations,
      CommitmentRepository commitments,
      Auditor auditor,
      Clock clock) {
    this.announcements = announcements;
    this.tags = tags;
    this.events = events;
    this.participations = participations;
    this.commitments = commitments;
    this.auditor = auditor;
    this.clock = clock;
  }

  /** Starts a draft, perhaps with its title. */
  public Announcement draft(String title) {
    Announcement announcement = announcements.add(new Announcement(title));
    audit("draft", announcement, announcement.title().orElse(null));
    return announcement;
  }

  /**
   * Starts a draft written from an event's record (see {@link EventCommuniqueWriter}): who took
   * part, the sessions and the commitments made, related to the event. A cancelled event gives no
   * communiqué.
   */
  public Announcement draftFromEvent(long eventId) {
    Event event = event(eventId);
    if (event.status() == EventStatus.CANCELLED) {
      throw new RuleViolation(
          "announcement.draft.eventCancelled",
          "Event " + eventId + " was cancelled: no communiqué is drafted from it",
          event.title());
    }
    AnnouncementContent content =
        writer.write(event, participations.allOfEvent(eventId), commitments.ofEvent(eventId));
    Announcement announcement = announcements.add(new Announcement(content.title()));
    announcement.rewrite(content);
    announcement.relateTo(event);
    audit("draft", announcement, "from Event " + eventId + ": " + content.title());
    return announcement;
  }

  /** Replaces the text of a draft. */
  public Announcement edit(long id, AnnouncementContent content) {
    Announcement announcement = get(id);
    announcement.rewrite(content);
    audit("edit", announcement, announcement.title().orElse(null));
    return announcement;
  }

  /**
   * Replaces the text of a draft, from a form read at {@code versionRead}: refused if someone
   * changed the communiqué since.
   */
  public Announcement edit(long id, long versionRead, AnnouncementContent content) {
    Announcement announcement = getAt(id, versionRead);
    announcement.rewrite(content);
    audit("edit", announcement, announcement.title().orElse(null));
    return announcement;
  }

  /**
   * Starts a draft from the whole editor form at once: its text, tags (labels, new tags created)
   * and related events. Refused as a whole, recording nothing, if any part is refused.
   */
  public Announcement write(
      AnnouncementContent content, List<String> tagLabels, Collection<Long> eventIds) {
    new Announcement(null).rewrite(content);
    List<Event> wantedEvents = checked(tagLabels, eventIds);
    Announcement announcement = announcements.add(new Announcement(content.title()));
    announcement.rewrite(content);
    audit("draft", announcement, announcement.title().orElse(null));
    apply(announcement, tagLabels, wantedEvents);
    return announcement;
  }

  /**
   * Saves the whole editor form of a draft at once, from a form read at {@code versionRead}: its
   * text, its tags (labels, new tags created; the ones not listed removed) and its related events
   * (the ones not listed unlinked). Refused as a whole, changing nothing, if someone changed the
   * communiqué since or any part is refused.
   */
  public Announcement revise(
      long id,
      long versionRead,
      AnnouncementContent content,
      List<String> tagLabels,
      Collection<Long> eventIds) {
    Announcement announcement = getAt(id, versionRead);
    announcement.checkEditable();
    List<Event> wantedEvents = checked(tagLabels, eventIds);
    announcement.rewrite(content);
    audit("edit", announcement, announcement.title().orElse(null));
    apply(announcement, tagLabels, wantedEvents);
    return announcement;
  }

  /** The events named, once each; refuses an unknown event or a tag label that is no label. */
  private List<Event> checked(List<String> tagLabels, Collection<Long> eventIds) {
    List<Event> wanted = new ArrayList<>();
    for (long eventId : new LinkedHashSet<>(eventIds)) {
      wanted.add(event(eventId));
    }
    tagLabels.forEach(Tag::new);
    return wanted;
  }

  private void apply(Announcement announcement, List<String> tagLabels, List<Event> wantedEvents) {
    Map<String, Tag> wanted = new LinkedHashMap<>();
    for (String label : tagLabels) {
      Tag tag = tags.findOrCreate(label);
      wanted.putIfAbsent(tag.slug(), tag);
    }
    for (Tag had : List.copyOf(announcement.tags())) {
      if (!wanted.containsKey(had.slug()) && announcement.untag(had.slug())) {
        audit("untag", announcement, had.slug());
      }
    }
    for (Tag tag : wanted.values()) {
      if (announcement.tag(tag)) {
        audit("tag", announcement, tag.slug());
      }
    }
    for (Event had : List.copyOf(announcement.relatedEvents())) {
      if (!wantedEvents.contains(had) && announcement.unrelate(had)) {
        audit("unrelate", announcement, "Event " + had.id());
      }
    }
    for (Event event : wantedEvents) {
      if (announcement.relateTo(event)) {
        audit("relate", announcement, "Event " + event.id());
      }
    }
  }

  /**
   * Adds a file to a draft, from a form read at {@code versionRead}: refused if someone changed the
   * communiqué since.
   */
  public Attachment attach(
      long id, long versionRead, String fileName, String declaredType, byte[] content) {
    getAt(id, versionRead);
    return attach(id, fileName, declaredType, content);
  }

  /**
   * Removes a file from a draft, from a form read at {@code versionRead}: refused if someone
   * changed the communiqué since.
   */
  public void detach(long id, long versionRead, long attachmentId) {
    getAt(id, versionRead);
    detach(id, attachmentId);
  }

  /** Adds a file to a draft; its type is read from its content. */
  public Attachment attach(long id, String fileName, String declaredType, byte[] content) {
    Announcement announcement = get(id);
    Attachment attachment = announcement.attach(fileName, declaredType, content);
    audit(
        "attach",
        announcement,
        attachment.fileName()
            + " ("
            + attachment.mediaType().mimeType()
            + ", "
            + attachment.sizeBytes()
            + " bytes, SHA-256 "
            + attachment.sha256()
            + ")");
    return attachment;
  }

  /** Removes a file from a draft. */
  public void detach(long id, long attachmentId) {
    Announcement announcement = get(id);
    Attachment removed = announcement.detach(attachmentId);
    audit("detach", announcement, removed.fileName());
  }

  /** Tags a draft with the tag for {@code label}, creating the tag if it is new. */
  public Tag tag(long id, String label) {
    Announcement announcement = get(id);
    announcement.checkEditable();
    Tag tag = tags.findOrCreate(label);
    if (announcement.tag(tag)) {
      audit("tag", announcement, tag.slug());
    }
    return tag;
  }

  /** Removes a tag from a draft. */
  public void untag(long id, String tagSlug) {
    Announcement announcement = get(id);
    if (announcement.untag(tagSlug)) {
      audit("untag", announcement, tagSlug);
    }
  }

  /** Links a draft to an event it reports on. */
  public void relate(long id, long eventId) {
    Announcement announcement = get(id);
    Event event = event(eventId);
    if (announcement.relateTo(event)) {
      audit("relate", announcement, "Event " + eventId);
    }
  }

  /** Unlinks a draft from an event. */
  public void unrelate(long id, long eventId) {
    Announcement announcement = get(id);
    Event event = event(eventId);
    if (announcement.unrelate(event)) {
      audit("unrelate", announcement, "Event " + eventId);
    }
  }

  /** Sends a draft for review. */
  public Announcement submit(long id) {
    Announcement announcement = get(id);
    announcement.submit();
    audit("submit", announcement, null);
    return announcement;
  }

  /** Returns a communiqué in review to draft with the reviewer's comment. */
  public Announcement returnToDraft(long id, String comment) {
    Announcement announcement = get(id);
    announcement.returnToDraft(comment);
    audit("return", announcement, announcement.reviewComment().orElse(null));
    return announcement;
  }

  /**
   * Publishes a communiqué in review under the slug its title gives, followed by "-2", "-3"… if
   * another communiqué has it already; the acting user is recorded as its publisher.
   */
  public Announcement publish(long id) {
    Announcement announcement = get(id);
    announcement.checkPublishable();
    String base = announcement.proposedSlug();
    String slug = base;
    for (int n = 2; announcements.findBySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    announcement.publish(slug, ChangeAuthor.current(), clock.instant());
    audit("publish", announcement, slug);
    return announcement;
  }

  /** Takes a published communiqué out of the public list. */
  public Announcement archive(long id) {
    Announcement announcement = get(id);
    announcement.archive();
    audit("archive", announcement, announcement.slug().orElse(null));
    return announcement;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Announcement> find(long id) {
    return announcements.find(id);
  }

  /** The team's list: communiqués in any state that match {@code filter}, one page of them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Announcement> list(
      AnnouncementFilter filter, AnnouncementSort sort, boolean ascending, int first, int max) {
    if (first < 0) {
      throw new IllegalArgumentException("first must be at least 0");
    }
    if (max < 1 || max > PAGE_SIZE_MAX) {
      throw new IllegalArgumentException("max must be between 1 and " + PAGE_SIZE_MAX);
    }
    return announcements.find(filter, sort, ascending, first, max);
  }

  /** How many communiqués in any state match {@code filter}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(AnnouncementFilter filter) {
    return announcements.count(filter);
  }

  /** The communiqué at {@code slug} if the public may read it now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Announcement> findPublished(String slug) {
    return announcements.findPublishedBySlug(slug);
  }

  /** A page of published communiqués, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AnnouncementPage published(int page, int size) {
    checkPage(page, size);
    return new AnnouncementPage(
        announcements.published(page, size), page, size, announcements.countPublished());
  }

  /** A page of published communiqués tagged {@code tagSlug}, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AnnouncementPage publishedWithTag(String tagSlug, int page, int size) {
    checkPage(page, size);
    return new AnnouncementPage(
        announcements.publishedWithTag(tagSlug, page, size),
        page,
        size,
        announcements.countPublishedWithTag(tagSlug));
  }

  /** A page of the published communiqués that match {@code search}, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AnnouncementPage search(PublicSearch search, int page, int size) {
    checkPage(page, size);
    return new AnnouncementPage(
        announcements.searchPublished(search, page, size),
        page,
        size,
        announcements.countPublished(search));
  }

  private static void checkPage(int page, int size) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be at least 0");
    }
    if (size < 1 || size > PAGE_SIZE_MAX) {
      throw new IllegalArgumentException("size must be between 1 and " + PAGE_SIZE_MAX);
    }
  }

  private Announcement get(long id) {
    return announcements
        .find(id)
        .orElseThrow(() -> new RuleViolation("announcement.notFound", "No announcement " + id, id));
  }

  private Announcement getAt(long id, long versionRead) {
    Announcement announcement = get(id);
    ConcurrentChange.check(announcement, versionRead, RECORD_TYPE, id);
    return announcement;
  }

  private Event event(long eventId) {
    return events
        .find(eventId)
        .orElseThrow(
            () -> new RuleViolation("announcement.event.notFound", "No event " + eventId, eventId));
  }

  private void audit(String action, Announcement announcement, String detail) {
    auditor.record(action, RECORD_TYPE, announcement.id(), detail);
  }
}
