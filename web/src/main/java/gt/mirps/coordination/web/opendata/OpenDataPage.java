package gt.mirps.coordination.web.opendata;

import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The public "Datos abiertos" page: each dataset with its columns, size, last update and files. */
@Named
@RequestScoped
public class OpenDataPage {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** A dataset as the page shows it. */
  public record Entry(
      String slug,
      String title,
      String description,
      long count,
      String lastUpdate,
      String lastUpdateIso,
      List<ColumnSet.Note> columns) {}

  @Inject private OpenDataCatalog catalog;
  @Inject private Language language;

  private List<Entry> datasets;

  public List<Entry> getDatasets() {
    if (datasets == null) {
      Locale locale = language.getCurrent();
      ResourceBundle texts = Messages.bundle(locale);
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      OpenDataFile.Context context =
          new OpenDataFile.Context(
              texts,
              OpenDataAddresses.site(request),
              GuatemalaTime.now(Clock.systemUTC()).toLocalDate());
      datasets = catalog.all().stream().map(f -> entry(f, context, locale)).toList();
    }
    return datasets;
  }

  private static Entry entry(OpenDataFile<?> file, OpenDataFile.Context context, Locale locale) {
    Instant last = file.data().lastUpdate().orElse(null);
    return new Entry(
        file.slug(),
        file.title(context.texts()),
        file.description(context.texts()),
        file.data().count(),
        last == null ? context.texts().getString("opendata.lastUpdate.none") : when(last, locale),
        last == null ? null : last.toString(),
        file.columns().apply(context).notes());
  }

  /** "25 de noviembre de 2026, 18:04", in Guatemala's time. */
  static String when(Instant at, Locale locale) {
    LocalDateTime local = LocalDateTime.ofInstant(at, GuatemalaTime.ZONE);
    LocalDate day = local.toLocalDate();
    return DateRanges.format(day, locale) + ", " + TIME.format(local);
  }
}
