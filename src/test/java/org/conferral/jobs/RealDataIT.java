package org.conferral.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conferral.config.RunConfig;
import org.conferral.testing.SharedData;
import org.conferral.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job over every real export in {@code ../shared/realdata}: nothing read is lost. */
class RealDataIT {

  @TempDir Path out;

  @Test
  @SuppressWarnings("unchecked")
  void everyRealExportIsReadAndAccountedFor() {
    Path realdata = SharedData.resolve("realdata");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ConferralJob.Result r =
        ConferralJob.run(
            SparkTestSession.get(),
            new RunConfig(List.of(realdata.toString()), out.toString(), Optional.empty(), 10, 0.5),
            new PrintStream(log, true));
    Map<String, Object> sources = (Map<String, Object>) r.manifest().get("sources");
    for (String source :
        List.of(
            "juriscraper", "recap-xml", "govinfo-mods", "govinfo-jsonl", "scales", "cl-api",
            "cl-bulk-dockets", "cl-bulk-clusters", "cl-bulk-opinions")) {
      Map<String, Object> s = (Map<String, Object>) sources.get(source);
      assertTrue(s != null, source + " was not read at all: " + sources.keySet());
      long read = ((Number) s.get("records_read")).longValue();
      long ingested = ((Number) s.get("ingested")).longValue();
      long rejected = ((Number) s.get("rejected")).longValue();
      assertTrue(ingested > 0, source + " ingested nothing");
      assertEquals(read, ingested + rejected, source + ": records read != ingested + rejected");
      assertEquals(0L, ((Number) s.get("lost")).longValue(), source + " lost records");
    }
    // the XML readers must not lose a record to stream handling: the real files are clean
    Map<String, Object> mods = (Map<String, Object>) sources.get("govinfo-mods");
    assertEquals(0L, ((Number) mods.get("rejected")).longValue(), "govinfo-mods rejects");
    assertTrue(log.toString().contains("conferral: ingest"), log.toString());
  }
}
