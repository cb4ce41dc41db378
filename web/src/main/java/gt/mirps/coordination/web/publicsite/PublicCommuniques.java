package gt.mirps.coordination.web.publicsite;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.AnnouncementPage;
import gt.mirps.coordination.announcement.PublicSearch;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.tag.TagDirectory;
import gt.mirps.coordination.web.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Lists of published communiqués for the public: the latest ones on the home page, all of them at
 * {@code /comunicados} and a tag's at {@code /etiquetas/{slug}}, paged in the database ({@code
 * ?pagina=} from 1).
 */
@Named
@RequestScoped
public class PublicCommuniques {

  static final int LATEST_SHOWN = 5;
  static final int PAGE_SIZE = 10;

  @Inject private AnnouncementDesk desk;
  @Inject private TagDirectory tags;
  @Inject private Language language;

  private List<Announcement> latest;
  private String tagSlug;
  private Tag tag;
  private int pageNumber = 1;
  private AnnouncementPage page;
  private String text;
  private String tagLabel;
  private String year;

  /** The newest published communiqués, for the home page. */
  public List<Announcement> getLatest() {
    if (latest == null) {
      latest = desk.published(0, LATEST_SHOWN).items();
    }
    return latest;
  }

  /** Opens the tag named by {@code ?slug=}; answers 404 when there is none. */
  public void loadTag() throws IOException {
    Optional<Tag> found = tagSlug == null ? Optional.empty() : tags.findBySlug(tagSlug);
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    tag = found.get();
  }

  /** The page asked for, of the tag's communiqués if a tag was opened, else of all. */
  public AnnouncementPage getPage() {
    if (page == null) {
      int index = Math.max(pageNumber, 1) - 1;
      page =
          tag == null
              ? desk.search(getSearch(), index, PAGE_SIZE)
              : desk.publishedWithTag(tag.slug(), index, PAGE_SIZE);
    }
    return page;
  }

  /** What the visitor looks for at {@code /comunicados} ({@code ?q=&etiqueta=&anio=}). */
  public PublicSearch getSearch() {
    String tagSlug = tagLabel == null || tagLabel.isBlank() ? null : Tag.slugOf(tagLabel);
    return new PublicSearch(text, tagSlug, getYearNumber());
  }

  /** The year typed, if it is one (1900–2999); anything else is ignored. */
  public Integer getYearNumber() {
    if (year == null || !year.strip().matches("(19|2[0-9])[0-9]{2}")) {
      return null;
    }
    return Integer.valueOf(year.strip());
  }

  /** The search as query parameters for the pager's links ("&amp;q=…"), or empty. */
  public String getQuery() {
    StringBuilder query = new StringBuilder();
    appendParameter(query, "q", text);
    appendParameter(query, "etiqueta", tagLabel);
    appendParameter(query, "anio", getYearNumber() == null ? null : year.strip());
    return query.toString();
  }

  private static void appendParameter(StringBuilder query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query
          .append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  public boolean isSearching() {
    PublicSearch search = getSearch();
    return !search.words().isEmpty() || search.tagSlug() != null || search.year() != null;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getTagLabel() {
    return tagLabel;
  }

  public void setTagLabel(String tagLabel) {
    this.tagLabel = tagLabel;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String dateline(Announcement announcement) {
    return Datelines.of(announcement, language.getCurrent());
  }

  public String getTagSlug() {
    return tagSlug;
  }

  public void setTagSlug(String tagSlug) {
    this.tagSlug = tagSlug;
  }

  public Tag getTag() {
    return tag;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public void setPageNumber(int pageNumber) {
    this.pageNumber = pageNumber;
  }
}
