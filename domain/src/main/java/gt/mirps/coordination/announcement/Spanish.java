package gt.mirps.coordination.announcement;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small pieces of Spanish grammar a generated communiqué needs: dates ("25 y 26 de septiembre
 * de 2024"), lists ("A, B y C"), and the article a noun phrase takes ("el Ministerio…", "la
 * Secretaría…"), as far as its first word tells.
 */
final class Spanish {

  /** Grammatical gender; UNKNOWN when the words do not tell. */
  enum Gender {
    MASCULINE,
    FEMININE,
    UNKNOWN
  }

  private static final String[] MONTHS = {
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre"
  };

  /** Nouns that head institution, event and place names, by their gender. */
  private static final Map<String, Gender> NOUNS =
      Map.ofEntries(
          Map.entry("ministerio", Gender.MASCULINE),
          Map.entry("viceministerio", Gender.MASCULINE),
          Map.entry("instituto", Gender.MASCULINE),
          Map.entry("alto", Gender.MASCULINE),
          Map.entry("sistema", Gender.MASCULINE),
          Map.entry("programa", Gender.MASCULINE),
          Map.entry("equipo", Gender.MASCULINE),
          Map.entry("consejo", Gender.MASCULINE),
          Map.entry("fondo", Gender.MASCULINE),
          Map.entry("registro", Gender.MASCULINE),
          Map.entry("banco", Gender.MASCULINE),
          Map.entry("consulado", Gender.MASCULINE),
          Map.entry("centro", Gender.MASCULINE),
          Map.entry("comite", Gender.MASCULINE),
          Map.entry("gobierno", Gender.MASCULINE),
          Map.entry("congreso", Gender.MASCULINE),
          Map.entry("organismo", Gender.MASCULINE),
          Map.entry("servicio", Gender.MASCULINE),
          Map.entry("movimiento", Gender.MASCULINE),
          Map.entry("proyecto", Gender.MASCULINE),
          Map.entry("tribunal", Gender.MASCULINE),
          Map.entry("despacho", Gender.MASCULINE),
          Map.entry("hotel", Gender.MASCULINE),
          Map.entry("salon", Gender.MASCULINE),
          Map.entry("palacio", Gender.MASCULINE),
          Map.entry("museo", Gender.MASCULINE),
          Map.entry("auditorio", Gender.MASCULINE),
          Map.entry("teatro", Gender.MASCULINE),
          Map.entry("parque", Gender.MASCULINE),
          Map.entry("taller", Gender.MASCULINE),
          Map.entry("encuentro", Gender.MASCULINE),
          Map.entry("foro", Gender.MASCULINE),
          Map.entry("seminario", Gender.MASCULINE),
          Map.entry("dialogo", Gender.MASCULINE),
          Map.entry("simposio", Gender.MASCULINE),
          Map.entry("conversatorio", Gender.MASCULINE),
          Map.entry("lanzamiento", Gender.MASCULINE),
          Map.entry("curso", Gender.MASCULINE),
          Map.entry("diplomado", Gender.MASCULINE),
          Map.entry("acto", Gender.MASCULINE),
          Map.entry("evento", Gender.MASCULINE),
          Map.entry("panel", Gender.MASCULINE),
          Map.entry("webinar", Gender.MASCULINE),
          Map.entry("secretaria", Gender.FEMININE),
          Map.entry("organizacion", Gender.FEMININE),
          Map.entry("vicepresidencia", Gender.FEMININE),
          Map.entry("presidencia", Gender.FEMININE),
          Map.entry("municipalidad", Gender.FEMININE),
          Map.entry("gobernacion", Gender.FEMININE),
          Map.entry("comision", Gender.FEMININE),
          Map.entry("procuraduria", Gender.FEMININE),
          Map.entry("defensoria", Gender.FEMININE),
          Map.entry("oficina", Gender.FEMININE),
          Map.entry("agencia", Gender.FEMININE),
          Map.entry("direccion", Gender.FEMININE),
          Map.entry("embajada", Gender.FEMININE),
          Map.entry("asociacion", Gender.FEMININE),
          Map.entry("fundacion", Gender.FEMININE),
          Map.entry("red", Gender.FEMININE),
          Map.entry("cruz", Gender.FEMININE),
          Map.entry("universidad", Gender.FEMININE),
          Map.entry("union", Gender.FEMININE),
          Map.entry("delegacion", Gender.FEMININE),
          Map.entry("mision", Gender.FEMININE),
          Map.entry("mesa", Gender.FEMININE),
          Map.entry("superintendencia", Gender.FEMININE),
          Map.entry("coordinadora", Gender.FEMININE),
          Map.entry("pastoral", Gender.FEMININE),
          Map.entry("iglesia", Gender.FEMININE),
          Map.entry("cancilleria", Gender.FEMININE),
          Map.entry("corte", Gender.FEMININE),
          Map.entry("camara", Gender.FEMININE),
          Map.entry("ciudad", Gender.FEMININE),
          Map.entry("casa", Gender.FEMININE),
          Map.entry("sede", Gender.FEMININE),
          Map.entry("sala", Gender.FEMININE),
          Map.entry("biblioteca", Gender.FEMININE),
          Map.entry("plaza", Gender.FEMININE),
          Map.entry("conferencia", Gender.FEMININE),
          Map.entry("reunion", Gender.FEMININE),
          Map.entry("capacitacion", Gender.FEMININE),
          Map.entry("ceremonia", Gender.FEMININE),
          Map.entry("visita", Gender.FEMININE),
          Map.entry("jornada", Gender.FEMININE),
          Map.entry("cumbre", Gender.FEMININE),
          Map.entry("asamblea", Gender.FEMININE),
          Map.entry("sesion", Gender.FEMININE),
          Map.entry("feria", Gender.FEMININE),
          Map.entry("presentacion", Gender.FEMININE),
          Map.entry("firma", Gender.FEMININE),
          Map.entry("inauguracion", Gender.FEMININE),
          Map.entry("clausura", Gender.FEMININE),
          Map.entry("plan", Gender.MASCULINE),
          Map.entry("marco", Gender.MASCULINE),
          Map.entry("proceso", Gender.MASCULINE),
          Map.entry("acuerdo", Gender.MASCULINE),
          Map.entry("convenio", Gender.MASCULINE),
          Map.entry("pacto", Gender.MASCULINE),
          Map.entry("estrategia", Gender.FEMININE),
          Map.entry("politica", Gender.FEMININE),
          Map.entry("iniciativa", Gender.FEMININE),
          Map.entry("agenda", Gender.FEMININE),
          Map.entry("declaracion", Gender.FEMININE),
          Map.entry("hoja", Gender.FEMININE));

  /** Honorifics that tell a woman or a man. */
  private static final Set<String> FEMININE_HONORIFICS =
      Set.of("sra", "senora", "srta", "senorita", "licda", "dra", "doctora", "licenciada", "inga");

  private static final Set<String> MASCULINE_HONORIFICS =
      Set.of("sr", "senor", "lic", "dr", "doctor", "licenciado", "ing", "don");

  /** Position words ending in -a that are not feminine, or that are both. */
  private static final Set<String> NOT_FEMININE_IN_A =
      Set.of("guia", "atleta", "especialista", "analista", "periodista", "economista", "pianista");

  private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las");

  private Spanish() {}

  /** "25 de septiembre de 2024". */
  static String date(LocalDate day) {
    return day.getDayOfMonth() + " de " + month(day) + " de " + day.getYear();
  }

  /** "25 de septiembre", without the year. */
  static String dayAndMonth(LocalDate day) {
    return day.getDayOfMonth() + " de " + month(day);
  }

  static String month(LocalDate day) {
    return MONTHS[day.getMonthValue() - 1];
  }

  /**
   * The days an event takes, as a communiqué writes them: "el 25 de septiembre de 2024", "el 25 y
   * 26 de septiembre de 2024", "del 23 al 27 de septiembre de 2024", "del 30 de septiembre al 2 de
   * octubre de 2024", "del 30 de diciembre de 2024 al 2 de enero de 2025".
   */
  static String days(LocalDate first, LocalDate last) {
    if (!last.isAfter(first)) {
      return "el " + date(first);
    }
    if (first.getYear() != last.getYear()) {
      return "del " + date(first) + " al " + date(last);
    }
    if (first.getMonth() != last.getMonth()) {
      return "del " + dayAndMonth(first) + " al " + date(last);
    }
    if (first.plusDays(1).equals(last)) {
      return "el " + first.getDayOfMonth() + " y " + date(last);
    }
    return "del " + first.getDayOfMonth() + " al " + date(last);
  }

  /** "A", "A y B", "A, B y C"; "e" before a word starting with an "i" sound. */
  static String list(List<String> items) {
    return list(items, ", ");
  }

  /**
   * Like {@link #list(List)} with another separator, "; " for items that hold commas themselves:
   * "A, de X; B, de Y; y C".
   */
  static String list(List<String> items, String separator) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    String last = items.get(items.size() - 1);
    String and = startsWithISound(last) ? "e " : "y ";
    String before = separator.equals("; ") ? "; " : " ";
    return String.join(separator, items.subList(0, items.size() - 1)) + before + and + last;
  }

  private static boolean startsWithISound(String word) {
    String folded = fold(word);
    return (folded.startsWith("i") || folded.startsWith("hi"))
        && !folded.startsWith("hie")
        && !folded.startsWith("hia")
        && !folded.startsWith("hio")
        && !folded.startsWith("hiu");
  }

  /** The gender of the noun a name starts with, skipping ordinals ("II Conferencia…"). */
  static Gender genderOfName(String name) {
    for (String word : name.strip().split("\\s+")) {
      String folded = fold(word).replaceAll("[^a-z0-9]", "");
      if (isOrdinal(word, folded)) {
        continue;
      }
      return NOUNS.getOrDefault(folded, Gender.UNKNOWN);
    }
    return Gender.UNKNOWN;
  }

  private static boolean isOrdinal(String word, String folded) {
    return word.matches("[IVXLC]+")
        || folded.matches("[0-9]+(o|a|er|ra|do|da|ro)?")
        || folded.matches(
            "(primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta"
                + "|quinto|quinta|sexto|sexta|septimo|septima|octavo|octava|noveno|novena"
                + "|decimo|decima)");
  }

  /** Whether a name starts with its own article ("La Alianza…", "El Salvador"). */
  static boolean startsWithArticle(String name) {
    String first = name.strip().split("\\s+")[0];
    return ARTICLES.contains(first.toLowerCase(Locale.ROOT));
  }

  /**
   * {@code name} with the definite article it takes ("el Ministerio…", "la II Conferencia…"), or as
   * it is when its first word does not tell or it has an article already.
   */
  static String withArticle(String name) {
    if (startsWithArticle(name)) {
      return lowerFirstArticle(name);
    }
    return switch (genderOfName(name)) {
      case MASCULINE -> "el " + name;
      case FEMININE -> "la " + name;
      case UNKNOWN -> name;
    };
  }

  private static String lowerFirstArticle(String name) {
    String stripped = name.strip();
    // "El Salvador" keeps its capital: it is part of the name.
    if (stripped.startsWith("El Salvador")) {
      return stripped;
    }
    return Character.toLowerCase(stripped.charAt(0)) + stripped.substring(1);
  }

  /** "de" joined to a phrase: "del Ministerio…", "de la Secretaría…", "de ACNUR". */
  static String of(String phraseWithArticle) {
    if (phraseWithArticle.startsWith("el ")) {
      return "del " + phraseWithArticle.substring(3);
    }
    return "de " + phraseWithArticle;
  }

  /** "a" joined to a phrase: "al Canciller…", "a la Vicepresidenta…". */
  static String to(String phraseWithArticle) {
    if (phraseWithArticle.startsWith("el ")) {
      return "al " + phraseWithArticle.substring(3);
    }
    return "a " + phraseWithArticle;
  }

  /**
   * The gender of a person as their honorific ("Sra.", "Lic.") or, failing that, the first word of
   * their position ("Vicepresidenta", "Director") tells; unknown if neither does.
   */
  static Gender genderOfPerson(String honorific, String position) {
    if (honorific != null) {
      String folded = fold(honorific).replaceAll("[^a-z]", "");
      if (FEMININE_HONORIFICS.contains(folded)) {
        return Gender.FEMININE;
      }
      if (MASCULINE_HONORIFICS.contains(folded)) {
        return Gender.MASCULINE;
      }
    }
    for (String source : new String[] {position, honorific}) {
      if (source == null || source.isBlank()) {
        continue;
      }
      String first = fold(source.strip().split("\\s+")[0]).replaceAll("[^a-z]", "");
      if (first.endsWith("a") && !NOT_FEMININE_IN_A.contains(first)) {
        return Gender.FEMININE;
      }
      if (first.endsWith("o") || first.endsWith("or") || first.endsWith("ero")) {
        return Gender.MASCULINE;
      }
    }
    return Gender.UNKNOWN;
  }

  /** "el"/"la" for a person; the masculine, Spanish's generic, when unknown. */
  static String article(Gender gender) {
    return gender == Gender.FEMININE ? "la" : "el";
  }

  /** One of two forms by gender: ("invitada", "invitado"). */
  static String byGender(Gender gender, String feminine, String masculine) {
    return gender == Gender.FEMININE ? feminine : masculine;
  }

  /** The text with its first letter in lower case, unless the first word is an acronym or name. */
  static String lowerFirst(String text) {
    if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    if (!Character.isLowerCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  static String upperFirst(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Whether a text starts with a verb in the infinitive ("Promover un intercambio…"). */
  static boolean startsWithInfinitive(String text) {
    String first = fold(text.strip().split("\\s+")[0]).replaceAll("[^a-z]", "");
    return first.length() > 3
        && (first.endsWith("ar") || first.endsWith("er") || first.endsWith("ir"))
        && !NOUNS.containsKey(first);
  }

  /** The text ending in a full stop. */
  static String sentence(String text) {
    String stripped = text.strip();
    if (stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?")) {
      return stripped;
    }
    return stripped + ".";
  }

  /** The text without a closing full stop, to go inside a sentence. */
  static String clause(String text) {
    String stripped = text.strip();
    while (stripped.endsWith(".")) {
      stripped = stripped.substring(0, stripped.length() - 1).strip();
    }
    return stripped;
  }

  /** Alphabetical order ignoring accents and case ("Belice", "El Salvador", "México"). */
  static int compareFolded(String a, String b) {
    return fold(a).compareTo(fold(b));
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
