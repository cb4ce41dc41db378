package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ImportField;
import gt.mirps.coordination.participation.ImportProblem;
import gt.mirps.coordination.participation.ImportRow;
import gt.mirps.coordination.participation.ImportSummary;
import gt.mirps.coordination.participation.ParticipantImport;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Importing a participant list into an event: upload a CSV or XLSX file, say which column holds
 * what, see every row that cannot be imported and why, and import the whole list once none is left.
 * Nothing is saved before that confirmation, and then all of it or nothing.
 */
@Named
@ViewScoped
public class ParticipantImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient EventCatalog events;
  @Inject private transient ParticipantImport importer;
  @Inject private transient Registrations registrations;

  private Long eventId;
  private String eventTitle;
  private String fileName;
  private UploadedTable table;
  private final List<Column> columns = new ArrayList<>();
  private List<ImportProblem> problems = List.of();
  private String mappingProblem;
  private AttendanceState initialState = AttendanceState.REGISTERED;
  private ImportSummary lastImport;

  /** One column of the file and the field the person says it holds ("" for none). */
  public static final class Column implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final String header;
    private String field;

    Column(int index, String header, ImportField field) {
      this.index = index;
      this.header = header;
      this.field = field == null ? "" : field.name();
    }

    public int getIndex() {
      return index;
    }

    public String getHeader() {
      return header;
    }

    public String getField() {
      return field;
    }

    public void setField(String field) {
      this.field = field == null ? "" : field;
    }
  }

  /** Reads the event named by the view parameter; without one the page says so, with no form. */
  public void load() {
    if (eventId != null) {
      eventTitle = events.find(eventId).map(Event::title).orElse(null);
    }
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    clear();
    try {
      if (file.getSize() > ParticipantListReader.MAX_BYTES) {
        throw new UnreadableFile(
            "import.file.tooLarge",
            file.getSize() + " bytes",
            ParticipantListReader.MAX_BYTES / (1024 * 1024));
      }
      table = ParticipantListReader.read(file.getContent());
      fileName = file.getFileName();
      List<ImportField> guessed = ColumnGuess.guess(table.headers());
      for (int i = 0; i < table.headers().size(); i++) {
        columns.add(new Column(i, table.headers().get(i), guessed.get(i)));
      }
      check();
    } catch (UnreadableFile refused) {
      Notices.error(refused.messageKey(), refused.arguments());
    }
  }

  /** Checks the rows again with the columns as now mapped; nothing is saved. */
  public void check() {
    problems = List.of();
    mappingProblem = mappingProblem();
    if (table == null || mappingProblem != null) {
      return;
    }
    try {
      problems = importer.validate(eventId, rows());
    } catch (RuntimeException e) {
      RuleViolation violation = Failures.ruleViolation(e).orElseThrow(() -> e);
      mappingProblem = Notices.text(violation.messageKey(), violation.arguments());
    }
  }

  public void confirm() {
    check();
    if (!isReady()) {
      Notices.error("import.notReady");
      return;
    }
    try {
      lastImport = importer.importAll(eventId, rows(), initialState);
      Notices.done("import.done", lastImport.participants(), lastImport.newPeople());
      clear();
    } catch (RuntimeException e) {
      Notices.violation(Failures.ruleViolation(e).orElseThrow(() -> e));
      check();
    }
  }

  /** Starts again with another file. */
  public void clear() {
    table = null;
    fileName = null;
    columns.clear();
    problems = List.of();
    mappingProblem = null;
  }

  private String mappingProblem() {
    if (table == null) {
      return null;
    }
    Set<ImportField> used = EnumSet.noneOf(ImportField.class);
    for (Column column : columns) {
      if (!column.field.isEmpty() && !used.add(ImportField.valueOf(column.field))) {
        return Notices.text("import.mapping.twice", fieldLabel(column.field));
      }
    }
    return used.contains(ImportField.NAME) ? null : Notices.text("import.mapping.noName");
  }

  private List<ImportRow> rows() {
    int[] at = new int[ImportField.values().length];
    java.util.Arrays.fill(at, -1);
    for (Column column : columns) {
      if (!column.field.isEmpty()) {
        at[ImportField.valueOf(column.field).ordinal()] = column.index;
      }
    }
    List<ImportRow> rows = new ArrayList<>();
    for (UploadedTable.Row row : table.rows()) {
      rows.add(
          new ImportRow(
              row.line(),
              cell(row, at, ImportField.NAME),
              cell(row, at, ImportField.HONORIFIC),
              cell(row, at, ImportField.POSITION),
              cell(row, at, ImportField.INSTITUTION),
              cell(row, at, ImportField.EMAIL),
              cell(row, at, ImportField.PHONE),
              cell(row, at, ImportField.ROLE)));
    }
    return rows;
  }

  private static String cell(UploadedTable.Row row, int[] at, ImportField field) {
    int column = at[field.ordinal()];
    return column < 0 ? null : row.cell(column);
  }

  /** The first rows as they will be imported, to check the columns at a glance. */
  public List<ImportRow> getPreview() {
    if (table == null || mappingProblem != null) {
      return List.of();
    }
    List<ImportRow> all = rows();
    return all.subList(0, Math.min(all.size(), 10));
  }

  public String reason(ImportProblem problem) {
    return Notices.text(problem.messageKey(), problem.arguments().toArray());
  }

  public String fieldLabel(String field) {
    return field == null || field.isEmpty()
        ? Notices.text("import.field.none")
        : Notices.text("import.field." + field);
  }

  public List<String> getFields() {
    List<String> fields = new ArrayList<>();
    fields.add("");
    for (ImportField field : ImportField.values()) {
      fields.add(field.name());
    }
    return fields;
  }

  public List<AttendanceState> getInitialStates() {
    return List.of(AttendanceState.REGISTERED, AttendanceState.INVITED);
  }

  public boolean isReady() {
    return table != null && mappingProblem == null && problems.isEmpty();
  }

  public long getParticipantCount() {
    return eventTitle == null ? 0 : registrations.countOfEvent(eventId);
  }

  public Long getEventId() {
    return eventId;
  }

  public void setEventId(Long eventId) {
    this.eventId = eventId;
  }

  public String getEventTitle() {
    return eventTitle;
  }

  public String getFileName() {
    return fileName;
  }

  public UploadedTable getTable() {
    return table;
  }

  public int getRowCount() {
    return table == null ? 0 : table.rows().size();
  }

  public List<Column> getColumns() {
    return columns;
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }

  public String getMappingProblem() {
    return mappingProblem;
  }

  public AttendanceState getInitialState() {
    return initialState;
  }

  public void setInitialState(AttendanceState initialState) {
    this.initialState = initialState;
  }

  public ImportSummary getLastImport() {
    return lastImport;
  }
}
