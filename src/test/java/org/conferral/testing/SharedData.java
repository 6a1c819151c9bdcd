package org.conferral.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared} (real dockets and gold labels, kept beside the project, never copied into it).
 * Under {@code CI=true} a missing folder fails the test; elsewhere the test is skipped with a message.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder: {@code $CONFERRAL_SHARED}, else {@code ../shared} from the project root. */
  public static Path root() {
    String env = System.getenv("CONFERRAL_SHARED");
    Path p = env != null ? Path.of(env) : Path.of("..", "shared");
    return require(p.toAbsolutePath().normalize());
  }

  /** A path under the shared folder, which must exist. */
  public static Path resolve(String relative) {
    return require(root().resolve(relative));
  }

  private static Path require(Path p) {
    if (!Files.exists(p)) {
      String msg = "Shared test data not found at " + p + " (set CONFERRAL_SHARED or place shared/ beside the project)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(msg);
      }
      Assumptions.abort(msg);
    }
    return p;
  }
}
