package gt.mirps.coordination.shared;

/**
 * Who is changing records on this thread. Work done on behalf of a person runs inside {@link
 * #actingAs}; anything else (start-up, demo data) is recorded as made by the system.
 */
public final class ChangeAuthor {

  public static final String SYSTEM = "system";

  private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

  private ChangeAuthor() {}

  /** The name recorded as author of a change made now on this thread. */
  public static String current() {
    String acting = ACTING.get();
    return acting == null ? SYSTEM : acting;
  }

  /** Runs {@code work} with {@code author} recorded as the author of every change it makes. */
  public static void actingAs(String author, Runnable work) {
    String previous = ACTING.get();
    ACTING.set(author);
    try {
      work.run();
    } finally {
      if (previous == null) {
        ACTING.remove();
      } else {
        ACTING.set(previous);
      }
    }
  }
}
