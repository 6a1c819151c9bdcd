package org.conferral.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A hash of conferral's own compiled classes (from the jar or the classes folder the job runs
 * from). A run reuses the previous run's entry labels only when this is unchanged: new rules
 * relabel everything.
 */
final class CodeFingerprint {
  private static final String PACKAGE = "org/conferral/";

  private CodeFingerprint() {}

  static String of() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      Path where =
          Paths.get(
              CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        List<Path> classes;
        try (Stream<Path> s = Files.walk(where.resolve(PACKAGE))) {
          classes = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : classes) {
          md.update(where.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
          md.update(Files.readAllBytes(p));
        }
      } else {
        try (ZipFile jar = new ZipFile(where.toFile())) {
          List<? extends ZipEntry> entries =
              jar.stream()
                  .filter(e -> e.getName().startsWith(PACKAGE))
                  .sorted(java.util.Comparator.comparing(ZipEntry::getName))
                  .toList();
          for (ZipEntry e : entries) {
            md.update(e.getName().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = jar.getInputStream(e)) {
              md.update(in.readAllBytes());
            }
          }
        }
      }
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null; // unknown: nothing is reused
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
