package gt.mirps.coordination.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/** The application as the build packaged it: the real EAR, not a hand-picked set of classes. */
final class Deployments {

  private Deployments() {}

  /** The EAR exactly as built, for tests that use it from outside (a browser, HTTP). */
  static EnterpriseArchive asBuilt() {
    String path = System.getProperty("mirps.ear", "target/mirps.ear");
    File ear = new File(path);
    if (!ear.isFile()) {
      throw new IllegalStateException("The EAR is not built yet: " + ear.getAbsolutePath());
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /** The EAR with the given test classes (and AssertJ) added, for tests that run inside it. */
  static EnterpriseArchive withTests(Class<?>... testClasses) {
    EnterpriseArchive ear = asBuilt();
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
}
