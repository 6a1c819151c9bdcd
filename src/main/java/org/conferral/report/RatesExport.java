package org.conferral.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.conferral.report.ReportData.Rate;

/**
 * {@code rates.csv} and {@code rates.json}: every rate cell of the run. Suppressed cells (below the
 * minimum of ruled motions) stay listed with their flag, their counts and rates blank.
 */
public final class RatesExport {
  static final String[] HEADER = {
    "dimension", "value", "period", "n_motions", "n_ruled", "n_denied", "n_denied_conferral",
    "n_denied_conferral_partial", "rate", "rate_lower", "rate_upper", "rate_partial",
    "share_of_denials", "suppressed"
  };
  private static final ObjectMapper JSON = new ObjectMapper();

  private RatesExport() {}

  public static String csv(ReportData d) {
    StringWriter out = new StringWriter();
    try (SafeCsv csv = new SafeCsv(out, HEADER)) {
      for (Rate r : d.rates()) {
        if (r.suppressed()) {
          csv.row(r.dimension(), r.value(), r.period(), null, null, null, null, null, null, null,
              null, null, null, true);
        } else {
          csv.row(r.dimension(), r.value(), r.period(), r.nMotions(), r.nRuled(), r.nDenied(),
              r.nDeniedConferral(), r.nDeniedConferralPartial(), r.rate(), r.lower(), r.upper(),
              r.ratePartial(), r.shareOfDenials(), false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static String json(ReportData d) {
    ObjectNode root = JSON.createObjectNode();
    root.put("run_id", d.runId());
    root.put("min_cell", d.minCell());
    root.put("interval", "wilson_95");
    ArrayNode cells = root.putArray("rates");
    for (Rate r : d.rates()) {
      ObjectNode c = cells.addObject();
      c.put("dimension", r.dimension());
      c.put("value", r.value());
      c.put("period", r.period());
      c.put("suppressed", r.suppressed());
      if (!r.suppressed()) {
        c.put("n_motions", r.nMotions());
        c.put("n_ruled", r.nRuled());
        c.put("n_denied", r.nDenied());
        c.put("n_denied_conferral", r.nDeniedConferral());
        c.put("n_denied_conferral_partial", r.nDeniedConferralPartial());
        c.put("rate", r.rate());
        c.put("rate_lower", r.lower());
        c.put("rate_upper", r.upper());
        c.put("rate_partial", r.ratePartial());
        c.put("share_of_denials", r.shareOfDenials());
      }
    }
    try {
      return JSON.writer().with(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
