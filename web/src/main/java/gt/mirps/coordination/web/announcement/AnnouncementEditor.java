package gt.mirps.coordination.web.announcement;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementContent;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.announcement.Attachment;
import gt.mirps.coordination.announcement.MediaTypes;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventFilter;
import gt.mirps.coordination.event.EventSort;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.tag.TagDirectory;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import gt.mirps.coordination.web.shared.RuleFields;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * The form that writes a communiqué ({@code editar.xhtml}) or revises a draft ({@code ?id=N}): its
 * text (the body's HTML is sanitised by the domain on save), tags, related events and files. Only a
 * draft can be changed; a save over someone else's change is refused with an offer to reload.
 */
@Named
@ViewScoped
public class AnnouncementEditor implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "announcement";

  /** Which field of the form a refused rule is about, to say it beside the field. */
  private static final RuleFields FIELDS =
      RuleFields.of(
          "announcement.title", "title",
          "announcement.datelinePlace", "datelinePlace",
          "announcement.lead", "lead",
          "announcement.body", "body",
          "announcement.sourceUrl", "sourceUrl",
          "tag", "tags",
          "announcement.event", "events",
          "attachment", "file",
          "announcement.attachment", "file",
          "announcement.dataset", "file");

  static final int SUGGESTIONS = 10;

  @Inject private transient AnnouncementDesk desk;
  @Inject private transient TagDirectory tagDirectory;
  @Inject private transient EventCatalog catalog;
  @Inject private transient DatasetAttachments datasets;

  private Long id;
  private long version;
  private boolean loaded;
  private boolean changedByOther;
  private AnnouncementState state = AnnouncementState.DRAFT;
  private transient Announcement announcement;

  private String title;
  private String datelinePlace;
  private LocalDate datelineDate;
  private String lead;
  private String body;
  private String sourceUrl;
  private List<String> tags = new ArrayList<>();
  private List<Event> events = new ArrayList<>();
  private transient UploadedFile file;

  /** Fills the form from the communiqué named by {@code ?id=}; answers 404 when there is none. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id == null) {
      return;
    }
    Optional<Announcement> found = desk.find(id);
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    Announcement a = found.get();
    announcement = a;
    version = a.version();
    state = a.state();
    title = a.title().orElse(null);
    datelinePlace = a.datelinePlace().orElse(null);
    datelineDate = a.datelineDate().orElse(null);
    lead = a.lead().orElse(null);
    body = a.body().orElse(null);
    sourceUrl = a.sourceUrl().orElse(null);
    tags = new ArrayList<>(a.tags().stream().map(Tag::label).toList());
    events = new ArrayList<>(a.relatedEvents());
  }

  public boolean isNew() {
    return id == null;
  }

  /** True while the communiqué may be changed: new, or a draft. */
  public boolean isEditable() {
    return state == AnnouncementState.DRAFT;
  }

  /** Writes or revises the communiqué and opens its page; refusals are shown beside the fields. */
  public String save() {
    AnnouncementContent content =
        new AnnouncementContent(title, datelinePlace, datelineDate, lead, body, sourceUrl);
    List<Long> eventIds = events.stream().map(Event::id).toList();
    try {
      Announcement saved =
          id == null
              ? desk.write(content, tags, eventIds)
              : desk.revise(id, version, content, tags, eventIds);
      Notices.done(
          id == null ? "announcements.written" : "announcements.saved",
          saved.title().orElse(Notices.text("announcements.untitled")));
      return "/equipo/comunicados/comunicado.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (RuntimeException e) {
      fail(e);
      return null;
    }
  }

  /** Keeps the chosen file with the draft, checked by its content (CSV, XLS, XLSX, PDF, images). */
  public void upload() {
    if (id == null) {
      return;
    }
    if (file == null || file.getSize() == 0) {
      Notices.fieldError(FORM + ":file", "attachment.content.empty");
      return;
    }
    if (file.getSize() > MediaTypes.MAX_BYTES) {
      Notices.fieldError(
          FORM + ":file", "attachment.content.tooLarge", MediaTypes.MAX_BYTES / (1024 * 1024));
      return;
    }
    try {
      Attachment kept =
          desk.attach(id, version, file.getFileName(), file.getContentType(), file.getContent());
      Notices.done("announcements.file.attached", kept.fileName());
      refresh();
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  /**
   * Attaches a dataset generated from the record ({@link Dataset}, in {@link Format}) to the draft,
   * from the version the form was read at.
   */
  public void attachDataset(String dataset, String format) {
    if (id == null) {
      return;
    }
    try {
      Attachment kept =
          datasets.attach(id, version, Dataset.valueOf(dataset), Format.valueOf(format));
      Notices.done("announcements.file.attached", kept.fileName());
      refresh();
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  /** Removes a file from the draft. */
  public void remove(long attachmentId) {
    try {
      desk.detach(id, version, attachmentId);
      Notices.done("announcements.file.removed");
      refresh();
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  /** After a file changed: the version the next change starts from (checked by the desk). */
  private void refresh() {
    announcement = desk.find(id).orElseThrow();
    version = announcement.version();
  }

  private void fail(RuntimeException failure) {
    if (Failures.isConcurrentChange(failure)) {
      changedByOther = true;
      Notices.error("record.changedByOther");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    RuleViolation violation = Failures.ruleViolation(failure).orElseThrow(() -> failure);
    FIELDS.say(FORM + ":", violation);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** The form again, with the communiqué as someone else left it. */
  public String reload() {
    return "/equipo/comunicados/editar.xhtml?faces-redirect=true&id=" + id;
  }

  /** The field beside which a refusal is shown; null for the whole form. */
  static String fieldOf(String messageKey) {
    return FIELDS.clientIdOf(FORM + ":", messageKey);
  }

  /**
   * Tags for the autocomplete: what was typed first, as a new tag, unless a tag with that slug
   * exists; then the tags whose label starts with it.
   */
  public List<String> completeTag(String typed) {
    List<String> suggestions = new ArrayList<>();
    List<Tag> found = tagDirectory.suggest(typed, SUGGESTIONS);
    String slug = null;
    try {
      slug = Tag.slugOf(typed);
    } catch (RuleViolation notALabel) {
      // nothing to create from what was typed
    }
    String wanted = slug;
    if (wanted != null
        && !wanted.isEmpty()
        && found.stream().noneMatch(t -> t.slug().equals(wanted))) {
      suggestions.add(typed.strip());
    }
    found.forEach(t -> suggestions.add(t.label()));
    suggestions.removeAll(tags);
    return suggestions;
  }

  /** Events whose title contains what was typed, the newest first. */
  public List<Event> completeEvent(String typed) {
    return catalog.search(
        new EventFilter(typed, null, null, null, null, null),
        EventSort.STARTS_AT,
        false,
        0,
        SUGGESTIONS);
  }

  /** The files of the draft, in the order they were attached. */
  public List<Attachment> getAttachments() {
    if (id == null) {
      return List.of();
    }
    if (announcement == null) {
      announcement = desk.find(id).orElse(null);
    }
    return announcement == null ? List.of() : announcement.attachments();
  }

  public AnnouncementState getState() {
    return state;
  }

  public boolean isChangedByOther() {
    return changedByOther;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDatelinePlace() {
    return datelinePlace;
  }

  public void setDatelinePlace(String datelinePlace) {
    this.datelinePlace = datelinePlace;
  }

  public LocalDate getDatelineDate() {
    return datelineDate;
  }

  public void setDatelineDate(LocalDate datelineDate) {
    this.datelineDate = datelineDate;
  }

  public String getLead() {
    return lead;
  }

  public void setLead(String lead) {
    this.lead = lead;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  public void setSourceUrl(String sourceUrl) {
    this.sourceUrl = sourceUrl;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }

  public List<Event> getEvents() {
    return events;
  }

  public void setEvents(List<Event> events) {
    this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
