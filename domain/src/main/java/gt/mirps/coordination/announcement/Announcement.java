package gt.mirps.coordination.announcement;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import gt.mirps.coordination.tag.Tag;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A communiqué (comunicado): "Guatemala, 25 de septiembre de 2024. El Canciller…", with its tags,
 * the events it reports on and its downloadable files.
 *
 * <p>Its life is {@link AnnouncementState#DRAFT} → {@link AnnouncementState#IN_REVIEW} → {@link
 * AnnouncementState#PUBLISHED} → {@link AnnouncementState#ARCHIVED}; a reviewer can return it from
 * review to draft with a comment. <b>Only a draft can be changed</b>: its text, tags, related
 * events and files. A communiqué in review is frozen so that what the reviewer approves is exactly
 * what is published; to change it, the reviewer returns it to draft. A published or archived
 * communiqué is a public record and never changes.
 *
 * <p>A draft may be incomplete. Publishing needs a title, a dateline (place and date) and a body
 * with some content, and fixes the communiqué's slug, its public address, derived from the title
 * and made unique by {@link AnnouncementDesk}. The slug never changes afterwards.
 */
@Entity
@Table(name = "announcement")
@NamedQuery(name = "Announcement.count", query = "select count(a) from Announcement a")
@NamedQuery(
    name = "Announcement.findBySlug",
    query = "select a from Announcement a where a.slug = :slug")
@NamedQuery(
    name = "Announcement.findBySlugInState",
    query = "select a from Announcement a where a.slug = :slug and a.state = :state")
@NamedQuery(
    name = "Announcement.idsInStateNewestFirst",
    query =
        "select a.id from Announcement a where a.state = :state"
            + " order by a.publishedAt desc, a.id desc")
@NamedQuery(
    name = "Announcement.idsInStateWithTagNewestFirst",
    query =
        "select a.id from Announcement a join a.tags t where a.state = :state and t.slug = :tag"
            + " order by a.publishedAt desc, a.id desc")
@NamedQuery(
    name = "Announcement.countInState",
    query = "select count(a) from Announcement a where a.state = :state")
@NamedQuery(
    name = "Announcement.countInStateWithTag",
    query =
        "select count(a) from Announcement a join a.tags t"
            + " where a.state = :state and t.slug = :tag")
@NamedQuery(
    name = "Announcement.withTagsByIds",
    query = "select a from Announcement a left join fetch a.tags where a.id in :ids")
public class Announcement extends AuditedEntity {

  public static final int TITLE_MAX = 300;
  public static final int PLACE_MAX = 120;
  public static final int LEAD_MAX = 1000;
  public static final int BODY_MAX = 100_000;
  public static final int SOURCE_URL_MAX = 500;
  public static final int COMMENT_MAX = 2000;

  /** The longest slug made from a title; room is left for a "-2" suffix. */
  public static final int SLUG_BASE_MAX = 150;

  public static final int SLUG_MAX = 160;

  /** The longest search key kept; what a longer text has past it is not searched. */
  public static final int SEARCH_KEY_MAX = 32_000;

  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");

  @Id
  @SequenceGenerator(
      name = "announcement_seq",
      sequenceName = "announcement_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "announcement_seq")
  private Long id;

  @Size(max = TITLE_MAX)
  @Column(name = "title", length = TITLE_MAX)
  private String title;

  @Size(max = PLACE_MAX)
  @Column(name = "dateline_place", length = PLACE_MAX)
  private String datelinePlace;

  @Column(name = "dateline_date")
  private LocalDate datelineDate;

  @Size(max = LEAD_MAX)
  @Column(name = "lead", length = LEAD_MAX)
  private String lead;

  @Lob
  @Column(name = "body")
  private String body;

  @Size(max = SOURCE_URL_MAX)
  @Column(name = "source_url", length = SOURCE_URL_MAX)
  private String sourceUrl;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private AnnouncementState state = AnnouncementState.DRAFT;

  @Size(max = SLUG_MAX)
  @Column(name = "slug", unique = true, length = SLUG_MAX)
  private String slug;

  @Column(name = "published_at")
  private Instant publishedAt;

  /**
   * The title, lead, body text and tag labels folded by {@link Text#searchKey}, for accent- and
   * case-insensitive search; kept up to date by every change of text or tags.
   */
  @Column(name = "search_key", length = SEARCH_KEY_MAX)
  private String searchKey;

  @Column(name = "published_by", length = 120)
  private String publishedBy;

  @Size(max = COMMENT_MAX)
  @Column(name = "review_comment", length = COMMENT_MAX)
  private String reviewComment;

  @ManyToMany
  @JoinTable(
      name = "announcement_event",
      joinColumns = @JoinColumn(name = "announcement_id"),
      inverseJoinColumns = @JoinColumn(name = "event_id"))
  private Set<Event> relatedEvents = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "announcement_tag",
      joinColumns = @JoinColumn(name = "announcement_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  @OrderColumn(name = "position", nullable = false)
  private List<Tag> tags = new ArrayList<>();

  @OneToMany(mappedBy = "announcement", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC")
  private List<Attachment> attachments = new ArrayList<>();

  protected Announcement() {
    // for JPA
  }

  /** A new draft; the title may come later but must be there to publish. */
  public Announcement(String title) {
    this.title = Text.optional(title, TITLE_MAX, "announcement.title");
    refreshSearchKey();
  }

  /**
   * Replaces the text of a draft with {@code content}: every field at once, or none if one is
   * refused. The body is sanitised here, so only safe HTML is ever stored.
   */
  public void rewrite(AnnouncementContent content) {
    Objects.requireNonNull(content, "content");
    requireDraft();
    String newTitle = Text.optional(content.title(), TITLE_MAX, "announcement.title");
    String newPlace =
        Text.optional(content.datelinePlace(), PLACE_MAX, "announcement.datelinePlace");
    String newLead = Text.optional(content.lead(), LEAD_MAX, "announcement.lead");
    String newBody = sanitizedBody(content.bodyHtml());
    String newSource = checkSourceUrl(content.sourceUrl());
    this.title = newTitle;
    this.datelinePlace = newPlace;
    this.datelineDate = content.datelineDate();
    this.lead = newLead;
    this.body = newBody;
    this.sourceUrl = newSource;
    refreshSearchKey();
  }

  /**
   * Computes the search key again from the text and tags; true if it changed. For communiqués saved
   * before the key existed (migration 0021), whose key is still empty.
   */
  boolean indexForSearch() {
    String before = searchKey;
    refreshSearchKey();
    return !searchKey.equals(before);
  }

  private void refreshSearchKey() {
    StringBuilder text = new StringBuilder();
    for (String part :
        new String[] {title, lead, body == null ? null : HTML_TAG.matcher(body).replaceAll(" ")}) {
      if (part != null) {
        text.append(part).append(' ');
      }
    }
    tags.forEach(t -> text.append(t.label()).append(' '));
    String key = Text.searchKey(text.toString().replace("&nbsp;", " ").replace("&amp;", "&"));
    searchKey = key.length() > SEARCH_KEY_MAX ? key.substring(0, SEARCH_KEY_MAX) : key;
  }

  private static String sanitizedBody(String html) {
    if (html == null) {
      return null;
    }
    if (html.length() > BODY_MAX) {
      throw new RuleViolation(
          "announcement.body.tooLong", "Body longer than " + BODY_MAX + " characters", BODY_MAX);
    }
    String sanitized = RichText.sanitize(html).strip();
    return RichText.hasContent(sanitized) ? sanitized : null;
  }

  private static String checkSourceUrl(String url) {
    String cleaned = Text.optional(url, SOURCE_URL_MAX, "announcement.sourceUrl");
    if (cleaned == null) {
      return null;
    }
    try {
      URI uri = new URI(cleaned);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return cleaned;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new RuleViolation(
        "announcement.sourceUrl.invalid", "Not an http or https address: " + cleaned, cleaned);
  }

  /** Adds a file to a draft, after the ones it has; the same content twice is refused. */
  public Attachment attach(String fileName, String declaredType, byte[] content) {
    requireDraft();
    int next = attachments.stream().mapToInt(Attachment::position).max().orElse(-1) + 1;
    Attachment attachment = new Attachment(this, next, fileName, declaredType, content);
    Optional<Attachment> same =
        attachments.stream().filter(a -> a.sha256().equals(attachment.sha256())).findFirst();
    if (same.isPresent()) {
      throw new RuleViolation(
          "announcement.attachment.duplicate",
          attachment.fileName() + " has the same content as " + same.get().fileName(),
          attachment.fileName(),
          same.get().fileName());
    }
    attachments.add(attachment);
    return attachment;
  }

  /** Removes a file from a draft. */
  public Attachment detach(long attachmentId) {
    requireDraft();
    Attachment attachment =
        attachment(attachmentId)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "announcement.attachment.notFound",
                        "No attachment " + attachmentId + " in announcement " + id,
                        attachmentId));
    attachments.remove(attachment);
    return attachment;
  }

  /** Tags a draft; a tag it already has is kept once, where it was. Returns true if added. */
  public boolean tag(Tag tag) {
    Objects.requireNonNull(tag, "tag");
    requireDraft();
    if (tags.contains(tag)) {
      return false;
    }
    tags.add(tag);
    refreshSearchKey();
    return true;
  }

  /** Removes the tag with {@code tagSlug} from a draft. Returns true if it had it. */
  public boolean untag(String tagSlug) {
    requireDraft();
    boolean removed = tags.removeIf(t -> t.slug().equals(tagSlug));
    refreshSearchKey();
    return removed;
  }

  /** Links a draft to an event it reports on. Returns true if it was not linked yet. */
  public boolean relateTo(Event event) {
    Objects.requireNonNull(event, "event");
    requireDraft();
    return relatedEvents.add(event);
  }

  /** Unlinks a draft from an event. Returns true if it was linked. */
  public boolean unrelate(Event event) {
    requireDraft();
    return relatedEvents.remove(event);
  }

  /** Sends a draft for review. */
  public void submit() {
    moveTo(AnnouncementState.IN_REVIEW);
  }

  /** Sends a communiqué in review back to its editors, saying why. */
  public void returnToDraft(String comment) {
    requireMove(AnnouncementState.DRAFT);
    this.reviewComment = Text.required(comment, COMMENT_MAX, "announcement.reviewComment");
    this.state = AnnouncementState.DRAFT;
  }

  /**
   * Refuses, with the first reason, a communiqué that cannot be published now: it is not in review,
   * or it lacks a title, a dateline or a body.
   */
  public void checkPublishable() {
    requireMove(AnnouncementState.PUBLISHED);
    if (title == null) {
      throw new RuleViolation("announcement.title.required", "Publishing needs a title");
    }
    if (datelinePlace == null || datelineDate == null) {
      throw new RuleViolation(
          "announcement.dateline.required", "Publishing needs a dateline place and date");
    }
    if (body == null) {
      throw new RuleViolation("announcement.body.required", "Publishing needs a body");
    }
  }

  /**
   * The slug the title gives ("Autoridades del MINEX participan…" gives
   * "autoridades-del-minex-participan…"), cut at a word to at most {@value #SLUG_BASE_MAX}
   * characters. Once published, {@link #slug()} is what counts.
   */
  public String proposedSlug() {
    if (title == null) {
      throw new RuleViolation("announcement.title.required", "Publishing needs a title");
    }
    String full = Text.slug(title);
    if (full.isEmpty()) {
      throw new RuleViolation(
          "announcement.title.noSlug", "The title has no letter or digit: " + title, title);
    }
    if (full.length() <= SLUG_BASE_MAX) {
      return full;
    }
    // Slugs never hold two hyphens in a row, so cutting before the last one ends on a word.
    String cut = full.substring(0, SLUG_BASE_MAX);
    int lastHyphen = cut.lastIndexOf('-');
    boolean endsOnWord = full.charAt(SLUG_BASE_MAX) == '-';
    return endsOnWord || lastHyphen < 1 ? cut : cut.substring(0, lastHyphen);
  }

  /**
   * Publishes a communiqué in review under {@code uniqueSlug}, which the caller has made unique.
   * The first slug a communiqué gets is its slug for good.
   */
  public void publish(String uniqueSlug, String publisher, Instant at) {
    checkPublishable();
    if (uniqueSlug == null
        || uniqueSlug.length() > SLUG_MAX
        || !SLUG.matcher(uniqueSlug).matches()) {
      throw new IllegalArgumentException("Not a slug: " + uniqueSlug);
    }
    this.publishedBy = Objects.requireNonNull(publisher, "publisher");
    this.publishedAt = Objects.requireNonNull(at, "at");
    if (this.slug == null) {
      this.slug = uniqueSlug;
    }
    this.state = AnnouncementState.PUBLISHED;
  }

  /** Takes a published communiqué out of the public list; its address keeps working. */
  public void archive() {
    moveTo(AnnouncementState.ARCHIVED);
  }

  private void moveTo(AnnouncementState target) {
    requireMove(target);
    state = target;
  }

  private void requireMove(AnnouncementState target) {
    if (!state.canMoveTo(target)) {
      throw new RuleViolation(
          "announcement.state.notAllowed",
          "An announcement that is " + state + " cannot become " + target,
          state,
          target);
    }
  }

  /** Refuses any change unless the communiqué is a draft. */
  public void checkEditable() {
    requireDraft();
  }

  private void requireDraft() {
    if (state != AnnouncementState.DRAFT) {
      throw new RuleViolation(
          "announcement.notEditable", "An announcement that is " + state + " cannot change", state);
    }
  }

  public Long id() {
    return id;
  }

  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  public Optional<String> datelinePlace() {
    return Optional.ofNullable(datelinePlace);
  }

  public Optional<LocalDate> datelineDate() {
    return Optional.ofNullable(datelineDate);
  }

  public Optional<String> lead() {
    return Optional.ofNullable(lead);
  }

  /** The body as sanitised HTML, safe to show as it is. */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  public Optional<String> sourceUrl() {
    return Optional.ofNullable(sourceUrl);
  }

  public AnnouncementState state() {
    return state;
  }

  public Optional<String> slug() {
    return Optional.ofNullable(slug);
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public Optional<String> publishedBy() {
    return Optional.ofNullable(publishedBy);
  }

  /** Title, lead, body text and tag labels folded for search ("autoridades del minex…"). */
  public String searchKey() {
    return searchKey;
  }

  /** What the reviewer said the last time the communiqué was returned to draft. */
  public Optional<String> reviewComment() {
    return Optional.ofNullable(reviewComment);
  }

  public Set<Event> relatedEvents() {
    return Collections.unmodifiableSet(relatedEvents);
  }

  /** The tags in the order they were added. */
  public List<Tag> tags() {
    return Collections.unmodifiableList(tags);
  }

  /** The files in the order they were attached. */
  public List<Attachment> attachments() {
    return Collections.unmodifiableList(attachments);
  }

  public Optional<Attachment> attachment(long attachmentId) {
    return attachments.stream().filter(a -> a.id() != null && a.id() == attachmentId).findFirst();
  }

  /**
   * Communiqués have no natural key until published, so identity is the database identifier once
   * assigned; two unsaved communiqués are never equal.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Announcement that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Announcement.class.hashCode();
  }

  @Override
  public String toString() {
    return "Announcement[" + id + ", " + state + ", " + title + "]";
  }
}
