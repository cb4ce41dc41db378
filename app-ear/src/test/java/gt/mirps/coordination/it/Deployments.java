package gt.mirps.coordination.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/** The application as the build packaged it: the real EAR, not a hand-picked set of classes. */
final class Deployments {

  private Deployments() {}

  /** Where the test server serves the EAR as built (see it.http.port in app-ear/pom.xml). */
  static String baseUrl() {
    return "http://localhost:" + System.getProperty("it.http.port", "9180") + "/";
  }

  /** The EAR exactly as built, for tests that use it from outside (a browser, HTTP). */
  static EnterpriseArchive asBuilt() {
    String path = System.getProperty("mirps.ear", "target/mirps.ear");
    File ear = new File(path);
    if (!ear.isFile()) {
      throw new IllegalStateException("The EAR is not built yet: " + ear.getAbsolutePath());
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /**
   * The EAR with the given test classes (and AssertJ) added, for tests that run inside it.
   *
   * <p>Without Java EE management MBeans (Liberty has none for EE 10) Arquillian's Liberty adapter
   * guesses that a web module lives at "/" + its file name, so here the web module is moved from
   * "/" to "/mirps-web" for Arquillian's test servlet to be found. Browser tests use the EAR as
   * built, at "/".
   */
  static EnterpriseArchive withTests(Class<?>... testClasses) {
    EnterpriseArchive ear = asBuilt();
    String applicationXml;
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace(
                "<context-root>/</context-root>", "<context-root>/mirps-web</context-root>")));
    ear.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "mirps-it.jar")
            .addClasses(testClasses)
            .addClass(Deployments.class));
    ear.addAsLibraries(
        Maven.configureResolver()
            .workOffline()
            .loadPomFromFile("pom.xml")
            .resolve("org.assertj:assertj-core")
            .withoutTransitivity()
            .asFile());
    return ear;
  }

  /**
   * Like {@link #withTests}, but the test classes go into the web module, for tests of beans that
   * live there (classes in the EAR's lib cannot see the web module's).
   */
  static EnterpriseArchive withWebTests(Class<?>... testClasses) {
    EnterpriseArchive ear = withTests();
    String warName = "mirps-web.war";
    WebArchive war;
    try (InputStream in = ear.get(warName).getAsset().openStream()) {
      war = ShrinkWrap.create(ZipImporter.class, warName).importFrom(in).as(WebArchive.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    war.addClasses(testClasses);
    ear.delete(warName);
    ear.addAsModule(war);
    return ear;
  }
}
