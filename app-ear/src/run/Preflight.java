import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before Liberty starts, the two things a newcomer most often gets wrong: a port already
 * in use and a data directory that cannot be written. Liberty itself would start anyway and bury
 * the cause in its log; this says in one sentence what to change, and stops the start.
 *
 * <p>Run by the README's Run command (see the {@code preflight} execution in the root pom) with
 * Java's single-file launcher, so it needs no build of its own. The defaults below are the ones in
 * app-ear/src/main/liberty/config/server.xml: change both together.
 */
public final class Preflight {

  private static final int DEFAULT_HTTP_PORT = 9080;
  private static final int DEFAULT_HTTPS_PORT = 9443;

  public static void main(String[] args) {
    try {
      checkPort("MIRPS_HTTP_PORT", DEFAULT_HTTP_PORT);
      checkPort("MIRPS_HTTPS_PORT", DEFAULT_HTTPS_PORT);
      checkDataDirectory();
    } catch (Refusal refusal) {
      System.err.println();
      System.err.println("MIRPS Coordination: " + refusal.spanish);
      System.err.println("MIRPS Coordination: " + refusal.english);
      System.err.println();
      System.exit(1);
    }
  }

  private static void checkPort(String variable, int defaultPort) {
    int port = port(variable, defaultPort);
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
    } catch (BindException e) {
      int suggestion = port + 1;
      throw new Refusal(
          "el puerto " + port + " ya está en uso; cierre el programa que lo usa (¿otra copia"
              + " de la aplicación?) o arranque con " + variable + "=" + suggestion + ".",
          "port " + port + " is already in use; stop the program using it (another copy of"
              + " the application?) or start with " + variable + "=" + suggestion + ".");
    } catch (IOException e) {
      throw new Refusal(
          "no se puede abrir el puerto " + port + " (" + e.getMessage() + "); elija otro con "
              + variable + ".",
          "cannot open port " + port + " (" + e.getMessage() + "); choose another with "
              + variable + ".");
    }
  }

  private static int port(String variable, int defaultPort) {
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      return defaultPort;
    }
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new Refusal(
        variable + "=" + value + " no es un puerto válido; use un número entre 1 y 65535.",
        variable + "=" + value + " is not a valid port; use a number from 1 to 65535.");
  }

  private static void checkDataDirectory() {
    String configured = System.getenv("MIRPS_DATA_DIR");
    Path directory =
        configured == null || configured.isBlank()
            ? Path.of(System.getProperty("user.home"), ".mirps-coordination")
            : Path.of(configured.strip());
    directory = directory.toAbsolutePath();
    String fix =
        " Dé permiso de escritura o elija otra carpeta con MIRPS_DATA_DIR=/ruta/escribible.";
    String fixEnglish = " Make it writable or choose another folder with MIRPS_DATA_DIR=/a/writable/path.";
    try {
      Files.createDirectories(directory);
      Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
      Files.delete(probe);
      Path database = directory.resolve("db");
      if (Files.isDirectory(database) && !Files.isWritable(database)) {
        throw new IOException("not writable: " + database);
      }
    } catch (IOException | SecurityException e) {
      throw new Refusal(
          "no se puede escribir en la carpeta de datos " + directory + "." + fix,
          "cannot write to the data folder " + directory + "." + fixEnglish);
    }
  }

  /** The reason the start is refused, in Spanish and in English. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String spanish;
    final String english;

    Refusal(String spanish, String english) {
      super(english, null, false, false);
      this.spanish = spanish;
      this.english = english;
    }
  }
}
