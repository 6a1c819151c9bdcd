package org.conferral.ingest;

import java.io.Serializable;
import java.util.Map;
import org.conferral.io.TaskOutputs;

/**
 * Sees every record an ingest task reads, in the order its readers emit them, after the record is
 * staged; may write tables of its own (the job labels entries this way, in the same pass).
 */
public interface IngestTap extends RecordSink {

  /** Called once after the task's last record; adds what it wants the driver to know to counters. */
  void finish(Map<String, Long> counters);

  /** Makes one tap per task; shipped to the executors. */
  interface Factory extends Serializable {
    IngestTap create(TaskOutputs outputs);
  }
}
