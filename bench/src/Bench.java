import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark harness of MIRPS Coordination (see bench/README.md). Run by bench/run with the
 * JDK's single-file source launcher and the Derby jars on the class path; never part of the
 * product's build. Each command is one phase; the phases share the data directory, where this keeps
 * bench-state.properties (what the generator made) and bench-results.properties (what was
 * measured).
 *
 * <pre>
 *   generate-small   institutions, people, the list event with its participations (5,000 in all)
 *   generate-full    grows the database to the full sizes (events, participations, commitments,
 *                    progress updates, communiqués, the check-in event)
 *   counts           prints the row counts of the generated tables
 *   jdbc-baselines   the plain-JDBC participation CSV and check-ins (server stopped)
 *   http-list LABEL  participant list first page (LABEL small or full)
 *   http-all         exports, check-ins, dashboard, communiqués API (server running)
 *   table            prints the table and writes it as Markdown
 * </pre>
 */
public class Bench {

  static Path dataDir;
  static Properties state = new Properties();
  static Properties results = new Properties();

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java Bench.java <command> (see the class comment)");
      System.exit(2);
    }
    dataDir = Path.of(env("BENCH_DATA_DIR", "/tmp/bench-data"));
    load(state, dataDir.resolve("bench-state.properties"));
    load(results, dataDir.resolve("bench-results.properties"));
    System.setProperty("derby.stream.error.file", dataDir.resolve("bench-derby.log").toString());
    switch (args[0]) {
      case "generate-small" -> Generator.small();
      case "generate-full" -> Generator.full();
      case "counts" -> Generator.counts();
      case "jdbc-baselines" -> JdbcBaselines.run();
      case "http-list" -> Http.participantList(args[1]);
      case "http-all" -> Http.all();
      case "http-exports" -> Http.exports();
      case "http-dashboard" -> Http.dashboard();
      case "http-checkins" -> Http.checkIns();
      case "http-api" -> Http.communiques();
      case "table" -> Table.print(args.length > 1 ? Path.of(args[1]) : null);
      default -> {
        System.err.println("unknown command " + args[0]);
        System.exit(2);
      }
    }
    save(state, dataDir.resolve("bench-state.properties"));
    save(results, dataDir.resolve("bench-results.properties"));
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static int size(String name, int fallback) {
    return Integer.parseInt(env(name, String.valueOf(fallback)));
  }

  static void load(Properties properties, Path file) throws IOException {
    if (Files.exists(file)) {
      try (var in = Files.newBufferedReader(file)) {
        properties.load(in);
      }
    }
  }

  static void save(Properties properties, Path file) throws IOException {
    try (var out = Files.newBufferedWriter(file)) {
      properties.store(out, "MIRPS Coordination benchmark");
    }
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:derby:" + dataDir.resolve("db"));
  }

  static void shutdownDerby() {
    try {
      DriverManager.getConnection("jdbc:derby:;shutdown=true");
    } catch (SQLException expected) {
      // Derby reports a clean shutdown as an exception (XJ015).
    }
  }

  static void result(String key, double value) {
    results.setProperty(key, String.valueOf(value));
  }

  static void log(String format, Object... args) {
    System.out.printf(
        Locale.ROOT,
        "[bench %s] %s%n",
        Instant.now().toString().substring(11, 19),
        String.format(Locale.ROOT, format, args));
  }

  /** As the domain's Text.searchKey: spaces collapsed, accents dropped, lower case. */
  static String searchKey(String text) {
    String cleaned = text.strip().replaceAll("\\s+", " ");
    String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double percentile(long[] nanos, int count, double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
  }

  // ---------------------------------------------------------------------------------------------
  /** Bulk JDBC generation into the tables the JPA entities map (see the Liquibase changelogs). */
  static class Generator {

    /** Far above the sequences' values (they start at 50 and grow by 50 per 50 ids). */
    static final long BASE_ID = 10_000_000L;

    static final String AUTHOR = "bench";
    static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final String[] FIRST =
        ("María,José,Ana Lucía,Juan Carlos,Rosa Elena,Luis Fernando,Sofía,Andrés,Carmen,Óscar,"
                + "Lucía,Héctor,Marta Julia,Jesús,Verónica,Raúl,Patricia,Ramón,Inés,Tomás,Beatriz,"
                + "Iván,Gabriela,Ángel,Mónica,Julián,Débora,Elías,Noemí,Álvaro")
            .split(",");
    static final String[] LAST =
        ("García,López,Pérez,Hernández,González,Rodríguez,Martínez,Sánchez,Ramírez,Xol,Tun,"
                + "Cux,Ixcoy,Chávez,Méndez,Núñez,Ordóñez,Cifuentes,Barrios,Monterroso,Quiñónez,"
                + "Batz,Coc,Ajú,Tzul,Morales,Castañeda,Gálvez,Muñoz,Peña,Alarcón,Sagastume")
            .split(",");
    static final String[] POSITIONS = {
      "Alcalde", "Alcaldesa", "Directora", "Director", "Coordinador de protección",
      "Oficial de programas", "Técnica de campo", "Asesor jurídico", "Delegada", "Concejal",
      "Jefa de unidad", "Psicóloga", "Docente", "Investigador", "Gerente de proyectos"
    };
    static final String[] INSTITUTION_WORDS = {
      "Asociación", "Fundación", "Instituto", "Centro", "Red", "Oficina", "Programa", "Comisión"
    };
    static final String[] INSTITUTION_TOPICS = {
      "Movilidad Humana", "Protección de la Niñez", "Derechos Humanos", "Desarrollo Local",
      "Migración y Retorno", "Educación Rural", "Salud Comunitaria", "Integración Económica",
      "Refugio y Asilo", "Acción Ciudadana"
    };
    static final String[] CITIES = {
      "Ciudad de Guatemala",
      "Quetzaltenango",
      "Huehuetenango",
      "Flores",
      "Cobán",
      "Escuintla",
      "Chiquimula",
      "Puerto Barrios",
      "San Marcos",
      "Antigua Guatemala"
    };
    static final String[] FOREIGN = {"SV", "HN", "MX", "CR", "PA", "BZ", "US", "ES", "CA", "CO"};
    static final String[] EVENT_KINDS = {
      "CONFERENCE",
      "MEETING",
      "MEETING",
      "MEETING",
      "WORKSHOP",
      "WORKSHOP",
      "TRAINING",
      "TRAINING",
      "CEREMONY",
      "VISIT"
    };
    static final String[] EVENT_TOPICS = {
      "protección internacional",
      "ciudades solidarias",
      "retorno y reintegración",
      "niñez no acompañada",
      "empleo y medios de vida",
      "salud mental",
      "documentación",
      "integración local",
      "respuesta humanitaria",
      "coordinación interinstitucional"
    };
    static final String[] AREAS = {
      "PROTECTION",
      "EDUCATION",
      "HEALTH",
      "PSYCHOSOCIAL_SUPPORT",
      "EMPLOYMENT",
      "SOCIAL_ASSISTANCE",
      "DOCUMENTATION",
      "LOCAL_INTEGRATION",
      "SHELTER",
      "LEGAL_AID",
      "OTHER"
    };
    static final String[] COMMITMENT_TYPES = {
      "POLICY", "TECHNICAL", "FINANCIAL", "MATERIAL", "COORDINATION"
    };

    final Random random = new Random(20240925L);
    final Set<String> codes = new HashSet<>();
    final Timestamp now = Timestamp.from(Instant.now());
    Connection db;

    static void small() throws Exception {
      Generator g = new Generator();
      try (Connection db = connect()) {
        g.db = db;
        db.setAutoCommit(false);
        g.loadCodes();
        long started = System.nanoTime();
        int institutions = size("BENCH_INSTITUTIONS", 2_000);
        int people = size("BENCH_PEOPLE", 100_000);
        int listParticipations = size("BENCH_LIST_PARTICIPATIONS", 5_000);
        g.institutions(institutions);
        g.people(people, institutions);
        long listEvent = BASE_ID;
        g.event(
            listEvent,
            "Conferencia Regional MIRPS de Ciudades Solidarias (banco de pruebas)",
            "CONFERENCE",
            LocalDateTime.of(2025, 6, 10, 8, 30),
            "HELD");
        db.commit();
        g.participations(listEvent, "HELD", listParticipations, 0, people, institutions, null);
        db.commit();
        state.setProperty("listEvent", String.valueOf(listEvent));
        state.setProperty("institutions", String.valueOf(institutions));
        state.setProperty("people", String.valueOf(people));
        state.setProperty("nextEventId", String.valueOf(BASE_ID + 1));
        state.setProperty("nextParticipationId", String.valueOf(BASE_ID + listParticipations));
        log("small stage generated in %.1f s", (System.nanoTime() - started) / 1e9);
      }
      counts();
    }

    static void full() throws Exception {
      Generator g = new Generator();
      try (Connection db = connect()) {
        g.db = db;
        db.setAutoCommit(false);
        g.loadCodes();
        long started = System.nanoTime();
        int institutions = Integer.parseInt(state.getProperty("institutions"));
        int people = Integer.parseInt(state.getProperty("people"));
        int events = size("BENCH_EVENTS", 5_000);
        int participations = size("BENCH_PARTICIPATIONS", 500_000);
        int checkIns = size("BENCH_CHECKIN_PARTICIPATIONS", 90_000);
        long nextEvent = Long.parseLong(state.getProperty("nextEventId"));
        long nextParticipation = Long.parseLong(state.getProperty("nextParticipationId"));
        int existing = countWhere(db, "participation", "id >= " + BASE_ID);

        // The check-in event: today, everyone registered and not yet arrived.
        long checkInEvent = nextEvent++;
        g.event(
            checkInEvent,
            "Foro Nacional de Movilidad Humana (registro de llegadas, banco de pruebas)",
            "CONFERENCE",
            LocalDate.now(ZoneOffset.UTC).atTime(8, 0),
            "PLANNED");
        db.commit();
        List<String> checkInCodes = new ArrayList<>();
        nextParticipation =
            g.participations(
                checkInEvent,
                "CHECKIN",
                checkIns,
                nextParticipation,
                people,
                institutions,
                checkInCodes);
        db.commit();
        int half = checkInCodes.size() * 2 / 3; // the baseline is the faster one
        Files.write(dataDir.resolve("codes-jdbc.txt"), checkInCodes.subList(0, half));
        Files.write(
            dataDir.resolve("codes-http.txt"), checkInCodes.subList(half, checkInCodes.size()));
        state.setProperty("checkInEvent", String.valueOf(checkInEvent));

        // The other events (the list event and the check-in event are two of them), over the
        // years 2019 to 2027, with the remaining participations spread unevenly among them.
        int others = events - 2;
        int remaining = participations - existing - checkIns;
        long firstOther = nextEvent;
        String[] statuses = new String[others];
        int[] sizes = spread(g.random, remaining, others, 4_000);
        LocalDateTime today = LocalDate.now(ZoneOffset.UTC).atStartOfDay();
        for (int i = 0; i < others; i++) {
          LocalDateTime start =
              LocalDateTime.of(2019, 1, 7, 8, 0)
                  .plusDays(g.random.nextInt(9 * 365))
                  .plusMinutes(30L * g.random.nextInt(16));
          String status =
              start.isAfter(today) ? "PLANNED" : g.random.nextInt(100) < 6 ? "CANCELLED" : "HELD";
          statuses[i] = status;
          String kind = EVENT_KINDS[g.random.nextInt(EVENT_KINDS.length)];
          String topic = EVENT_TOPICS[g.random.nextInt(EVENT_TOPICS.length)];
          g.eventBatched(
              nextEvent + i,
              label(kind) + " sobre " + topic + " en " + CITIES[g.random.nextInt(CITIES.length)],
              kind,
              start,
              status,
              i);
        }
        g.flushEvents();
        db.commit();
        log("%d events", others + 2);
        for (int i = 0; i < others; i++) {
          nextParticipation =
              g.participations(
                  firstOther + i,
                  statuses[i],
                  sizes[i],
                  nextParticipation,
                  people,
                  institutions,
                  null);
          if (i % 500 == 499) {
            db.commit();
            log("participations of %d events", i + 1);
          }
        }
        db.commit();
        nextEvent += others;
        state.setProperty("nextEventId", String.valueOf(nextEvent));
        state.setProperty("nextParticipationId", String.valueOf(nextParticipation));

        g.commitments(
            size("BENCH_COMMITMENTS", 10_000),
            size("BENCH_PROGRESS_UPDATES", 50_000),
            institutions,
            firstOther,
            others);
        db.commit();
        g.communiques(size("BENCH_COMMUNIQUES", 2_000), firstOther, others);
        db.commit();
        log("full stage generated in %.1f s", (System.nanoTime() - started) / 1e9);
      }
      counts();
    }

    static int countWhere(Connection db, String table, String where) throws SQLException {
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
        rs.next();
        return rs.getInt(1);
      }
    }

    static void counts() throws Exception {
      try (Connection db = connect()) {
        String[] tables = {
          "institution",
          "person",
          "person_affiliation",
          "event",
          "participation",
          "commitment",
          "progress_update",
          "announcement",
          "announcement_tag",
          "tag"
        };
        StringBuilder line = new StringBuilder("row counts (all / generated by the bench):");
        for (String table : tables) {
          int all = countWhere(db, table, "1 = 1");
          String generatedWhere =
              switch (table) {
                case "person_affiliation" -> "person_id >= " + BASE_ID;
                case "announcement_tag" -> "announcement_id >= " + BASE_ID;
                default -> "id >= " + BASE_ID;
              };
          int generated = countWhere(db, table, generatedWhere);
          line.append(String.format(Locale.ROOT, "%n  %-20s %,9d / %,9d", table, all, generated));
          results.setProperty("count." + table, String.valueOf(all));
        }
        try (Statement s = db.createStatement();
            ResultSet rs =
                s.executeQuery(
                    "SELECT state, COUNT(*), SUM(head_count) FROM participation GROUP BY state")) {
          line.append("\n  participations by attendance state (rows, heads):");
          while (rs.next()) {
            line.append(
                String.format(
                    Locale.ROOT, " %s %,d (%,d)", rs.getString(1), rs.getInt(2), rs.getLong(3)));
          }
        }
        try (Statement s = db.createStatement();
            ResultSet rs =
                s.executeQuery("SELECT status, COUNT(*) FROM commitment GROUP BY status")) {
          line.append("\n  commitments by status:");
          while (rs.next()) {
            line.append(String.format(Locale.ROOT, " %s %,d", rs.getString(1), rs.getInt(2)));
          }
        }
        line.append(
            String.format(
                Locale.ROOT,
                ", of which overdue (open, target date past) %,d",
                countWhere(
                    db,
                    "commitment",
                    "status IN ('PLANNING', 'IN_PROGRESS') AND target_date < CURRENT_DATE")));
        log("%s", line);
      }
      shutdownDerby();
    }

    void loadCodes() throws SQLException {
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("SELECT code FROM participation")) {
        while (rs.next()) {
          codes.add(rs.getString(1));
        }
      }
    }

    String freshCode() {
      while (true) {
        char[] code = new char[8];
        for (int i = 0; i < 8; i++) {
          code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        String candidate = new String(code);
        if (codes.add(candidate)) {
          return candidate;
        }
      }
    }

    /** n sizes summing to total, uneven (a few large events, many small ones), each <= max. */
    static int[] spread(Random random, int total, int n, int max) {
      double[] weights = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double u = random.nextDouble();
        weights[i] = 0.2 + u * u * u * 6; // skewed
        sum += weights[i];
      }
      int[] sizes = new int[n];
      int given = 0;
      for (int i = 0; i < n; i++) {
        sizes[i] = Math.min(max, Math.max(1, (int) (total * weights[i] / sum)));
        given += sizes[i];
      }
      int i = 0;
      while (given < total) { // rounding leftovers
        if (sizes[i % n] < max) {
          sizes[i % n]++;
          given++;
        }
        i++;
      }
      while (given > total) {
        if (sizes[i % n] > 1) {
          sizes[i % n]--;
          given--;
        }
        i++;
      }
      return sizes;
    }

    static String label(String kind) {
      return switch (kind) {
        case "CONFERENCE" -> "Conferencia";
        case "MEETING" -> "Reunión técnica";
        case "WORKSHOP" -> "Taller";
        case "TRAINING" -> "Capacitación";
        case "CEREMONY" -> "Acto de firma";
        default -> "Visita de campo";
      };
    }

    void audit(PreparedStatement insert, int first) throws SQLException {
      insert.setTimestamp(first, now);
      insert.setString(first + 1, AUTHOR);
      insert.setTimestamp(first + 2, now);
      insert.setString(first + 3, AUTHOR);
    }

    long[] municipalities() throws SQLException {
      List<Long> ids = new ArrayList<>();
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("SELECT id FROM territory WHERE level = 'MUNICIPALITY'")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids.stream().mapToLong(Long::longValue).toArray();
    }

    void institutions(int n) throws SQLException {
      long[] municipalities = municipalities();
      String[] kinds = {
        "MUNICIPALITY", "MUNICIPALITY", "MUNICIPALITY", "MINISTRY", "GOVERNMENT_AGENCY",
        "DEPARTMENTAL_GOVERNORSHIP", "UN_AGENCY", "INTERNATIONAL_ORGANISATION", "NGO", "NGO",
        "NGO", "ACADEMIA", "PRIVATE_SECTOR", "OTHER"
      };
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO institution (id, name, name_key, acronym, acronym_key, kind,"
                  + " country_code, territory_id, national_team_member, version, created_at,"
                  + " created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,0,?,?,?,?)")) {
        for (int i = 0; i < n; i++) {
          String kind = kinds[random.nextInt(kinds.length)];
          boolean local =
              kind.equals("MUNICIPALITY")
                  || kind.equals("DEPARTMENTAL_GOVERNORSHIP")
                  || random.nextInt(100) < 65;
          String country = local ? "GT" : FOREIGN[random.nextInt(FOREIGN.length)];
          long municipality = municipalities[random.nextInt(municipalities.length)];
          String name =
              switch (kind) {
                case "MUNICIPALITY" -> "Municipalidad " + (i + 1) + " de " + CITIES[i % 10];
                case "DEPARTMENTAL_GOVERNORSHIP" -> "Gobernación Departamental " + (i + 1);
                case "MINISTRY" -> "Ministerio de " + INSTITUTION_TOPICS[i % 10] + " " + (i + 1);
                default ->
                    INSTITUTION_WORDS[random.nextInt(INSTITUTION_WORDS.length)]
                        + " de "
                        + INSTITUTION_TOPICS[random.nextInt(INSTITUTION_TOPICS.length)]
                        + " "
                        + (i + 1);
              };
          boolean needsTerritory =
              kind.equals("MUNICIPALITY") || kind.equals("DEPARTMENTAL_GOVERNORSHIP");
          String acronym = random.nextInt(3) == 0 ? "BNC" + (i + 1) : null;
          insert.setLong(1, BASE_ID + i);
          insert.setString(2, name);
          insert.setString(3, searchKey(name));
          insert.setString(4, acronym);
          insert.setString(5, acronym == null ? null : searchKey(acronym));
          insert.setString(6, kind);
          insert.setString(7, country);
          if (needsTerritory || (local && random.nextBoolean())) {
            insert.setLong(8, municipality);
          } else {
            insert.setNull(8, Types.BIGINT);
          }
          insert.setBoolean(9, random.nextInt(50) == 0);
          audit(insert, 10);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      db.commit();
      log("%,d institutions", n);
    }

    static String personName(int i) {
      Random r = new Random(i * 7919L);
      return FIRST[r.nextInt(FIRST.length)]
          + " "
          + LAST[r.nextInt(LAST.length)]
          + " "
          + LAST[r.nextInt(LAST.length)]
          + " "
          + (i + 1);
    }

    static long institutionOf(int person, int institutions) {
      return BASE_ID + (person * 31L) % institutions;
    }

    static String positionOf(int person) {
      return POSITIONS[person % POSITIONS.length];
    }

    void people(int n, int institutions) throws SQLException {
      try (PreparedStatement person =
              db.prepareStatement(
                  "INSERT INTO person (id, full_name, name_key, honorific, position, email, phone,"
                      + " public_consent, version, created_at, created_by, updated_at, updated_by)"
                      + " VALUES (?,?,?,?,?,?,?,?,0,?,?,?,?)");
          PreparedStatement affiliation =
              db.prepareStatement(
                  "INSERT INTO person_affiliation (person_id, institution_id, position, since)"
                      + " VALUES (?,?,?,?)")) {
        for (int i = 0; i < n; i++) {
          String name = personName(i);
          person.setLong(1, BASE_ID + i);
          person.setString(2, name);
          person.setString(3, searchKey(name));
          person.setString(4, random.nextInt(5) == 0 ? "Lic." : null);
          person.setString(5, positionOf(i));
          person.setString(6, random.nextInt(3) == 0 ? "persona" + (i + 1) + "@ejemplo.gt" : null);
          person.setString(7, random.nextInt(4) == 0 ? "+502 5" + (1000000 + i) : null);
          person.setBoolean(8, random.nextInt(10) < 3);
          audit(person, 9);
          person.addBatch();
          affiliation.setLong(1, BASE_ID + i);
          affiliation.setLong(2, institutionOf(i, institutions));
          affiliation.setString(3, positionOf(i));
          affiliation.setDate(4, Date.valueOf(LocalDate.of(2015 + i % 9, 1 + i % 12, 1)));
          affiliation.addBatch();
          if (i % 5_000 == 4_999) {
            person.executeBatch();
            affiliation.executeBatch();
            db.commit();
          }
        }
        person.executeBatch();
        affiliation.executeBatch();
      }
      db.commit();
      log("%,d people with their affiliations", n);
    }

    PreparedStatement eventInsert;

    PreparedStatement eventStatement() throws SQLException {
      if (eventInsert == null) {
        eventInsert =
            db.prepareStatement(
                "INSERT INTO event (id, title, kind, series, edition, purpose, starts_at, ends_at,"
                    + " venue, city, status, version, created_at, created_by, updated_at,"
                    + " updated_by, search_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?)");
      }
      return eventInsert;
    }

    void event(long id, String title, String kind, LocalDateTime start, String status)
        throws SQLException {
      eventBatched(id, title, kind, start, status, -1);
      flushEvents();
    }

    void eventBatched(
        long id, String title, String kind, LocalDateTime start, String status, int seriesIndex)
        throws SQLException {
      PreparedStatement insert = eventStatement();
      String city = CITIES[(int) (id % CITIES.length)];
      // One event in ten belongs to a series; the edition is unique within it.
      String series =
          seriesIndex >= 0 && seriesIndex % 10 == 0 ? "Mesa Técnica MIRPS Guatemala" : null;
      insert.setLong(1, id);
      insert.setString(2, title);
      insert.setString(3, kind);
      insert.setString(4, series);
      insert.setString(5, series == null ? null : String.valueOf(seriesIndex / 10 + 1));
      insert.setString(6, "Dar seguimiento a los compromisos del MIRPS en materia de " + title);
      insert.setTimestamp(7, Timestamp.valueOf(start));
      insert.setTimestamp(
          8,
          Timestamp.valueOf(
              kind.equals("CONFERENCE") ? start.plusDays(1).plusHours(9) : start.plusHours(4)));
      insert.setString(9, "Salón " + (1 + id % 20));
      insert.setString(10, city);
      insert.setString(11, status);
      audit(insert, 12);
      insert.setString(
          16,
          searchKey(
              title
                  + " "
                  + (series == null ? "" : series)
                  + " Salón "
                  + (1 + id % 20)
                  + " "
                  + city));
      insert.addBatch();
    }

    void flushEvents() throws SQLException {
      eventInsert.executeBatch();
    }

    PreparedStatement participationInsert;

    /**
     * n participations of the event, people chosen from a random start so that a person is at most
     * once per event; 3% delegations of an institution with a head count. Returns the next id.
     */
    long participations(
        long event,
        String eventStatus,
        int n,
        long nextId,
        int people,
        int institutions,
        List<String> codesOut)
        throws SQLException {
      if (participationInsert == null) {
        participationInsert =
            db.prepareStatement(
                "INSERT INTO participation (id, event_id, person_id, institution_id,"
                    + " position_at_event, head_count, role, state, checked_in_at, checked_in_by,"
                    + " code, walk_in, state_before_check_in, version, created_at, created_by,"
                    + " updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?)");
      }
      PreparedStatement insert = participationInsert;
      long id = nextId == 0 ? BASE_ID : nextId;
      int start = random.nextInt(people);
      Timestamp eventStart;
      try (PreparedStatement s = db.prepareStatement("SELECT starts_at FROM event WHERE id = ?")) {
        s.setLong(1, event);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          eventStart = rs.getTimestamp(1);
        }
      }
      for (int k = 0; k < n; k++) {
        boolean delegation = !eventStatus.equals("CHECKIN") && random.nextInt(100) < 3;
        int person = (start + k) % people;
        String state = state(eventStatus);
        String role = delegation ? "DELEGATE" : role();
        String code = freshCode();
        insert.setLong(1, id);
        insert.setLong(2, event);
        if (delegation) {
          insert.setNull(3, Types.BIGINT);
          insert.setLong(4, BASE_ID + random.nextInt(institutions));
          insert.setNull(5, Types.VARCHAR);
          insert.setInt(6, 2 + random.nextInt(11));
        } else {
          insert.setLong(3, BASE_ID + person);
          insert.setLong(4, institutionOf(person, institutions));
          insert.setString(5, positionOf(person));
          insert.setInt(6, 1);
        }
        insert.setString(7, role);
        insert.setString(8, state);
        boolean attended = state.equals("ATTENDED");
        if (attended) {
          insert.setTimestamp(
              9, new Timestamp(eventStart.getTime() + random.nextInt(7_200_000) - 1_800_000L));
          insert.setString(10, "coordinacion");
        } else {
          insert.setNull(9, Types.TIMESTAMP);
          insert.setNull(10, Types.VARCHAR);
        }
        insert.setString(11, code);
        boolean walkIn = attended && !delegation && random.nextInt(50) == 0;
        insert.setBoolean(12, walkIn);
        insert.setString(
            13, attended && !walkIn ? (random.nextBoolean() ? "CONFIRMED" : "REGISTERED") : null);
        audit(insert, 14);
        insert.addBatch();
        if (codesOut != null) {
          codesOut.add(code);
        }
        id++;
        if (k % 2_000 == 1_999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      return id;
    }

    String state(String eventStatus) {
      int r = random.nextInt(100);
      return switch (eventStatus) {
        case "CHECKIN" -> "REGISTERED";
        case "CANCELLED" -> "CANCELLED";
        case "PLANNED" ->
            r < 30 ? "INVITED" : r < 70 ? "REGISTERED" : r < 95 ? "CONFIRMED" : "CANCELLED";
        default ->
            r < 70
                ? "ATTENDED"
                : r < 85 ? "NO_SHOW" : r < 90 ? "CANCELLED" : r < 95 ? "CONFIRMED" : "REGISTERED";
      };
    }

    String role() {
      int r = random.nextInt(100);
      return r < 60
          ? "ATTENDEE"
          : r < 75
              ? "DELEGATE"
              : r < 81
                  ? "SPEAKER"
                  : r < 86
                      ? "PANELLIST"
                      : r < 89
                          ? "MODERATOR"
                          : r < 94 ? "ORGANISER" : r < 99 ? "OBSERVER" : "GUEST_OF_HONOUR";
    }

    void commitments(int n, int updates, int institutions, long firstEvent, int events)
        throws SQLException {
      try (PreparedStatement commitment =
              db.prepareStatement(
                  "INSERT INTO commitment (id, title, description, event_id, submitter_id,"
                      + " commitment_type, thematic_area, target_date, status, cancellation_reason,"
                      + " version, created_at, created_by, updated_at, updated_by)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?,?,?)");
          PreparedStatement update =
              db.prepareStatement(
                  "INSERT INTO progress_update (id, commitment_id, reported_on, narrative,"
                      + " from_status, to_status, author, version, created_at, created_by,"
                      + " updated_at, updated_by) VALUES (?,?,?,?,?,?,?,0,?,?,?,?)")) {
        long updateId = BASE_ID;
        int perCommitment = Math.max(1, updates / Math.max(1, n));
        int extra = updates - perCommitment * n; // the first `extra` commitments get one more
        for (int i = 0; i < n; i++) {
          int r = random.nextInt(100);
          String status =
              r < 25 ? "PLANNING" : r < 65 ? "IN_PROGRESS" : r < 90 ? "FULFILLED" : "CANCELLED";
          String area = AREAS[random.nextInt(AREAS.length)];
          // Open commitments are the recent ones, so that some (not most) are overdue.
          boolean open = status.equals("PLANNING") || status.equals("IN_PROGRESS");
          LocalDate created =
              open
                  ? LocalDate.of(2024, 1, 8).plusDays(random.nextInt(1_000))
                  : LocalDate.of(2019, 3, 1).plusDays(random.nextInt(6 * 365));
          LocalDate target = created.plusDays(180 + random.nextInt(900));
          commitment.setLong(1, BASE_ID + i);
          commitment.setString(
              2,
              "Compromiso "
                  + (i + 1)
                  + ": fortalecer "
                  + area.toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " para personas desplazadas");
          commitment.setString(3, "Acciones acordadas y su seguimiento trimestral.");
          if (random.nextInt(10) < 7) {
            commitment.setLong(4, firstEvent + random.nextInt(events));
          } else {
            commitment.setNull(4, Types.BIGINT);
          }
          commitment.setLong(5, BASE_ID + random.nextInt(institutions));
          commitment.setString(6, COMMITMENT_TYPES[random.nextInt(COMMITMENT_TYPES.length)]);
          commitment.setString(7, area);
          if (random.nextInt(20) == 0) {
            commitment.setNull(8, Types.DATE);
          } else {
            commitment.setDate(8, Date.valueOf(target));
          }
          commitment.setString(9, status);
          commitment.setString(
              10, status.equals("CANCELLED") ? "Falta de financiamiento para su ejecución." : null);
          audit(commitment, 11);
          commitment.addBatch();
          int count = perCommitment + (i < extra ? 1 : 0);
          for (int k = 0; k < count; k++) {
            String from = null;
            String to = null;
            if (k == 0 && !status.equals("PLANNING")) {
              from = "PLANNING";
              to = status.equals("CANCELLED") ? "CANCELLED" : "IN_PROGRESS";
            } else if (k == count - 1 && k > 0 && status.equals("FULFILLED")) {
              from = "IN_PROGRESS";
              to = "FULFILLED";
            }
            update.setLong(1, updateId++);
            update.setLong(2, BASE_ID + i);
            update.setDate(3, Date.valueOf(created.plusDays(30L * (k + 1))));
            update.setString(4, "Avance " + (k + 1) + ": reuniones y acciones del período.");
            update.setString(5, from);
            update.setString(6, to);
            update.setString(7, "equipo");
            audit(update, 8);
            update.addBatch();
          }
          if (i % 1_000 == 999) {
            commitment.executeBatch();
            update.executeBatch();
            db.commit();
          }
        }
        commitment.executeBatch();
        update.executeBatch();
      }
      db.commit();
      log("%,d commitments with %,d progress updates", n, updates);
    }

    void communiques(int n, long firstEvent, int events) throws SQLException {
      String[] labels = {
        "Ciudades Solidarias", "Protección", "Niñez y adolescencia", "Retorno", "Empleo",
        "Salud mental", "Documentación", "Integración local", "Cooperación", "MIRPS"
      };
      Set<String> slugs = new HashSet<>();
      List<Long> tagIds = new ArrayList<>();
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("SELECT id, slug FROM tag")) {
        while (rs.next()) {
          tagIds.add(rs.getLong(1));
          slugs.add(rs.getString(2));
        }
      }
      try (PreparedStatement tag =
          db.prepareStatement(
              "INSERT INTO tag (id, label, slug, version, created_at, created_by, updated_at,"
                  + " updated_by) VALUES (?,?,?,0,?,?,?,?)")) {
        for (int i = 0; i < labels.length; i++) {
          String slug = searchKey(labels[i]).replaceAll("[^a-z0-9]+", "-");
          if (slugs.add(slug)) {
            tag.setLong(1, BASE_ID + i);
            tag.setString(2, labels[i]);
            tag.setString(3, slug);
            audit(tag, 4);
            tag.executeUpdate();
            tagIds.add(BASE_ID + i);
          }
        }
      }
      try (PreparedStatement announcement =
              db.prepareStatement(
                  "INSERT INTO announcement (id, title, dateline_place, dateline_date, lead, body,"
                      + " state, slug, published_at, published_by, version, created_at, created_by,"
                      + " updated_at, updated_by, search_key) VALUES"
                      + " (?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?)");
          PreparedStatement tagged =
              db.prepareStatement(
                  "INSERT INTO announcement_tag (announcement_id, tag_id, position) VALUES"
                      + " (?,?,?)");
          PreparedStatement linked =
              db.prepareStatement(
                  "INSERT INTO announcement_event (announcement_id, event_id) VALUES (?,?)")) {
        for (int i = 0; i < n; i++) {
          int r = random.nextInt(100);
          String state =
              r < 70 ? "PUBLISHED" : r < 85 ? "DRAFT" : r < 95 ? "IN_REVIEW" : "ARCHIVED";
          String topic = EVENT_TOPICS[random.nextInt(EVENT_TOPICS.length)];
          String title = "Comunicado " + (i + 1) + ": avances en " + topic;
          LocalDate date = LocalDate.of(2019, 2, 1).plusDays(random.nextInt(7 * 365));
          String lead =
              "El equipo técnico nacional del MIRPS informa sobre los avances en " + topic + ".";
          String body =
              "<p>"
                  + lead
                  + "</p><p>Participaron instituciones del Estado, municipalidades y"
                  + " organizaciones de la sociedad civil.</p>";
          boolean published = state.equals("PUBLISHED") || state.equals("ARCHIVED");
          long id = BASE_ID + i;
          announcement.setLong(1, id);
          announcement.setString(2, title);
          announcement.setString(3, CITIES[random.nextInt(CITIES.length)]);
          announcement.setDate(4, Date.valueOf(date));
          announcement.setString(5, lead);
          announcement.setString(6, body);
          announcement.setString(7, state);
          String slug = published ? searchKey(title).replaceAll("[^a-z0-9]+", "-") : null;
          announcement.setString(8, slug);
          if (published) {
            announcement.setTimestamp(
                9, Timestamp.valueOf(date.atTime(10 + random.nextInt(6), random.nextInt(60))));
            announcement.setString(10, "gerencia");
          } else {
            announcement.setNull(9, Types.TIMESTAMP);
            announcement.setNull(10, Types.VARCHAR);
          }
          audit(announcement, 11);
          int tags = 1 + random.nextInt(3);
          int first = random.nextInt(tagIds.size());
          StringBuilder tagText = new StringBuilder();
          for (int k = 0; k < tags && k < tagIds.size(); k++) {
            tagged.setLong(1, id);
            tagged.setLong(2, tagIds.get((first + k) % tagIds.size()));
            tagged.setInt(3, k);
            tagged.addBatch();
            tagText.append(' ').append(labels[(first + k) % labels.length]);
          }
          announcement.setString(15, searchKey(title + " " + lead + " " + lead + tagText));
          announcement.addBatch();
          if (random.nextInt(3) == 0) {
            linked.setLong(1, id);
            linked.setLong(2, firstEvent + random.nextInt(events));
            linked.addBatch();
          }
        }
        announcement.executeBatch();
        tagged.executeBatch();
        linked.executeBatch();
      }
      db.commit();
      log("%,d communiqués with tags", n);
    }
  }

  // ---------------------------------------------------------------------------------------------
  /** What the same machine and database do without the application in between. */
  static class JdbcBaselines {

    static final String REPORT_QUERY =
        "SELECT e.title, e.starts_at, p.code, pe.full_name, i.name, i.kind, i.country_code,"
            + " p.position_at_event, p.role, p.state, p.head_count, p.checked_in_at"
            + " FROM participation p JOIN event e ON e.id = p.event_id"
            + " LEFT JOIN person pe ON pe.id = p.person_id"
            + " LEFT JOIN institution i ON i.id = p.institution_id";

    static void run() throws Exception {
      listQuery();
      csv();
      checkIns();
      shutdownDerby();
    }

    /**
     * The database's share of the participant list's first page: the count and the first 25 rows of
     * the list event in the order the page shows them (as JpaParticipantListing's JPQL becomes
     * SQL), median of 30 after 10. Derby's plan of the page query goes to bench-derby.log.
     */
    static void listQuery() throws Exception {
      long event = Long.parseLong(state.getProperty("listEvent"));
      String page =
          "SELECT p.id, p.code, p.role, p.state, pe.full_name, i.name FROM participation p"
              + " LEFT OUTER JOIN person pe ON pe.id = p.person_id"
              + " LEFT OUTER JOIN institution i ON i.id = p.institution_id"
              + " WHERE p.event_id = ? ORDER BY COALESCE(pe.name_key, i.name_key), p.id"
              + " OFFSET 0 ROWS FETCH NEXT 25 ROWS ONLY";
      String count = "SELECT COUNT(p.id) FROM participation p WHERE p.event_id = ?";
      double[] times = new double[30];
      try (Connection db = connect();
          PreparedStatement pageQuery = db.prepareStatement(page);
          PreparedStatement countQuery = db.prepareStatement(count)) {
        for (int i = 0; i < 40; i++) {
          long started = System.nanoTime();
          countQuery.setLong(1, event);
          try (ResultSet rs = countQuery.executeQuery()) {
            rs.next();
          }
          pageQuery.setLong(1, event);
          try (ResultSet rs = pageQuery.executeQuery()) {
            while (rs.next()) {
              rs.getString(5);
            }
          }
          if (i >= 10) {
            times[i - 10] = (System.nanoTime() - started) / 1e6;
          }
        }
        try (Statement s = db.createStatement()) {
          s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
          pageQuery.setLong(1, event);
          try (ResultSet rs = pageQuery.executeQuery()) {
            while (rs.next()) {
              rs.getString(5);
            }
          }
          try (ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            if (rs.next()) {
              Files.writeString(dataDir.resolve("plan-participant-list.txt"), rs.getString(1));
            }
          }
        }
      }
      double median = median(times);
      log(
          "JDBC participant list page (count + first 25 rows of %,d): median %.1f ms; plan in %s",
          5_000, median, dataDir.resolve("plan-participant-list.txt"));
      result("baseline.list.median", median);
    }

    static void csv() throws Exception {
      Path file = dataDir.resolve("baseline-participation.csv");
      // Once to warm the page cache and the JIT, then timed.
      long rows = 0;
      double seconds = 0;
      for (int run = 0; run < 2; run++) {
        long started = System.nanoTime();
        rows = 0;
        try (Connection db = connect();
            Statement s = db.createStatement();
            ResultSet rs = s.executeQuery(REPORT_QUERY);
            Writer out =
                new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                    1 << 16)) {
          out.write('\uFEFF');
          out.write(
              "evento,inicio,codigo,persona,institucion,tipo,pais,cargo,rol,asistencia,"
                  + "personas,llegada\r\n");
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int c = 1; c <= columns; c++) {
              if (c > 1) {
                out.write(',');
              }
              String value = rs.getString(c);
              if (value != null) {
                out.write(csvCell(value));
              }
            }
            out.write("\r\n");
            rows++;
          }
        }
        seconds = (System.nanoTime() - started) / 1e9;
        log(
            "JDBC CSV of %,d participation rows: %.2f s (%,d bytes)%s",
            rows, seconds, Files.size(file), run == 0 ? " (warm-up)" : "");
      }
      result("baseline.csv.seconds", seconds);
      result("baseline.csv.rows", rows);
    }

    static String csvCell(String value) {
      String cell = value;
      if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
        cell = "'" + cell;
      }
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
        cell = '"' + cell.replace("\"", "\"\"") + '"';
      }
      return cell;
    }

    /** 32 threads, each check-in one transaction: find by code, update, audit entry, commit. */
    static void checkIns() throws Exception {
      List<String> codes = Files.readAllLines(dataDir.resolve("codes-jdbc.txt"));
      long event = Long.parseLong(state.getProperty("checkInEvent"));
      int threads = size("BENCH_THREADS", 32);
      int seconds = size("BENCH_SECONDS", 20);
      AtomicInteger next = new AtomicInteger();
      AtomicLong auditId = new AtomicLong(Generator.BASE_ID * 5);
      // Warm-up of 5 s on the first codes, then the timed run on the next ones.
      reset(event);
      Load.Result warmUp = jdbcCheckIns(codes, next, auditId, event, threads, 3);
      log("JDBC check-ins warm-up: %s", warmUp);
      reset(event);
      next.set(0);
      Load.Result timed = jdbcCheckIns(codes, next, auditId, event, threads, seconds);
      log("JDBC check-ins: %s", timed);
      if (next.get() >= codes.size()) {
        log(
            "(all %,d baseline codes were used before %d s: the rate is over %.1f s)",
            codes.size(), seconds, timed.seconds());
      }
      reset(event);
      result("baseline.checkin.perSecond", timed.perSecond());
      result("baseline.checkin.p99", timed.p99());
      result("baseline.checkin.errors", timed.errors);
      state.setProperty("jdbcCodesUsed", String.valueOf(next.get()));
    }

    /** Puts the check-in event's participants back as generated: registered, not arrived. */
    static void reset(long event) throws SQLException {
      try (Connection db = connect();
          PreparedStatement update =
              db.prepareStatement(
                  "UPDATE participation SET state = 'REGISTERED', checked_in_at = NULL,"
                      + " checked_in_by = NULL, state_before_check_in = NULL, version = 0"
                      + " WHERE event_id = ? AND state = 'ATTENDED'");
          PreparedStatement delete = db.prepareStatement("DELETE FROM audit_entry WHERE id >= ?")) {
        update.setLong(1, event);
        int rows = update.executeUpdate();
        delete.setLong(1, Generator.BASE_ID * 5);
        delete.executeUpdate();
        log("reset %,d check-ins of the baseline", rows);
      }
    }

    static Load.Result jdbcCheckIns(
        List<String> codes,
        AtomicInteger next,
        AtomicLong auditId,
        long event,
        int threads,
        int seconds)
        throws Exception {
      return Load.measure(
          threads,
          seconds,
          () -> {
            Connection db = connect();
            db.setAutoCommit(false);
            db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            PreparedStatement find =
                db.prepareStatement(
                    "SELECT id, event_id, state, version FROM participation WHERE code = ?");
            PreparedStatement update =
                db.prepareStatement(
                    "UPDATE participation SET state = 'ATTENDED', checked_in_at = ?,"
                        + " checked_in_by = ?, state_before_check_in = ?, version = ?,"
                        + " updated_at = ?, updated_by = ? WHERE id = ? AND version = ?");
            PreparedStatement audit =
                db.prepareStatement(
                    "INSERT INTO audit_entry (id, recorded_at, actor, action, record_type,"
                        + " record_id, detail) VALUES (?,?,?,?,?,?,?)");
            return (Load.Action)
                () -> {
                  int index = next.getAndIncrement();
                  if (index >= codes.size()) {
                    throw new Load.Exhausted();
                  }
                  try {
                    return checkIn(db, find, update, audit, codes.get(index), event, auditId);
                  } catch (SQLException | RuntimeException e) {
                    db.rollback();
                    throw e;
                  }
                };
          });
    }

    static boolean checkIn(
        Connection db,
        PreparedStatement find,
        PreparedStatement update,
        PreparedStatement audit,
        String code,
        long event,
        AtomicLong auditId)
        throws SQLException {
      {
        find.setString(1, code);
        long id;
        long version;
        String before;
        try (ResultSet rs = find.executeQuery()) {
          if (!rs.next() || rs.getLong(2) != event || !"REGISTERED".equals(rs.getString(3))) {
            throw new IllegalStateException("not a registered participant: " + code);
          }
          id = rs.getLong(1);
          before = rs.getString(3);
          version = rs.getLong(4);
        }
        Timestamp at = Timestamp.from(Instant.now());
        update.setTimestamp(1, at);
        update.setString(2, "coordinacion");
        update.setString(3, before);
        update.setLong(4, version + 1);
        update.setTimestamp(5, at);
        update.setString(6, "coordinacion");
        update.setLong(7, id);
        update.setLong(8, version);
        if (update.executeUpdate() != 1) {
          throw new IllegalStateException("concurrent change " + code);
        }
        audit.setLong(1, auditId.getAndIncrement());
        audit.setTimestamp(2, at);
        audit.setString(3, "coordinacion");
        audit.setString(4, "participation.checkedIn");
        audit.setString(5, "participation");
        audit.setLong(6, id);
        audit.setString(7, code);
        audit.executeUpdate();
        db.commit();
        return true;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  /** A fixed number of threads doing one action in a loop for a while, with latencies. */
  static class Load {

    /** Thrown by an action when it has nothing left to do: its thread stops, without an error. */
    static class Exhausted extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Exhausted() {
        super("out of check-in codes", null, false, false);
      }
    }

    interface Action {
      /** True when the call succeeded; false or an exception counts as an error. */
      boolean call() throws Exception;
    }

    interface Setup {
      Action create() throws Exception;
    }

    record Result(
        long ok, long errors, double seconds, long[] latencies, int count, String firstError) {
      double perSecond() {
        return ok / seconds;
      }

      double p99() {
        return percentile(latencies, count, 99);
      }

      double median() {
        return percentile(latencies, count, 50);
      }

      @Override
      public String toString() {
        return String.format(
            Locale.ROOT,
            "%,d ok, %,d errors in %.1f s: %.1f/s, median %.1f ms, p99 %.1f ms%s",
            ok,
            errors,
            seconds,
            perSecond(),
            median(),
            p99(),
            firstError == null ? "" : " (first error: " + firstError + ")");
      }
    }

    static Result measure(int threads, int seconds, Setup setup) throws Exception {
      long[][] latencies = new long[threads][];
      int[] counts = new int[threads];
      AtomicLong ok = new AtomicLong();
      AtomicLong errors = new AtomicLong();
      String[] firstError = new String[1];
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      long[] window = new long[2];
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int me = t;
        Thread worker =
            new Thread(
                () -> {
                  Action action;
                  try {
                    action = setup.create();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  } finally {
                    ready.countDown();
                  }
                  long[] mine = new long[1 << 16];
                  int n = 0;
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    return;
                  }
                  while (System.nanoTime() < window[1]) {
                    long started = System.nanoTime();
                    boolean success;
                    try {
                      success = action.call();
                    } catch (Exhausted e) {
                      break;
                    } catch (Exception e) {
                      success = false;
                      synchronized (firstError) {
                        if (firstError[0] == null) {
                          firstError[0] = e.toString();
                        }
                      }
                    }
                    long took = System.nanoTime() - started;
                    if (success) {
                      ok.incrementAndGet();
                      if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                      }
                      mine[n++] = took;
                    } else {
                      errors.incrementAndGet();
                    }
                  }
                  latencies[me] = mine;
                  counts[me] = n;
                });
        workers.add(worker);
        worker.start();
      }
      ready.await();
      window[0] = System.nanoTime();
      window[1] = window[0] + seconds * 1_000_000_000L;
      go.countDown();
      for (Thread worker : workers) {
        worker.join();
      }
      double elapsed = (System.nanoTime() - window[0]) / 1e9;
      int total = 0;
      for (int c : counts) {
        total += c;
      }
      long[] all = new long[total];
      int at = 0;
      for (int t = 0; t < threads; t++) {
        if (latencies[t] != null) {
          System.arraycopy(latencies[t], 0, all, at, counts[t]);
          at += counts[t];
        }
      }
      return new Result(ok.get(), errors.get(), elapsed, all, at, firstError[0]);
    }
  }

  // ---------------------------------------------------------------------------------------------
  /** The measurements over HTTP against the running server. */
  static class Http {

    static final String PASSWORD = "MIRPS-demo-2024";
    static final Pattern VIEW_STATE =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    static String base() {
      return "http://localhost:" + env("MIRPS_HTTP_PORT", "9980");
    }

    static HttpClient client() {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
    }

    /** Signs in with the workspace's form (as a browser does) and keeps the session cookie. */
    static HttpClient signedIn(String user) throws Exception {
      HttpClient client = client();
      HttpResponse<String> page =
          client.send(
              HttpRequest.newBuilder(URI.create(base() + "/login.xhtml")).build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = VIEW_STATE.matcher(page.body());
      if (!m.find()) {
        throw new IllegalStateException("no view state on the sign-in page");
      }
      String form =
          "login_SUBMIT=1&login%3Ausername="
              + user
              + "&login%3Apassword="
              + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
              + "&login%3Asubmit=Ingresar&jakarta.faces.ViewState="
              + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
      HttpResponse<String> after =
          client.send(
              HttpRequest.newBuilder(URI.create(base() + "/login.xhtml"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> home =
          client.send(
              HttpRequest.newBuilder(URI.create(base() + "/equipo/index.xhtml")).build(),
              HttpResponse.BodyHandlers.ofString());
      if (home.statusCode() != 200 || home.uri().getPath().contains("login")) {
        throw new IllegalStateException(
            "could not sign in as " + user + " (" + after.statusCode() + ", " + home.uri() + ")");
      }
      return client;
    }

    /** Median milliseconds of n GETs after warm-up ones; NaN (not available) on 404. */
    static double medianGet(HttpClient client, String path, int warmUp, int n) throws Exception {
      URI uri = URI.create(base() + path);
      double[] times = new double[n];
      for (int i = 0; i < warmUp + n; i++) {
        long started = System.nanoTime();
        HttpResponse<byte[]> response =
            client.send(
                HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() == 404) {
          log("%s: 404, not available", path);
          return Double.NaN;
        }
        if (response.statusCode() != 200
            || (!path.contains("login") && response.uri().getPath().contains("login"))) {
          throw new IllegalStateException(
              path + " answered " + response.statusCode() + " at " + response.uri());
        }
        if (i >= warmUp) {
          times[i - warmUp] = ms;
        }
      }
      double median = median(times);
      log(
          "%s: median %.1f ms of %d (min %.1f, max %.1f)",
          path,
          median,
          n,
          Arrays.stream(times).min().orElse(0),
          Arrays.stream(times).max().orElse(0));
      return median;
    }

    static void participantList(String label) throws Exception {
      HttpClient coordinator = signedIn("coordinacion");
      String event = state.getProperty("listEvent");
      String path = "/equipo/participantes/index.xhtml?evento=" + event;
      HttpResponse<String> page =
          coordinator.send(
              HttpRequest.newBuilder(URI.create(base() + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (!page.body().contains("Conferencia Regional MIRPS")) {
        throw new IllegalStateException("the participant list does not show the bench event");
      }
      double median =
          medianGet(coordinator, path, size("BENCH_WARMUP", 10), size("BENCH_REPEAT", 30));
      result("list." + label + ".median", median);
      // For scale: the lightest Faces page, the sign-in form, on the same machine at the same time.
      result("reference." + label + ".median", medianGet(client(), "/login.xhtml", 10, 30));
      results.setProperty(
          "list." + label + ".participations", results.getProperty("count.participation", "?"));
    }

    /** Every HTTP figure; one that fails is logged and left out, the others are still taken. */
    static void all() throws Exception {
      Map<String, Action> parts = new LinkedHashMap<>();
      parts.put("exports", Http::exports);
      parts.put("dashboard", Http::dashboard);
      parts.put("check-ins", Http::checkIns);
      parts.put("communiqués API", Http::communiques);
      for (Map.Entry<String, Action> part : parts.entrySet()) {
        try {
          part.getValue().run();
        } catch (Exception | AssertionError e) {
          log("%s failed, left out of the table: %s", part.getKey(), e);
        }
      }
    }

    interface Action {
      void run() throws Exception;
    }

    static void exports() throws Exception {
      HttpClient manager = signedIn("gerencia");
      int budget = size("BENCH_EXPORT_BUDGET", 300);
      String all = "?desde=2000-01-01&hasta=2099-12-31&agrupar=ninguno";
      // Warm up with one month of events (a few thousand rows), then all rows, timed.
      String month = "?desde=2025-06-01&hasta=2025-06-30&agrupar=ninguno";
      String csv = "/equipo/informes/exportar/participacion.csv";
      Download warm = download(manager, csv + month, false, budget);
      if (warm.status == 404) {
        log("CSV export: 404, not available");
        result("export.csv.seconds", Double.NaN);
      } else {
        log("CSV export warm-up (June 2025): %s", warm);
        Download timed = download(manager, csv + all, false, budget);
        log("CSV export of all rows: %s", timed);
        result("export.csv.seconds", timed.complete() ? timed.seconds : Double.NaN);
        result("export.csv.lines", timed.lines);
        if (!timed.complete()) {
          results.setProperty("export.csv.note", timed.note());
        }
      }
      String xlsx = "/equipo/informes/exportar/participacion.xlsx";
      // No HEAD probe first: a servlet answers HEAD by running the whole GET.
      warm = download(manager, xlsx + month, true, budget);
      if (warm.status == 404) {
        log("XLSX export: 404, not available");
        result("export.xlsx.seconds", Double.NaN);
        result("export.xlsx.heapMb", Double.NaN);
        return;
      }
      log("XLSX export warm-up (June 2025): %s", warm);
      HeapSampler heap = HeapSampler.start();
      Download timed;
      HeapSampler.Growth growth;
      try {
        timed = download(manager, xlsx + all, true, budget);
      } finally {
        growth = heap.stop();
      }
      log("XLSX export of all rows: %s; heap %s", timed, growth);
      result("export.xlsx.seconds", timed.complete() ? timed.seconds : Double.NaN);
      result("export.xlsx.heapMb", growth.peakMinusBefore());
      result("export.xlsx.oldGenMb", growth.oldGen());
      if (!timed.complete()) {
        results.setProperty("export.xlsx.note", timed.note());
      }
    }

    record Download(int status, long bytes, long lines, double seconds, boolean stopped) {
      boolean complete() {
        return status == 200 && !stopped;
      }

      String note() {
        return stopped
            ? String.format(
                Locale.ROOT,
                "stopped after %.0f s (%,d bytes%s)",
                seconds,
                bytes,
                lines > 0 ? String.format(Locale.ROOT, ", %,d lines", lines) : "")
            : "HTTP " + status;
      }

      @Override
      public String toString() {
        return String.format(
            Locale.ROOT,
            "HTTP %d, %,d bytes%s in %.2f s%s",
            status,
            bytes,
            lines > 0 ? String.format(Locale.ROOT, ", %,d lines", lines) : "",
            seconds,
            stopped ? " (stopped: over the time budget)" : "");
      }
    }

    /** Reads the whole answer, or stops reading after {@code budget} seconds. */
    static Download download(HttpClient client, String path, boolean binary, int budget)
        throws Exception {
      long started = System.nanoTime();
      long deadline = started + budget * 1_000_000_000L;
      HttpResponse<InputStream> response;
      try {
        response =
            client.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                    .timeout(Duration.ofSeconds(budget))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
      } catch (java.net.http.HttpTimeoutException noAnswer) {
        // Nothing came within the budget (an XLSX file is sent only once complete).
        return new Download(0, 0, 0, (System.nanoTime() - started) / 1e9, true);
      }
      long bytes = 0;
      long lines = 0;
      boolean stopped = false;
      try (InputStream in = response.body()) {
        byte[] buffer = new byte[1 << 16];
        int read;
        while ((read = in.read(buffer)) > 0) {
          bytes += read;
          if (!binary) {
            for (int i = 0; i < read; i++) {
              if (buffer[i] == '\n') {
                lines++;
              }
            }
          }
          if (System.nanoTime() > deadline) {
            stopped = true;
            break;
          }
        }
      }
      return new Download(
          response.statusCode(), bytes, lines, (System.nanoTime() - started) / 1e9, stopped);
    }

    static void dashboard() throws Exception {
      HttpClient manager = signedIn("gerencia");
      int repeat = size("BENCH_DASHBOARD_REPEAT", 15);
      // Over the whole dataset: the period "Todo" (every event, 2019 to 2027 here).
      result(
          "dashboard.median",
          medianGet(manager, "/equipo/informes/panel.xhtml?periodo=todo", 3, repeat));
      // As a manager first opens it: the last 12 months.
      result(
          "dashboard.default.median",
          medianGet(manager, "/equipo/informes/panel.xhtml", 3, repeat));
    }

    /**
     * What one Basic-auth request costs before the check-in starts: the server verifies the
     * password against its PBKDF2 hash (PBKDF2WithHmacSHA256, 210,000 iterations, see the domain's
     * PasswordHash) on every API request. Timed here, in this JVM, on the same machine.
     */
    static double passwordHashMillis() throws Exception {
      javax.crypto.SecretKeyFactory factory =
          javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
      byte[] salt = new byte[32];
      double[] times = new double[10];
      for (int i = 0; i < 15; i++) {
        long started = System.nanoTime();
        factory
            .generateSecret(
                new javax.crypto.spec.PBEKeySpec(PASSWORD.toCharArray(), salt, 210_000, 256))
            .getEncoded();
        if (i >= 5) {
          times[i - 5] = (System.nanoTime() - started) / 1e6;
        }
      }
      return median(times);
    }

    static void checkIns() throws Exception {
      double hash = passwordHashMillis();
      log(
          "one PBKDF2 password check (210,000 iterations): median %.0f ms; %d cores can do at most"
              + " %.0f per second",
          hash,
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().availableProcessors() * 1000 / hash);
      result("diag.pbkdf2.ms", hash);
      List<String> codes = Files.readAllLines(dataDir.resolve("codes-http.txt"));
      String event = state.getProperty("checkInEvent");
      URI uri = URI.create(base() + "/api/v1/events/" + event + "/check-ins");
      String auth =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("coordinacion:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      HttpClient client = client();
      AtomicInteger next = new AtomicInteger();
      int threads = size("BENCH_THREADS", 32);
      Load.Setup setup =
          () ->
              () -> {
                int index = next.getAndIncrement();
                if (index >= codes.size()) {
                  throw new Load.Exhausted();
                }
                HttpResponse<String> response =
                    client.send(
                        HttpRequest.newBuilder(uri)
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"code\":\"" + codes.get(index) + "\"}"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                  throw new IllegalStateException(
                      "HTTP " + response.statusCode() + " " + response.body());
                }
                return true;
              };
      Load.Result warm = Load.measure(threads, 5, setup);
      log("HTTP check-ins warm-up: %s", warm);
      Load.Result timed = Load.measure(threads, size("BENCH_SECONDS", 20), setup);
      log("HTTP check-ins: %s", timed);
      result("checkin.perSecond", timed.perSecond());
      result("checkin.p99", timed.p99());
      result("checkin.median", timed.median());
      result("checkin.errors", timed.errors);
      if (timed.firstError != null) {
        results.setProperty("checkin.firstError", timed.firstError);
      }
    }

    static void communiques() throws Exception {
      HttpClient client = client();
      URI uri = URI.create(base() + "/api/v1/communiques");
      HttpResponse<String> probe =
          client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      if (probe.statusCode() == 404) {
        log("/api/v1/communiques: 404, not available");
        result("api.communiques.perSecond", Double.NaN);
        return;
      }
      Load.Setup setup =
          () ->
              () -> {
                HttpResponse<byte[]> response =
                    client.send(
                        HttpRequest.newBuilder(uri).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                  throw new IllegalStateException("HTTP " + response.statusCode());
                }
                return true;
              };
      int threads = size("BENCH_THREADS", 32);
      Load.Result warm = Load.measure(threads, 5, setup);
      log("communiqués API warm-up: %s", warm);
      Load.Result timed = Load.measure(threads, size("BENCH_SECONDS", 20), setup);
      log("communiqués API: %s", timed);
      result("api.communiques.perSecond", timed.perSecond());
      result("api.communiques.errors", timed.errors);

      // The same list with an address never asked before on each request (an extra parameter the
      // API ignores), so the server's answers kept for 5 seconds never serve it: the database's
      // and the JSON's own cost.
      java.util.concurrent.atomic.AtomicLong unique = new java.util.concurrent.atomic.AtomicLong();
      Load.Setup fresh =
          () ->
              () -> {
                URI address = URI.create(uri + "?bench=" + unique.incrementAndGet());
                HttpResponse<byte[]> response =
                    client.send(
                        HttpRequest.newBuilder(address).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                  throw new IllegalStateException("HTTP " + response.statusCode());
                }
                return true;
              };
      Load.Result uncached = Load.measure(threads, size("BENCH_SECONDS", 20), fresh);
      log("communiqués API, every address new: %s", uncached);
      result("api.communiques.uncached.perSecond", uncached.perSecond());
    }
  }

  // ---------------------------------------------------------------------------------------------
  /** The server JVM's used heap, sampled with jstat while something runs. */
  static class HeapSampler {

    record Growth(double before, double peak, double oldBefore, double oldPeak) {
      double peakMinusBefore() {
        return peak - before;
      }

      double oldGen() {
        return oldPeak - oldBefore;
      }

      @Override
      public String toString() {
        return String.format(
            Locale.ROOT,
            "used %.0f MB before, peak %.0f MB (+%.0f MB); old generation +%.0f MB",
            before,
            peak,
            peakMinusBefore(),
            oldGen());
      }
    }

    final Process jstat;
    final double[] first = {Double.NaN, Double.NaN};
    final double[] peak = {0, 0};
    final Thread reader;

    HeapSampler(Process jstat) {
      this.jstat = jstat;
      this.reader = new Thread(this::read);
      reader.setDaemon(true);
      reader.start();
    }

    static HeapSampler start() throws Exception {
      String pid = serverPid();
      new ProcessBuilder("jcmd", pid, "GC.run")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
      Thread.sleep(500);
      HeapSampler sampler =
          new HeapSampler(
              new ProcessBuilder("jstat", "-gc", pid, "100").redirectErrorStream(true).start());
      Thread.sleep(400); // a first sample before the export starts
      return sampler;
    }

    static String serverPid() throws Exception {
      String pid = env("BENCH_SERVER_PID", "");
      if (!pid.isEmpty()) {
        return pid;
      }
      // Liberty writes the server's process id here when `server start` starts it.
      Path file = Path.of("app-ear/target/liberty/wlp/usr/servers/.pid/mirps.pid");
      if (Files.exists(file)) {
        return Files.readString(file).strip();
      }
      throw new IllegalStateException("server JVM not found (" + file + "); set BENCH_SERVER_PID");
    }

    void read() {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
        String header = in.readLine();
        List<String> columns = Arrays.asList(header.trim().split("\\s+"));
        int s0 = columns.indexOf("S0U");
        int s1 = columns.indexOf("S1U");
        int eden = columns.indexOf("EU");
        int old = columns.indexOf("OU");
        String line;
        while ((line = in.readLine()) != null) {
          String[] v = line.trim().split("\\s+");
          if (v.length < columns.size() || v[0].equals(columns.get(0))) {
            continue;
          }
          double used =
              (Double.parseDouble(v[s0])
                      + Double.parseDouble(v[s1])
                      + Double.parseDouble(v[eden])
                      + Double.parseDouble(v[old]))
                  / 1024;
          double oldUsed = Double.parseDouble(v[old]) / 1024;
          synchronized (this) {
            if (Double.isNaN(first[0])) {
              first[0] = used;
              first[1] = oldUsed;
            }
            peak[0] = Math.max(peak[0], used);
            peak[1] = Math.max(peak[1], oldUsed);
          }
        }
      } catch (IOException e) {
        // jstat ended
      }
    }

    Growth stop() throws Exception {
      jstat.destroy();
      reader.join();
      synchronized (this) {
        return new Growth(first[0], peak[0], first[1], peak[1]);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  /** The one table: figure, target, result, met. */
  static class Table {

    record Row(String figure, String target, String result, String met) {}

    static String fmt(String format, double value) {
      return Double.isNaN(value) ? "not available" : String.format(Locale.ROOT, format, value);
    }

    static double get(String key) {
      String value = results.getProperty(key);
      return value == null ? Double.NaN : Double.parseDouble(value);
    }

    /** The export's note (stopped over the time budget, an HTTP error) instead of no figure. */
    static String noted(String key, String figure) {
      String note = results.getProperty(key);
      return note == null ? figure : note;
    }

    static String met(double value, boolean ok) {
      return Double.isNaN(value) ? "–" : ok ? "yes" : "**no**";
    }

    static void print(Path markdown) throws Exception {
      List<Row> rows = new ArrayList<>();
      String event = state.getProperty("listEvent", "?");
      double small = get("list.small.median");
      double full = get("list.full.median");
      rows.add(
          new Row(
              "Participant list, first page, median (event "
                  + event
                  + ": "
                  + String.format(Locale.ROOT, "%,d", (long) get("list.small.participations"))
                  + " participations in the database)",
              "< 100 ms",
              fmt("%.1f ms", small),
              met(small, small < 100)));
      rows.add(
          new Row(
              "Participant list, first page, median (same event: "
                  + String.format(Locale.ROOT, "%,d", (long) get("list.full.participations"))
                  + " participations in the database)",
              "< 100 ms",
              fmt("%.1f ms", full),
              met(full, full < 100)));
      double dbList = get("baseline.list.median");
      rows.add(
          new Row(
              "(why) the list page's two queries alone, plain JDBC, 500,000 in the database",
              "—",
              fmt("%.1f ms", dbList),
              "–"));
      double reference = get("reference.full.median");
      rows.add(
          new Row("(scale) sign-in page, median, same time", "—", fmt("%.1f ms", reference), "–"));
      double ratio = full / small;
      rows.add(
          new Row(
              "Participant list: full / small",
              "≤ 1.5",
              fmt("%.2f", ratio),
              met(ratio, ratio <= 1.5)));
      double csv = get("export.csv.seconds");
      double baseCsv = get("baseline.csv.seconds");
      rows.add(
          new Row(
              "Participation report CSV, all rows (JDBC → CSV baseline "
                  + fmt("%.2f s", baseCsv)
                  + ")",
              "—",
              noted("export.csv.note", fmt("%.2f s", csv)),
              "–"));
      double csvRatio = csv / baseCsv;
      rows.add(
          new Row(
              "Participation report CSV / JDBC baseline",
              "≤ 2",
              noted("export.csv.note", fmt("%.2f", csvRatio)),
              results.containsKey("export.csv.note") ? "**no**" : met(csvRatio, csvRatio <= 2)));
      double xlsx = get("export.xlsx.seconds");
      rows.add(
          new Row(
              "Participation report XLSX, all rows",
              "< 30 s",
              noted("export.xlsx.note", fmt("%.2f s", xlsx)),
              results.containsKey("export.xlsx.note") ? "**no**" : met(xlsx, xlsx < 30)));
      double heap = get("export.xlsx.heapMb");
      rows.add(
          new Row(
              "XLSX export: server heap growth (peak used − before)",
              "< 256 MB",
              fmt("%.0f MB", heap),
              met(heap, heap < 256)));
      double perSecond = get("checkin.perSecond");
      rows.add(
          new Row(
              "Check-ins, 32 clients, JSON API",
              "≥ 500/s",
              fmt("%.1f/s", perSecond),
              met(perSecond, perSecond >= 500)));
      double p99 = get("checkin.p99");
      rows.add(
          new Row("Check-ins: p99 latency", "< 100 ms", fmt("%.0f ms", p99), met(p99, p99 < 100)));
      double errors = get("checkin.errors");
      rows.add(new Row("Check-ins: errors", "0", fmt("%.0f", errors), met(errors, errors == 0)));
      double hash = get("diag.pbkdf2.ms");
      rows.add(
          new Row(
              "(why) one PBKDF2 password check per API request, in the bench JVM",
              "—",
              fmt("%.0f ms", hash),
              "–"));
      double base = get("baseline.checkin.perSecond");
      rows.add(
          new Row("Check-ins: plain JDBC baseline, 32 threads", "—", fmt("%.0f/s", base), "–"));
      double checkRatio = perSecond / base;
      rows.add(
          new Row(
              "Check-ins: API / JDBC baseline",
              "≥ 0.5",
              fmt("%.3f", checkRatio),
              met(checkRatio, checkRatio >= 0.5)));
      double dash = get("dashboard.median");
      rows.add(
          new Row(
              "Manager dashboard, whole dataset (period \"Todo\"), median",
              "< 500 ms",
              fmt("%.0f ms", dash),
              met(dash, dash < 500)));
      double dashDefault = get("dashboard.default.median");
      rows.add(
          new Row(
              "(info) manager dashboard, default period (last 12 months), median",
              "—",
              fmt("%.0f ms", dashDefault),
              "–"));
      double api = get("api.communiques.perSecond");
      rows.add(
          new Row(
              "/api/v1/communiques, 32 clients",
              "≥ 2,000/s",
              fmt("%.0f/s", api),
              met(api, api >= 2000)));
      double apiUncached = get("api.communiques.uncached.perSecond");
      rows.add(
          new Row(
              "(info) /api/v1/communiques, 32 clients, every address new (no kept answer)",
              "—",
              fmt("%.0f/s", apiUncached),
              "–"));

      OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
      long memory = 0;
      if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
        memory = sun.getTotalMemorySize();
      }
      String machine =
          String.format(
              Locale.ROOT,
              "%d cores, %.1f GB memory, Java %s (%s), %s %s; run %s UTC",
              os.getAvailableProcessors(),
              memory / 1e9,
              System.getProperty("java.version"),
              System.getProperty("java.vm.name"),
              os.getName(),
              os.getArch(),
              LocalDateTime.now(ZoneOffset.UTC).withNano(0));
      int w0 = 0, w1 = 0, w2 = 0;
      for (Row r : rows) {
        w0 = Math.max(w0, r.figure.length());
        w1 = Math.max(w1, r.target.length());
        w2 = Math.max(w2, r.result.length());
      }
      System.out.println();
      System.out.println("Machine: " + machine);
      String format = "%-" + w0 + "s  %-" + w1 + "s  %-" + w2 + "s  %s%n";
      System.out.printf(format, "Figure", "Target", "Result", "Met?");
      for (Row r : rows) {
        System.out.printf(format, r.figure, r.target, r.result, r.met.replace("**", ""));
      }
      if (markdown != null) {
        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(machine).append("\n\n");
        md.append("| Figure | Target | Result | Met? |\n|---|---|---|---|\n");
        for (Row r : rows) {
          md.append("| ")
              .append(r.figure)
              .append(" | ")
              .append(r.target)
              .append(" | ")
              .append(r.result)
              .append(" | ")
              .append(r.met)
              .append(" |\n");
        }
        md.append("\nRow counts: ");
        List<String> counts = new ArrayList<>();
        for (String key :
            new String[] {
              "event",
              "person",
              "institution",
              "participation",
              "commitment",
              "progress_update",
              "announcement"
            }) {
          counts.add(key + " " + String.format(Locale.ROOT, "%,d", (long) get("count." + key)));
        }
        md.append(String.join(", ", counts)).append(".\n");
        Files.createDirectories(markdown.toAbsolutePath().getParent());
        Files.writeString(markdown, md.toString());
        System.out.println("\nwritten to " + markdown);
      }
    }
  }
}
